#pragma once

#include <QByteArray>

// The DATA section of an SMTP transaction (RFC 5321 section 4.5.2).
namespace outreach::mail::SmtpData {

// The message as sent after "354": line ends normalized to CRLF first (a bare LF or CR can
// never form an end-of-data marker a server might honour, CVE-2023-51764), then every line
// starting with '.' gets one more '.', then the terminating CRLF "." CRLF.
QByteArray encode(const QByteArray& message);

} // namespace outreach::mail::SmtpData
