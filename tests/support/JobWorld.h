#pragma once

#include "Engine.h"
#include "SmtpTestServer.h"
#include "TestDatabase.h"
#include "core/Clock.h"
#include "model/Campaign.h"
#include "model/Lead.h"
#include "model/LogRecord.h"
#include "model/OutboxMessage.h"
#include "model/User.h"
#include "store/UserScope.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <memory>
#include <optional>

namespace outreach::test {

// A world for the business-job tests (SPEC §4): a fresh database of the backend under test,
// a manual clock, and a real Engine on the test's thread with the product's job registry
// (the six jobs), driven by hand like `outreachctl jobs run`. Users, sender accounts, sources,
// campaigns and leads are written through the real repositories. Each user can have their own
// SMTP server (aiosmtpd with AUTH), so a message's server says whose account sent it.
class JobWorld {
public:
    explicit JobWorld(QDateTime start);
    ~JobWorld();

    const Database& database() { return m_db->database(); }
    TestDatabase& db() { return *m_db; }
    ManualClock& clock() { return m_clock; }
    Engine* engine() { return m_engine.get(); }
    bool startEngine();
    void setNow(const QDateTime& utc) { m_clock.set(utc); }

    // Runs a job by hand (trigger manual), for every active user or one, to the end.
    JobRun run(const QString& job, std::optional<qint64> userId = std::nullopt);
    QString lastRefusal() const { return m_lastRefusal; }
    JobRunUser rowOf(qint64 runId, qint64 userId);
    QList<LogRecord> logs(const LogFilter& filter);

    struct UserSpec {
        QString email;
        QString timeZone = QStringLiteral("UTC");
        int dailyEmailQuota = 200;
        int monthlyLeadQuota = 1000;
    };
    User addUser(const UserSpec& spec);
    bool setUserStatus(qint64 userId, const QString& status);
    UserScope scope(qint64 userId);

    // A server of the user's own, with AUTH for `login` (plaintext allowed on loopback), and
    // a sender account using it; `password` is what the account presents (a wrong one makes
    // the server refuse the login).
    struct Mailbox {
        std::unique_ptr<SmtpTestServer> server;
        QString login;
        QString fromAddress;
        qint64 senderId = 0;
    };
    Mailbox* addMailbox(qint64 userId, const QString& fromName, const QString& fromAddress,
                        const QString& serverPassword, const QString& accountPassword,
                        const QStringList& extraServerArgs = {});
    Mailbox* mailbox(qint64 userId) { return m_mailboxes.value(userId).get(); }
    // A sender account on a shared server without AUTH (many users, one server).
    qint64 addSender(qint64 userId, const QString& fromName, const QString& fromAddress,
                     quint16 port);

    qint64 addSource(qint64 userId, const QString& url, int monthlyQuota = 1000,
                     double costPerCall = 0.0, const QString& keyEnv = {});
    static Campaign campaign(const QString& name,
                             const QString& scheduleType = QStringLiteral("daily"),
                             const QString& time = QStringLiteral("09:00"), int dailyLimit = 50);
    Campaign addCampaign(qint64 userId, Campaign draft);
    Campaign campaignOf(qint64 userId, qint64 campaignId);
    // Leads with the given emails and scores (first names from the local part).
    QList<qint64> addLeads(qint64 userId, const QStringList& emails, const QList<int>& scores,
                           std::optional<qint64> campaignId = std::nullopt);
    Lead lead(qint64 userId, qint64 leadId);
    QList<Lead> leads(qint64 userId);
    QList<OutboxMessage> outbox(qint64 userId, const QString& status = {});
    qint64 scalar(const QString& sql, const QVariantMap& binds = {});

    // What reached the user's SMTP server: envelope and the independent parse of each message.
    struct Received {
        QJsonObject envelope;
        QJsonObject parsed;
        QString messageId;
    };
    QList<Received> received(qint64 userId);

private:
    std::unique_ptr<TestDatabase> m_db;
    ManualClock m_clock;
    std::unique_ptr<Engine> m_engine;
    QList<JobRun> m_finished;
    QString m_lastRefusal;
    QHash<qint64, std::shared_ptr<Mailbox>> m_mailboxes;
};

} // namespace outreach::test
