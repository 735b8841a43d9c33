#include "EmlInspector.h"
#include "JobWorld.h"
#include "LeadApiServer.h"
#include "jobs/StandardJobs.h"
#include "reports/WeeklyReportService.h"
#include "store/AdminQuotaRepository.h"

#include <QJsonArray>
#include <QtTest>

using namespace outreach;
using namespace outreach::test;

// Isolation between users through all six jobs (issue 5): users with overlapping data (the
// same lead addresses from the same lead API, the same imported addresses, the same
// keywords), each with their own SMTP account on their own server, in different time zones.
// Every message a server receives must come from its owner's account and go to its owner's
// lead; no user's counts, reports or quotas may include another user's.
class TestJobsIsolation : public QObject {
    Q_OBJECT

    LeadApiServer api;

    struct Member {
        User user;
        Campaign daily;
        Campaign launch;
        qint64 sourceId = 0;
        int apiCount = 0;
        int dailyLimit = 0;
    };

    // Zones whose 09:00 UTC falls at different local hours, and the local hour it is there in
    // June.
    static QList<std::pair<QString, QString>> zones() {
        return {{QStringLiteral("UTC"), QStringLiteral("09:00")},
                {QStringLiteral("Europe/Berlin"), QStringLiteral("11:00")},
                {QStringLiteral("America/New_York"), QStringLiteral("05:00")},
                {QStringLiteral("Asia/Tokyo"), QStringLiteral("18:00")},
                {QStringLiteral("Australia/Sydney"), QStringLiteral("19:00")}};
    }

    static QDateTime at(int day, int hour) {
        return QDateTime(QDate(2026, 6, day), QTime(hour, 0), QTimeZone::utc());
    }

    static void checkRunClean(const JobRun& run, int users) {
        QVERIFY2(run.id > 0, "the run did not happen");
        QCOMPARE(run.usersFailed, 0);
        QCOMPARE(run.usersDone, users);
        QCOMPARE(run.status, QStringLiteral("succeeded"));
    }

private Q_SLOTS:
    void initTestCase() {
        qputenv("OUTREACH_TEST_LEAD_KEY", "isolation-key");
        QVERIFY2(api.start({QStringLiteral("--key"), QStringLiteral("isolation-key")}),
                 qPrintable(api.error()));
    }

    void everyMessageGoesFromTheOwnersAccountToTheOwnersLead_data() {
        QTest::addColumn<int>("users");
        QTest::newRow("two users") << 2;
        QTest::newRow("five users") << 5;
    }

