#pragma once

#include "core/Result.h"
#include "mail/EmailAddress.h"
#include "mail/MimeMessage.h"
#include "model/OutboxMessage.h"

#include <QDateTime>
#include <QString>

namespace outreach {

// Turns an outbox row (subject and bodies rendered when it was queued) into the message that
// goes on the wire: From the sender account, To the row's address, the sender's postal
// address as footer (CAN-SPAM), List-Unsubscribe with a mailto at the sender's domain and,
// when the agency configured one, an https one-click URL (RFC 8058), and a Message-ID whose
// left part is the message's unsubscribe token.
class MessageComposer {
public:
    explicit MessageComposer(QString unsubscribeUrlTemplate);

    // The token (and Message-ID left part) for a row: the one it already carries from an
    // earlier attempt, so a retried or resent message keeps its Message-ID and receivers can
    // recognise a duplicate; a new random one otherwise.
    static QString tokenFor(const OutboxMessage& row);

    // Errors name the field (e.g. "to" for an address that cannot be parsed): they are the
    // message's fault, not the server's, and fail the row.
    Result<mail::MimeMessage> compose(const OutboxMessage& row, const mail::EmailAddress& from,
                                      const QString& postalAddress, const QString& token,
                                      const QDateTime& date) const;

private:
    QString m_urlTemplate;
};

} // namespace outreach
