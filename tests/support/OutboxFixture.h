#pragma once

#include "model/OutboxMessage.h"
#include "model/User.h"
#include "outbox/DeliveryPolicy.h"
#include "outbox/DeliveryReport.h"

#include <QString>
#include <optional>

namespace outreach {
class Clock;
class Database;
} // namespace outreach

namespace outreach::test {

// Users, sender accounts, leads and queued messages for the outbox delivery tests, written
// through the real repositories, and a delivery run on the test's own thread.
class OutboxFixture {
public:
    OutboxFixture(const Database& database, const Clock& clock);

    qint64 addUser(const QString& email, const QString& timeZone = QStringLiteral("UTC"));
    User user(qint64 id) const;

    struct SenderSpec {
        quint16 port = 25;
        QString host = QStringLiteral("127.0.0.1");
        QString tls = QStringLiteral("none");
        QString username{};
        QString passwordEnv{};
        bool trustSelfSigned = false;
        int dailyCap = 500;
        QString from = QStringLiteral("Ann Sender <ann@agency.example>");
        QString postalAddress = QStringLiteral("Agency Ltd, 1 Harbour Street, Bristol BS1 4AA");
    };
    qint64 addSender(qint64 userId, const SenderSpec& spec);
    qint64 addLead(qint64 userId, const QString& email, const QString& firstName = {});
    QString leadStatus(qint64 userId, qint64 leadId) const;

    struct Draft {
        QString to;
        std::optional<qint64> leadId{};
        QString subject = QStringLiteral("Quick question");
        QString body = QStringLiteral("Hello,\n\nA short note.\n");
        QString html{};
        QString kind = QStringLiteral("initial");
        qint64 scheduledFor = 0;
    };
    qint64 enqueue(qint64 userId, const Draft& draft);
    OutboxMessage row(qint64 userId, qint64 id) const;

    // Short timeouts and no backoff jitter: what the tests wait for is bounded.
    static DeliveryPolicy policy();
    DeliveryReport deliver(const QList<qint64>& userIds, const DeliveryPolicy& policy) const;

private:
    const Database& m_database;
    const Clock& m_clock;
};

} // namespace outreach::test
