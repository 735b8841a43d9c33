#include "outbox/MessageComposer.h"

#include "mail/MimeBuilder.h"
#include "outbox/UnsubscribeLink.h"

namespace outreach {

MessageComposer::MessageComposer(QString unsubscribeUrlTemplate)
    : m_urlTemplate(std::move(unsubscribeUrlTemplate)) {}

QString MessageComposer::tokenFor(const OutboxMessage& row) {
    // "<token@domain>"
    const qsizetype at = row.messageId.indexOf(QLatin1Char('@'));
    if (row.messageId.startsWith(QLatin1Char('<')) && at > 1) {
        const QString left = row.messageId.mid(1, at - 1);
        if (UnsubscribeLink::isToken(left))
            return left;
    }
    return UnsubscribeLink::newToken();
}

Result<mail::MimeMessage> MessageComposer::compose(const OutboxMessage& row,
                                                   const mail::EmailAddress& from,
                                                   const QString& postalAddress,
                                                   const QString& token,
                                                   const QDateTime& date) const {
    Result<mail::EmailAddress> to = mail::EmailAddress::parse(QStringLiteral("to"), row.toAddress);
    if (!to)
        return to.error();
    Result<mail::EmailAddress> mailto = UnsubscribeLink::mailtoFor(from, token);
    if (!mailto)
        return mailto.error();
    mail::MimeBuilder builder;
    builder.setFrom(from)
        .setTo(*to)
        .setSubject(row.subject)
        .setTextBody(row.bodyText)
        .setFooter(postalAddress)
        .setUnsubscribe(*mailto, UnsubscribeLink::urlFor(m_urlTemplate, token))
        .setDate(date)
        .setMessageIdLeft(token);
    if (!row.bodyHtml.isEmpty())
        builder.setHtmlBody(row.bodyHtml);
    return builder.build();
}

} // namespace outreach
