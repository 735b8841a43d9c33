#include "QuotedPrintable.h"

namespace outreach::mail::QuotedPrintable {

namespace {
constexpr int kMaxEncodedLine = 76; // including the '=' of a soft line break
}

QByteArray normalizeLineEndings(const QByteArray& text) {
    QByteArray out;
    out.reserve(text.size() + text.size() / 32 + 2);
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = text[i];
        if (c == '\r') {
            out += "\r\n";
            if (i + 1 < n && text[i + 1] == '\n')
                ++i;
        } else if (c == '\n') {
            out += "\r\n";
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray encode(const QByteArray& crlfText) {
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(crlfText.size() + crlfText.size() / 8 + 16);
    int lineLength = 0;
    const qsizetype n = crlfText.size();
    for (qsizetype i = 0; i < n; ++i) {
        const auto b = static_cast<uchar>(crlfText[i]);
        if (b == '\r' && i + 1 < n && crlfText[i + 1] == '\n') {
            out += "\r\n";
            lineLength = 0;
            ++i;
            continue;
        }
        const bool atLineEnd = i + 1 == n || crlfText[i + 1] == '\r';
        const bool literal =
            (b >= 33 && b <= 126 && b != '=') || ((b == ' ' || b == '\t') && !atLineEnd);
        const int width = literal ? 1 : 3;
        // Leave room for the soft break's '=' unless this unit ends the line.
        const int room = atLineEnd ? kMaxEncodedLine : kMaxEncodedLine - 1;
        if (lineLength + width > room) {
            out += "=\r\n";
            lineLength = 0;
        }
        if (literal) {
            out += char(b);
        } else {
            out += '=';
            out += hex[b >> 4];
            out += hex[b & 0x0F];
        }
        lineLength += width;
    }
    return out;
}

} // namespace outreach::mail::QuotedPrintable
