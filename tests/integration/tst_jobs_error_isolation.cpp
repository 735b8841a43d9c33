#include "JobWorld.h"
#include "LeadApiServer.h"
#include "jobs/StandardJobs.h"
#include "reports/WeeklyReportService.h"

#include <QtTest>

using namespace outreach;
using namespace outreach::test;

// Per-user error isolation in the business jobs (SPEC §3.3, issue 5 "Error isolation"): user
// A's lead source answers 500 and A's SMTP server refuses A's login; B and C complete every
// job, and A's failures are on A's rows and in A's log records only.
class TestJobsErrorIsolation : public QObject {
    Q_OBJECT

    LeadApiServer api;

    static QDateTime utc(int day, int hour, int minute = 0) {
        return QDateTime(QDate(2026, 6, day), QTime(hour, minute), QTimeZone::utc());
    }

    static void checkOnlyAFailed(JobWorld& world, const JobRun& run, qint64 a,
                                 const QList<qint64>& others, const QString& errorPart) {
        QVERIFY2(run.id > 0, "the run did not happen");
        QCOMPARE(run.status, QStringLiteral("partial"));
        QCOMPARE(run.usersFailed, 1);
        QCOMPARE(run.usersDone, int(others.size()));
        const JobRunUser failed = world.rowOf(run.id, a);
        QCOMPARE(failed.status, QStringLiteral("failed"));
        QVERIFY2(failed.error.contains(errorPart), qPrintable(failed.error));
        for (qint64 other : others) {
            const JobRunUser row = world.rowOf(run.id, other);
            QCOMPARE(row.status, QStringLiteral("succeeded"));
            QVERIFY(row.error.isEmpty());
        }
        // Every warning or error the run logged about a user is about A.
        for (const LogRecord& record :
             world.logs({.runId = run.id, .minLevel = QStringLiteral("warning"), .limit = 1000}))
            if (record.userId)
                QCOMPARE(*record.userId, a);
    }

private Q_SLOTS:
    void initTestCase() {
        qputenv("OUTREACH_TEST_LEAD_KEY", "errors-key");
        QVERIFY2(api.start({QStringLiteral("--key"), QStringLiteral("errors-key")}),
                 qPrintable(api.error()));
    }

