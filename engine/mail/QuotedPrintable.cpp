#include "QuotedPrintable.h"

namespace outreach::mail::QuotedPrintable {

namespace {
constexpr int kMaxEncodedLine = 76; // including the '=' of a soft line break
}

// Both functions write through a raw pointer into a buffer sized for the worst case: they run
// once per outgoing message, and appending byte by byte to a QByteArray costs several times
// more than the work itself.
QByteArray normalizeLineEndings(const QByteArray& text) {
    const qsizetype n = text.size();
    QByteArray out(2 * n, Qt::Uninitialized); // every byte a line end at worst
    const char* in = text.constData();
    char* o = out.data();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = in[i];
        if (c == '\r' || c == '\n') {
            *o++ = '\r';
            *o++ = '\n';
            if (c == '\r' && i + 1 < n && in[i + 1] == '\n')
                ++i;
        } else {
            *o++ = c;
        }
    }
    out.truncate(o - out.constData());
    return out;
}

QByteArray encode(const QByteArray& crlfText) {
    static const char hex[] = "0123456789ABCDEF";
    const qsizetype n = crlfText.size();
    // At worst every byte becomes "=XX", plus a soft break "=\r\n" per 25 of them.
    QByteArray out(3 * n + 3 * (n / 25 + 1), Qt::Uninitialized);
    const char* in = crlfText.constData();
    char* o = out.data();
    int lineLength = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const auto b = static_cast<uchar>(in[i]);
        if (b == '\r' && i + 1 < n && in[i + 1] == '\n') {
            *o++ = '\r';
            *o++ = '\n';
            lineLength = 0;
            ++i;
            continue;
        }
        const bool atLineEnd = i + 1 == n || in[i + 1] == '\r';
        const bool literal =
            (b >= 33 && b <= 126 && b != '=') || ((b == ' ' || b == '\t') && !atLineEnd);
        const int width = literal ? 1 : 3;
        // Leave room for the soft break's '=' unless this unit ends the line.
        const int room = atLineEnd ? kMaxEncodedLine : kMaxEncodedLine - 1;
        if (lineLength + width > room) {
            *o++ = '=';
            *o++ = '\r';
            *o++ = '\n';
            lineLength = 0;
        }
        if (literal) {
            *o++ = char(b);
        } else {
            *o++ = '=';
            *o++ = hex[b >> 4];
            *o++ = hex[b & 0x0F];
        }
        lineLength += width;
    }
    out.truncate(o - out.constData());
    return out;
}

} // namespace outreach::mail::QuotedPrintable