    void everyMessageGoesFromTheOwnersAccountToTheOwnersLead() {
        QFETCH(int, users);
        JobWorld world(at(8, 9)); // Monday 8 June 2026, 09:00 UTC
        QList<Member> members;
        for (int i = 0; i < users; ++i) {
            Member m;
            m.user = world.addUser({.email = QStringLiteral("client%1@agency.example").arg(i),
                                    .timeZone = zones()[i].first});
            QVERIFY(m.user.id > 0);
            QVERIFY(world.addMailbox(m.user.id, QStringLiteral("Client %1").arg(i),
                                     QStringLiteral("sales%1@client%1.example").arg(i),
                                     QStringLiteral("pw%1").arg(i), QStringLiteral("pw%1").arg(i)));
            // The same lead API for everyone: the same addresses, but a different count each.
            m.apiCount = 10 + 5 * i;
            m.sourceId = world.addSource(
                m.user.id,
                api.url(QStringLiteral("/leads?count=%1&scores=1&domain=shared.example")
                            .arg(m.apiCount)),
                1000, 0.5, QStringLiteral("OUTREACH_TEST_LEAD_KEY"));
            QVERIFY(m.sourceId > 0);
            m.dailyLimit = 6 + 2 * i;
            Campaign daily =
                JobWorld::campaign(QStringLiteral("Daily %1").arg(i), QStringLiteral("daily"),
                                   zones()[i].second, m.dailyLimit);
            daily.keywords = {QStringLiteral("growth")};
            daily.followUpEnabled = true;
            daily.followUp1DelayDays = 1;
            daily.followUp2DelayDays = 1;
            m.daily = world.addCampaign(m.user.id, daily);
            QVERIFY(m.daily.id > 0);
            Campaign launch = JobWorld::campaign(QStringLiteral("Launch %1").arg(i),
                                                 QStringLiteral("once"), zones()[i].second, 3);
            launch.startDate = QStringLiteral("2026-06-08");
            m.launch = world.addCampaign(m.user.id, launch);
            QVERIFY(m.launch.id > 0);
            // The same imported addresses for every user: one hot, one warm, one cold.
            world.addLeads(m.user.id,
                           {QStringLiteral("hot@overlap.example"),
                            QStringLiteral("warm@overlap.example"),
                            QStringLiteral("cold@overlap.example")},
                           {90, 65, 30});
            members << m;
        }
        QVERIFY(world.startEngine());

        // Monday at each user's hour (09:00 UTC): every job that works on campaigns.
        checkRunClean(world.run(StandardJobs::kDailyLeadGeneration), users);
        checkRunClean(world.run(StandardJobs::kDailyOutreach), users);
        checkRunClean(world.run(StandardJobs::kScheduledCampaigns), users);
        checkRunClean(world.run(StandardJobs::kSendCampaignEmails), users);
        for (const Member& m : std::as_const(members)) {
            // Lead generation asked for the campaign's daily limit and got it.
            QCOMPARE(world.scalar(QStringLiteral("SELECT COUNT(*) FROM leads WHERE user_id = :u "
                                                 "AND source LIKE 'http-json#%'"),
                                  {{QStringLiteral(":u"), m.user.id}}),
                     qint64(m.dailyLimit));
            QVERIFY(!world.outbox(m.user.id, QStringLiteral("sent")).isEmpty());
            QCOMPARE(world.outbox(m.user.id, QStringLiteral("pending")).size(), 0);
        }

        // Tuesday: one of user 0's leads replied; follow-up 1 for everyone else.
        qint64 repliedLead = 0;
        for (const OutboxMessage& row : world.outbox(members[0].user.id))
            if (row.campaignId == members[0].daily.id)
                repliedLead = *row.leadId;
        QVERIFY(repliedLead > 0);
        QVERIFY(world.scope(members[0].user.id)
                    .leads()
                    .markStatus(repliedLead, QStringLiteral("replied")));
        world.setNow(at(9, 10));
        checkRunClean(world.run(StandardJobs::kFollowUpChecker), users);
        checkRunClean(world.run(StandardJobs::kSendCampaignEmails), users);
        // Wednesday: follow-up 2.
        world.setNow(at(10, 10));
        checkRunClean(world.run(StandardJobs::kFollowUpChecker), users);
        checkRunClean(world.run(StandardJobs::kSendCampaignEmails), users);
        // Next Monday: the weekly reports.
        world.setNow(at(15, 8));
        checkRunClean(world.run(StandardJobs::kApiPerformanceReport), users);

        qint64 totalSent = 0;
        qint64 totalReceived = 0;
        for (const Member& m : std::as_const(members)) {
            const qint64 uid = m.user.id;
            QHash<QString, OutboxMessage> rows;
            QSet<QString> steps;
            for (const OutboxMessage& row : world.outbox(uid)) {
                QCOMPARE(row.status, QStringLiteral("sent"));
                rows.insert(row.messageId, row);
                const QString step = QStringLiteral("%1/%2").arg(*row.leadId).arg(row.kind);
                QVERIFY2(!steps.contains(step), qPrintable(step)); // no step twice
                steps.insert(step);
            }
            QSet<QString> ownLeads;
            for (const Lead& lead : world.leads(uid))
                ownLeads.insert(lead.email);
            const QList<JobWorld::Received> received = world.received(uid);
            QCOMPARE(received.size(), rows.size());
            totalSent += rows.size();
            totalReceived += received.size();
            const QString login = world.mailbox(uid)->login;
            const QString from = world.mailbox(uid)->fromAddress;
            for (const JobWorld::Received& r : received) {
                QCOMPARE(r.envelope.value(QStringLiteral("auth")).toString(), login);
                QCOMPARE(r.envelope.value(QStringLiteral("mail_from")).toString(), from);
                const QJsonArray rcpts = r.envelope.value(QStringLiteral("rcpt_tos")).toArray();
                QCOMPARE(rcpts.size(), 1);
                QVERIFY2(ownLeads.contains(rcpts.first().toString()),
                         qPrintable(rcpts.first().toString()));
                const QJsonObject fromHeader =
                    r.parsed.value(QStringLiteral("from")).toArray().first().toObject();
                QCOMPARE(fromHeader.value(QStringLiteral("username")).toString() +
                             QLatin1Char('@') +
                             fromHeader.value(QStringLiteral("domain")).toString(),
                         from);
                // The message is one of this user's rows, to the row's lead.
                QVERIFY2(rows.contains(r.messageId), qPrintable(r.messageId));
                const OutboxMessage& row = rows[r.messageId];
                QCOMPARE(row.toAddress, rcpts.first().toString());
                QCOMPARE(world.lead(uid, *row.leadId).email, row.toAddress);
            }
            // Every contacted lead of the daily campaign but the one that replied got both
            // follow-ups; the replied one got none.
            int followUps = 0;
            for (const OutboxMessage& row : rows) {
                if (row.kind == QLatin1String("initial"))
                    continue;
                ++followUps;
                QCOMPARE(*row.campaignId, m.daily.id);
                QVERIFY(*row.leadId != repliedLead || uid != members[0].user.id);
            }
            const qint64 dailyInitials =
                world.scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE user_id = :u AND "
                                            "campaign_id = :c AND kind = 'initial'"),
                             {{QStringLiteral(":u"), uid}, {QStringLiteral(":c"), m.daily.id}});
            QVERIFY(dailyInitials > 0);
            QCOMPARE(qint64(followUps), 2 * (dailyInitials - (uid == members[0].user.id ? 1 : 0)));