    void oneUsersBrokenSourceAndAccountFailOnlyThatUser() {
        JobWorld world(utc(8, 9)); // Monday
        QList<qint64> ids;
        for (const QString& name :
             {QStringLiteral("ann"), QStringLiteral("bob"), QStringLiteral("cyd")}) {
            const User user = world.addUser({.email = name + QStringLiteral("@agency.example")});
            QVERIFY(user.id);
            const bool broken = name == QLatin1String("ann");
            // Ann's account presents the wrong password; her server refuses the login.
            QVERIFY(world.addMailbox(user.id, name, name + QStringLiteral("@client.example"),
                                     QStringLiteral("right"),
                                     broken ? QStringLiteral("wrong") : QStringLiteral("right")));
            world.addSource(user.id,
                            api.url(broken
                                        ? QStringLiteral("/status/500")
                                        : QStringLiteral("/leads?count=6&scores=1&prefix=") + name),
                            1000, 0.25, QStringLiteral("OUTREACH_TEST_LEAD_KEY"));
            Campaign daily =
                JobWorld::campaign(name + QStringLiteral(" daily"), QStringLiteral("daily"),
                                   QStringLiteral("09:00"), 6);
            daily.followUpEnabled = true;
            daily.followUp1DelayDays = 1;
            daily.followUp2DelayDays = 1;
            QVERIFY(world.addCampaign(user.id, daily).id);
            Campaign once = JobWorld::campaign(name + QStringLiteral(" launch"),
                                               QStringLiteral("once"), QStringLiteral("09:00"), 2);
            once.startDate = QStringLiteral("2026-06-08");
            QVERIFY(world.addCampaign(user.id, once).id);
            world.addLeads(user.id,
                           {name + QStringLiteral("1@import.example"),
                            name + QStringLiteral("2@import.example"),
                            name + QStringLiteral("3@import.example")},
                           {95, 85, 75});
            ids << user.id;
        }
        const qint64 a = ids[0];
        const QList<qint64> others{ids[1], ids[2]};
        QVERIFY(world.startEngine());

        // Lead generation: A's only source answers 500.
        checkOnlyAFailed(world, world.run(StandardJobs::kDailyLeadGeneration), a, others,
                         QStringLiteral("every lead-source call failed"));
        QCOMPARE(world.scalar(QStringLiteral("SELECT COUNT(*) FROM api_calls WHERE user_id = :u "
                                             "AND success = 0 AND http_status = 500"),
                              {{QStringLiteral(":u"), a}}),
                 qint64(1));
        for (qint64 other : others)
            QCOMPARE(world.scalar(QStringLiteral("SELECT COUNT(*) FROM api_calls WHERE user_id "
                                                 "= :u AND success = 1"),
                                  {{QStringLiteral(":u"), other}}),
                     qint64(1));
        QVERIFY(!world
                     .logs({.userId = a,
                            .job = StandardJobs::kDailyLeadGeneration,
                            .minLevel = QStringLiteral("warning"),
                            .grep = QStringLiteral("500"),
                            .limit = 100})
                     .isEmpty());

        // Outreach and the one-time campaigns work for everyone (A has imported leads; the
        // launch's lead generation fails for A, which is logged, and its mail is queued).
        const JobRun outreach = world.run(StandardJobs::kDailyOutreach);
        QCOMPARE(outreach.usersFailed, 0);
        QCOMPARE(outreach.usersDone, 3);
        const JobRun scheduled = world.run(StandardJobs::kScheduledCampaigns);
        QCOMPARE(scheduled.usersFailed, 0);
        const qint64 aQueued = world.outbox(a).size();
        QVERIFY(aQueued > 0);

        // Sending: A's server refuses the login; A's mail stays queued for a retry with its
        // attempts given back; B and C send everything.
        world.setNow(utc(8, 9, 5));
        checkOnlyAFailed(world, world.run(StandardJobs::kSendCampaignEmails), a, others,
                         QStringLiteral("535"));
        QCOMPARE(world.mailbox(a)->server->messages().size(), 0);
        QVERIFY(world.mailbox(a)->server->eventCount(QStringLiteral("AUTH user%1 fail").arg(a)) >
                0);
        for (const OutboxMessage& row : world.outbox(a)) {
            QCOMPARE(row.status, QStringLiteral("retry"));
            QCOMPARE(row.attempts, 0);
        }
        for (qint64 other : others) {
            QVERIFY(!world.outbox(other).isEmpty());
            QCOMPARE(world.outbox(other, QStringLiteral("sent")).size(),
                     world.outbox(other).size());
            QCOMPARE(world.mailbox(other)->server->messages().size(), world.outbox(other).size());
        }

        // The next days: follow-ups for B and C; A's leads were never contacted.
        world.setNow(utc(9, 10));
        QCOMPARE(world.run(StandardJobs::kFollowUpChecker).usersFailed, 0);
        for (qint64 other : others)
            QVERIFY(world.scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE user_id = :u "
                                                "AND kind = 'followup1'"),
                                 {{QStringLiteral(":u"), other}}) > 0);
        QCOMPARE(world.scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE user_id = :u AND "
                                             "kind <> 'initial'"),
                              {{QStringLiteral(":u"), a}}),
                 qint64(0));
        checkOnlyAFailed(world, world.run(StandardJobs::kSendCampaignEmails), a, others,
                         QStringLiteral("535"));

        // The weekly report runs for everyone; A's shows the failed call.
        world.setNow(utc(15, 8));
        const JobRun report = world.run(StandardJobs::kApiPerformanceReport);
        QCOMPARE(report.usersFailed, 0);
        QCOMPARE(report.usersDone, 3);
        Result<WeeklyReport> aReport =
            WeeklyReportService(world.database(), world.clock())
                .stored(world.scope(a),
                        *IsoWeek::parse(QStringLiteral("week"), QStringLiteral("2026-W24")));
        QVERIFY(aReport.ok());
        QCOMPARE(aReport->calls, qint64(2)); // the daily campaign's and the launch's
        QCOMPARE(aReport->callsFailed, qint64(2));
        QCOMPARE(aReport->contacted, qint64(0));
        QCOMPARE(aReport->cost, 0.0); // failed calls cost nothing
    }
};

QTEST_GUILESS_MAIN(TestJobsErrorIsolation)
#include "tst_jobs_error_isolation.moc"
