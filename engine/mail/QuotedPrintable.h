#pragma once

#include <QByteArray>

// Body encoding for 7-bit transport (RFC 2045 section 6.7).
namespace outreach::mail::QuotedPrintable {

// CRLF stays; a bare LF or a lone CR becomes CRLF. Applied to every body before encoding so a
// "\n.\n" can never reach the SMTP stream as an end-of-data marker (SMTP smuggling).
QByteArray normalizeLineEndings(const QByteArray& text);

// Quoted-printable with CRLF line ends. Encoded lines stay within 76 characters using soft
// line breaks ("=" CRLF); an escape like =C3 is never split; white space before a line end is
// encoded so no transport can strip it. Input line ends must already be CRLF.
QByteArray encode(const QByteArray& crlfText);

} // namespace outreach::mail::QuotedPrintable
