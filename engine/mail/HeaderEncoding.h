#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

// Header text rules shared by addresses, the MIME builder and templates: which characters may
// reach a header at all, RFC 2047 encoded words, and RFC 5322 folding.
namespace outreach::mail::HeaderEncoding {

// Longest encoded word RFC 2047 allows, and the line length RFC 5322 asks writers to keep to.
inline constexpr int kMaxEncodedWord = 75;
inline constexpr int kPreferredLine = 78;
inline constexpr int kMaxLine = 998; // without CRLF

// Empty when `text` holds no character that could end a header line or confuse a reader;
// otherwise a phrase naming the first offender ("a line break (CR or LF)", "a NUL character",
// "the control character U+0007"). Covers C0, DEL, C1 and the Unicode line/paragraph separators.
QString controlCharacterProblem(const QString& text);

bool isAtext(QChar c);               // RFC 5322 atext (ASCII only)
bool isDotAtom(const QString& text); // atext runs separated by single dots

// `text` as RFC 2047 encoded words (UTF-8, B or Q, whichever is shorter), none longer than
// `firstMax` (the first) or kMaxEncodedWord (the rest), never splitting a UTF-8 character.
// `phrase` restricts Q to the characters allowed inside a phrase (display names).
QList<QByteArray> encodedWords(const QString& text, int firstMax, bool phrase);

// An unstructured value (Subject): plain when it is printable ASCII that cannot be mistaken for
// an encoded word and folds within limits, else encoded words joined by spaces.
// `nameLength` is the header name's length, so the first word fits the first line.
QByteArray unstructured(const QString& text, int nameLength);

// A display name: an atom sequence as is, quoted when it holds specials, encoded when it holds
// non-ASCII text or anything that looks like an encoded word.
QByteArray phrase(const QString& name);

// `Name: value` folded at its spaces to keep lines within 78 octets where possible, with CRLF.
// Fails when the value holds CR, LF or other control octets, or a line cannot be kept within
// 998 octets.
Result<QByteArray> headerLine(const QByteArray& name, const QByteArray& value);

} // namespace outreach::mail::HeaderEncoding
