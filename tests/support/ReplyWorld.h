#pragma once

#include "DovecotServer.h"
#include "TestDatabase.h"
#include "core/Clock.h"
#include "replies/ReplyCheckReport.h"
#include "store/UserScope.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace outreach::test {

// A world for the reply checker's tests: a real Dovecot with a pool of mailboxes (box1,
// box2, ...; Dovecot reads its users once, so they exist from the start), a fresh database of
// the backend under test per test function, and a manual clock. Sent mail is written straight
// into the outbox as the sending engine leaves it (status sent, Message-ID "<token@domain>").
class ReplyWorld {
public:
    // One user's sent initial email to a lead, with follow-up 1 waiting in the outbox.
    struct Conversation {
        qint64 leadId = 0;
        qint64 initialId = 0;
        qint64 followUpId = 0;
        QString messageId;
        QString token; // the left part of the Message-ID, also the unsubscribe token
    };

    static constexpr int kMailboxes = 30;

    ReplyWorld();
    bool start(); // Dovecot; false (see error()) when it cannot run
    bool resetDatabase();
    const QString& error() const { return m_error; }

    ManualClock& clock() { return m_clock; }
    TestDatabase& db() { return *m_db; }
    DovecotServer& dovecot() { return m_dovecot; }
    UserScope scope(qint64 userId);

    qint64 addUser(const QString& email);
    qint64 addSender(qint64 userId);
    // The next mailbox of the pool, configured as the sender's IMAP mailbox; the account's
    // password is the mailbox's own unless `password` says otherwise. Empty when none is left.
    QString addMailbox(qint64 userId, qint64 senderId, const QString& password = {});
    // A mailbox of the pool for a test to configure itself; `password` receives its password.
    QString takeMailbox(QString* password);
    Conversation converse(qint64 userId, qint64 senderId, const QString& email);
    // Arrives now on the world's clock (the server files it by that date).
    bool deliver(const QString& mailbox, const QByteArray& message);
    // One reply-checker pass for the user, with short timeouts and small batches.
    replies::ReplyCheckReport check(qint64 userId);

    QString leadStatus(qint64 userId, qint64 leadId);
    QString messageStatus(qint64 userId, qint64 outboxId);

    // A plain-text answer threaded on `inReplyTo`, quoting our email below the answer.
    static QByteArray reply(const QString& from, const QString& inReplyTo,
                            const QByteArray& subject, const QByteArray& extraHeaders = {},
                            const QByteArray& body = "Sounds good.");
    // A multipart/report delivery status notification returning our message.
    static QByteArray deliveryReport(const QString& recipient, const QString& originalId,
                                     const QByteArray& status, const QByteArray& action);
    // The report's summary and, when it failed, the error: for test failure messages.
    static QString describe(const replies::ReplyCheckReport& report);

private:
    ManualClock m_clock;
    std::unique_ptr<TestDatabase> m_db;
    DovecotServer m_dovecot;
    int m_mailboxesUsed = 0;
    QString m_error;
};

} // namespace outreach::test
