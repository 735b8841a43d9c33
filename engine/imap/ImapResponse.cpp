#include "imap/ImapResponse.h"

namespace outreach::imap {
namespace {

QString printable(const QByteArray& bytes) {
    QString text = QString::fromUtf8(bytes);
    for (QChar& c : text)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QLatin1Char('?');
    return text;
}

} // namespace

QString ImapResponse::describe() const {
    QString out = QString::fromLatin1(status);
    if (!code.isEmpty()) {
        out += QStringLiteral(" [") + QString::fromLatin1(code);
        if (!codeArguments.isEmpty())
            out += QLatin1Char(' ') + printable(codeArguments).left(200);
        out += QLatin1Char(']');
    }
    if (!text.isEmpty())
        out += QLatin1Char(' ') + text.left(300);
    return out.trimmed();
}

} // namespace outreach::imap
