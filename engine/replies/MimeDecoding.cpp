#include "replies/MimeDecoding.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace outreach::replies {
namespace {

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

} // namespace

QByteArray MimeDecoding::decodeQuotedPrintable(const QByteArray& data, bool headerStyle) {
    QByteArray out;
    out.reserve(data.size());
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data.at(i);
        if (headerStyle && c == '_') {
            out += ' ';
        } else if (c == '=' && i + 2 < data.size() && hexValue(data.at(i + 1)) >= 0 &&
                   hexValue(data.at(i + 2)) >= 0) {
            out += char(hexValue(data.at(i + 1)) * 16 + hexValue(data.at(i + 2)));
            i += 2;
        } else if (c == '=' && i + 1 < data.size() &&
                   (data.at(i + 1) == '\r' || data.at(i + 1) == '\n')) {
            // A soft line break: "=" CRLF (or a bare LF) joins the lines.
            i += data.at(i + 1) == '\r' && i + 2 < data.size() && data.at(i + 2) == '\n' ? 2 : 1;
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray MimeDecoding::decodeTransfer(const QByteArray& data, const QByteArray& encoding) {
    const QByteArray e = encoding.trimmed().toLower();
    if (e == "base64") {
        QByteArray clean;
        clean.reserve(data.size());
        for (const char c : data)
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                c == '+' || c == '/' || c == '=')
                clean += c;
        // A part cut at the fetch limit may end mid-quantum: decode the whole quanta only.
        clean.truncate(clean.size() - clean.size() % 4);
        return QByteArray::fromBase64(clean);
    }
    if (e == "quoted-printable")
        return decodeQuotedPrintable(data);
    return data;
}

QString MimeDecoding::decodeCharset(const QByteArray& data, const QByteArray& charset) {
    const QByteArray name = charset.trimmed().toLower();
    if (name.isEmpty() || name == "us-ascii" || name == "utf-8" || name == "utf8")
        return QString::fromUtf8(data);
    QStringDecoder decoder(name.constData());
    if (!decoder.isValid()) {
        // Windows-1252 is what most mail labelled iso-8859-1 really is; Latin-1 is its subset.
        return QString::fromLatin1(data);
    }
    return decoder.decode(data);
}

QString MimeDecoding::decodeHeader(const QByteArray& raw) {
    static const QRegularExpression word(
        QStringLiteral("=\\?([^?\\s]+)\\?([bBqQ])\\?([^?\\s]*)\\?="));
    const QString text = QString::fromUtf8(raw);
    QString out;
    qsizetype pos = 0;
    bool lastWasEncoded = false;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString between = text.mid(pos, m.capturedStart() - pos);
        if (!(lastWasEncoded && between.trimmed().isEmpty()))
            out += between;
        QByteArray charset = m.captured(1).toLatin1();
        if (const qsizetype star = charset.indexOf('*'); star >= 0)
            charset.truncate(star); // RFC 2231 language suffix
        const QByteArray payload = m.captured(3).toLatin1();
        const bool base64 = m.captured(2).compare(QLatin1String("b"), Qt::CaseInsensitive) == 0;
        const QByteArray bytes =
            base64 ? decodeTransfer(payload, "base64") : decodeQuotedPrintable(payload, true);
        out += decodeCharset(bytes, charset);
        pos = m.capturedEnd();
        lastWasEncoded = true;
    }
    out += text.mid(pos);
    return out;
}

} // namespace outreach::replies