            // The stored weekly report counts this user's rows only.
            Result<WeeklyReport> report =
                WeeklyReportService(world.database(), world.clock())
                    .stored(world.scope(uid),
                            *IsoWeek::parse(QStringLiteral("week"), QStringLiteral("2026-W24")));
            QVERIFY2(report.ok(), "no stored report for 2026-W24");
            QCOMPARE(report->leadsGenerated, qint64(world.leads(uid).size()));
            QCOMPARE(report->calls, world.scalar(QStringLiteral("SELECT COUNT(*) FROM api_calls "
                                                                "WHERE user_id = :u"),
                                                 {{QStringLiteral(":u"), uid}}));
            QCOMPARE(report->calls, qint64(2)); // the daily campaign's and the launch's
            QCOMPARE(report->contacted,
                     dailyInitials +
                         qint64(world.scalar(
                             QStringLiteral("SELECT COUNT(*) FROM outbox "
                                            "WHERE user_id = :u AND "
                                            "campaign_id = :c"),
                             {{QStringLiteral(":u"), uid}, {QStringLiteral(":c"), m.launch.id}})));
            QCOMPARE(report->replied, uid == members[0].user.id ? qint64(1) : qint64(0));
            QCOMPARE(report->sources.size(), 1);
            QCOMPARE(*report->sources.first().sourceId, m.sourceId);
            QCOMPARE(report->leadsReturned,
                     qint64(qMin(m.apiCount, m.dailyLimit) + qMin(m.apiCount, 3)));
        }
        QCOMPARE(totalReceived, totalSent);

        // Quotas: each user's source counts that user's calls only.
        Result<QList<AdminQuotaRepository::UserQuotas>> quotas =
            AdminQuotaRepository(world.database()).usage(world.clock().nowMs());
        QVERIFY(quotas.ok());
        QCOMPARE(quotas->size(), users);
        for (const AdminQuotaRepository::UserQuotas& q : *quotas) {
            QCOMPARE(q.items.first().sourceId.value_or(0),
                     world.scalar(QStringLiteral("SELECT id FROM lead_sources WHERE user_id = :u"),
                                  {{QStringLiteral(":u"), q.userId}}));
            QCOMPARE(q.items.first().used, qint64(2));
        }
    }
};

QTEST_GUILESS_MAIN(TestJobsIsolation)
#include "tst_jobs_isolation.moc"
