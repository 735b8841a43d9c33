#include "JobWorld.h"
#include "jobs/SendCampaignEmailsJob.h"
#include "jobs/StandardJobs.h"
#include "store/EngineSettingsRepository.h"

#include <QtTest>

using namespace outreach;
using namespace outreach::test;

// The sending job's limits (SPEC §4 job 5, issue 5 "Email limits"): at most 50 due emails per
// user per run (configurable), oldest first, through each user's own account; a paused user's
// mail stays pending and goes after the user is resumed.
class TestJobsEmailLimits : public QObject {
    Q_OBJECT

    static QDateTime monday(int hour, int minute = 0) {
        return QDateTime(QDate(2026, 6, 8), QTime(hour, minute), QTimeZone::utc());
    }

    static QStringList addresses(const QString& prefix, int n) {
        QStringList list;
        for (int i = 0; i < n; ++i)
            list
                << QStringLiteral("%1%2@leads.example").arg(prefix).arg(i, 3, 10, QLatin1Char('0'));
        return list;
    }

    // A user with `leads` hot leads, a daily campaign at 09:00 with room for all of them, and
    // an account on their own SMTP server.
    static qint64 addClient(JobWorld& world, const QString& name, int leads) {
        const User user = world.addUser(
            {.email = name + QStringLiteral("@agency.example"), .dailyEmailQuota = 500});
        if (!user.id || !world.addMailbox(user.id, name, name + QStringLiteral("@client.example"),
                                          QStringLiteral("pw"), QStringLiteral("pw")))
            return 0;
        world.addCampaign(user.id, JobWorld::campaign(name + QStringLiteral(" daily"),
                                                      QStringLiteral("daily"),
                                                      QStringLiteral("09:00"), 500));
        world.addLeads(user.id, addresses(name, leads), QList<int>(leads, 90));
        return user.id;
    }

