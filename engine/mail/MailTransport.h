#pragma once

#include "mail/MimeMessage.h"
#include "mail/SendOutcome.h"

#include <QList>
#include <QObject>

namespace outreach::mail {

// Something that delivers messages: an SMTP connection, a pool of them, or a folder of .eml
// files. The outbox hands it messages keyed by its own row id and learns each one's fate from
// messageFinished, exactly once per send() (unless taken back by cancelQueued()), never from
// inside send() itself.
class MailTransport : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~MailTransport() override = default;

    // Queues a message. `id` is the caller's (the outbox row id) and comes back unchanged.
    virtual void send(qint64 id, const MimeMessage& message) = 0;
    // Messages handed over whose messageFinished has not been emitted yet.
    virtual int pendingCount() const = 0;
    // Finish what is queued, then release connections (QUIT). A later send() reopens.
    virtual void close() = 0;
    // Takes back the messages no command has been sent for yet and returns their ids; they get
    // no messageFinished. Messages already in a transaction finish normally. For stopping a
    // run between messages, never inside an SMTP transaction.
    virtual QList<qint64> cancelQueued() = 0;

signals:
    void messageFinished(qint64 id, const outreach::mail::SendOutcome& outcome);
    // Emitted when the last pending message has finished.
    void idle();
};

} // namespace outreach::mail
