#pragma once

#include <QByteArray>
#include <QString>

namespace outreach::replies {

// Reading what other mail programs wrote: RFC 2047 encoded words in headers, and the
// quoted-printable or base64 bodies of RFC 2045, in the charset they name. Lenient by design:
// damaged input gives the best text that can be read, never an error.
class MimeDecoding {
public:
    // "=?UTF-8?Q?Abwesenheitsnotiz?= Re: x" -> "Abwesenheitsnotiz Re: x". White space between
    // adjacent encoded words is dropped (RFC 2047 section 6.2).
    static QString decodeHeader(const QByteArray& raw);
    static QByteArray decodeQuotedPrintable(const QByteArray& data, bool headerStyle = false);
    // `encoding` as in Content-Transfer-Encoding (case-insensitive); anything unknown is 8bit.
    static QByteArray decodeTransfer(const QByteArray& data, const QByteArray& encoding);
    // Text in `charset` (utf-8 when empty or unknown; us-ascii read as utf-8).
    static QString decodeCharset(const QByteArray& data, const QByteArray& charset);
};

} // namespace outreach::replies