    static int sentCount(JobWorld& world, qint64 userId) {
        return int(world.outbox(userId, QStringLiteral("sent")).size());
    }

private Q_SLOTS:
    void fiftyPerUserPerRunOldestFirstAndPausedUsersWait() {
        JobWorld world(monday(9));
        const qint64 a = addClient(world, QStringLiteral("ann"), 120);
        const qint64 b = addClient(world, QStringLiteral("bob"), 10);
        const qint64 c = addClient(world, QStringLiteral("cyd"), 5);
        QVERIFY(a && b && c);
        QVERIFY(world.startEngine());
        const JobRun outreach = world.run(StandardJobs::kDailyOutreach);
        QCOMPARE(outreach.usersDone, 3);
        QCOMPARE(world.outbox(a, QStringLiteral("pending")).size(), 120);
        QCOMPARE(world.outbox(b, QStringLiteral("pending")).size(), 10);
        QCOMPARE(world.outbox(c, QStringLiteral("pending")).size(), 5);
        QVERIFY(world.setUserStatus(c, QStringLiteral("paused")));

        // The order the rows were queued in: the first 50 go first.
        QList<qint64> queuedOrder;
        for (const OutboxMessage& row : world.outbox(a))
            queuedOrder << row.id;
        std::sort(queuedOrder.begin(), queuedOrder.end());

        world.setNow(monday(9, 1));
        const JobRun first = world.run(StandardJobs::kSendCampaignEmails);
        QCOMPARE(first.usersDone, 2);
        QCOMPARE(first.usersSkipped, 1); // the paused user
        QCOMPARE(first.items, qint64(60));
        QCOMPARE(sentCount(world, a), 50);
        QCOMPARE(world.mailbox(a)->server->messages().size(), 50);
        QCOMPARE(sentCount(world, b), 10);
        QCOMPARE(world.mailbox(b)->server->messages().size(), 10);
        QCOMPARE(world.outbox(c, QStringLiteral("pending")).size(), 5);
        QCOMPARE(world.mailbox(c)->server->messages().size(), 0);
        QCOMPARE(world.rowOf(first.id, c).status, QStringLiteral("skipped"));
        QSet<qint64> sentIds;
        for (const OutboxMessage& row : world.outbox(a, QStringLiteral("sent")))
            sentIds.insert(row.id);
        QCOMPARE(sentIds, QSet<qint64>(queuedOrder.cbegin(), queuedOrder.cbegin() + 50));

        world.setNow(monday(9, 2));
        const JobRun second = world.run(StandardJobs::kSendCampaignEmails);
        QCOMPARE(world.rowOf(second.id, a).items, qint64(50));
        QCOMPARE(world.rowOf(second.id, b).items, qint64(0));
        QCOMPARE(sentCount(world, a), 100);
        QCOMPARE(sentCount(world, b), 10);

        world.setNow(monday(9, 3));
        const JobRun third = world.run(StandardJobs::kSendCampaignEmails);
        QCOMPARE(world.rowOf(third.id, a).items, qint64(20));
        QCOMPARE(sentCount(world, a), 120);
        QCOMPARE(world.mailbox(a)->server->messages().size(), 120);
        QCOMPARE(world.outbox(c, QStringLiteral("pending")).size(), 5);

        // Resumed: C's mail goes on the next run, nothing of A's or B's again.
        QVERIFY(world.setUserStatus(c, QStringLiteral("active")));
        world.setNow(monday(9, 4));
        const JobRun fourth = world.run(StandardJobs::kSendCampaignEmails);
        QCOMPARE(fourth.usersDone, 3);
        QCOMPARE(fourth.items, qint64(5));
        QCOMPARE(sentCount(world, c), 5);
        QCOMPARE(world.mailbox(c)->server->messages().size(), 5);
        QCOMPARE(world.mailbox(a)->server->messages().size(), 120);
        QCOMPARE(world.mailbox(b)->server->messages().size(), 10);
        // Each server saw its own account's login only.
        for (qint64 user : {a, b, c})
            for (const QJsonObject& envelope : world.mailbox(user)->server->envelopes())
                QCOMPARE(envelope.value(QStringLiteral("auth")).toString(),
                         world.mailbox(user)->login);
    }

    void thePerUserLimitIsConfigurable() {
        JobWorld world(monday(9));
        const qint64 b = addClient(world, QStringLiteral("bob"), 10);
        QVERIFY(b);
        QVERIFY(EngineSettingsRepository(world.database(), world.clock())
                    .setValue(QString::fromLatin1(SendCampaignEmailsJob::kPerUserLimitKey),
                              QStringLiteral("7")));
        QVERIFY(world.startEngine());
        QCOMPARE(world.run(StandardJobs::kDailyOutreach).usersDone, 1);
        world.setNow(monday(9, 1));
        QCOMPARE(world.run(StandardJobs::kSendCampaignEmails).items, qint64(7));
        world.setNow(monday(9, 2));
        QCOMPARE(world.run(StandardJobs::kSendCampaignEmails).items, qint64(3));
        QCOMPARE(world.mailbox(b)->server->messages().size(), 10);

        // A value that is not a count fails the run for the user with the setting's name,
        // and sends nothing.
        QVERIFY(EngineSettingsRepository(world.database(), world.clock())
                    .setValue(QString::fromLatin1(SendCampaignEmailsJob::kPerUserLimitKey),
                              QStringLiteral("lots")));
        const JobRun bad = world.run(StandardJobs::kSendCampaignEmails);
        QCOMPARE(bad.usersFailed, 1);
        QVERIFY2(world.rowOf(bad.id, b).error.contains(
                     QString::fromLatin1(SendCampaignEmailsJob::kPerUserLimitKey)),
                 qPrintable(world.rowOf(bad.id, b).error));
    }
};

QTEST_GUILESS_MAIN(TestJobsEmailLimits)
#include "tst_jobs_email_limits.moc"
