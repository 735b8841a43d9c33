#include "replies/InboundMail.h"

#include <QCryptographicHash>

namespace outreach::replies {

QString InboundMail::key() const {
    const QStringList ids = headers.messageIds("message-id");
    if (!ids.isEmpty() && ids.first().size() <= 900)
        return ids.first();
    return QStringLiteral("sha256:") +
           QString::fromLatin1(
               QCryptographicHash::hash(rawHeader, QCryptographicHash::Sha256).toHex());
}

QString InboundMail::snippet(int length) const {
    QString text;
    for (const QString& line : bodyText.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        // Quoted text of our own message is not what the lead wrote.
        if (trimmed.startsWith(QLatin1Char('>')))
            continue;
        if (!trimmed.isEmpty())
            text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + trimmed;
        if (text.size() >= length)
            break;
    }
    for (QChar& c : text)
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    return text.left(length);
}

} // namespace outreach::replies
