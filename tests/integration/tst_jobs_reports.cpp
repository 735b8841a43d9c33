#include "JobWorld.h"
#include "LeadApiServer.h"
#include "jobs/StandardJobs.h"
#include "reports/WeeklyReportService.h"

#include <QtTest>

using namespace outreach;
using namespace outreach::test;

// The api-performance-report job (SPEC §4 job 6, issue 5 "Reports"): the stored weekly report
// of a week seeded through the other jobs, against figures computed by hand, and the quota
// warning lines, which appear exactly from 90%.
class TestJobsReports : public QObject {
    Q_OBJECT

    LeadApiServer api;

    static QDateTime utc(int day, int hour, int minute = 0) {
        return QDateTime(QDate(2026, 6, day), QTime(hour, minute), QTimeZone::utc());
    }

    static IsoWeek week24() {
        return *IsoWeek::parse(QStringLiteral("week"), QStringLiteral("2026-W24"));
    }

    static QStringList quotaWarnings(JobWorld& world, qint64 runId, qint64 userId) {
        QStringList lines;
        for (const LogRecord& r : world.logs({.userId = userId,
                                  .runId = runId,
                                  .minLevel = QStringLiteral("warning"),
                                  .grep = QStringLiteral("quota warning"),
                                  .limit = 100}))
            lines << r.message;
        return lines;
    }

private Q_SLOTS:
    void initTestCase() {
        qputenv("OUTREACH_TEST_LEAD_KEY", "reports-key");
        QVERIFY2(api.start({QStringLiteral("--key"), QStringLiteral("reports-key")}),
                 qPrintable(api.error()));
    }

    // Monday to Friday of ISO week 24 (8-14 June 2026), user in UTC:
    //   - a daily campaign (limit 5) whose lead generation calls the API each day at 09:00;
    //     the API answers with the same 5 leads (scores 40, 47, 54, 61, 68) every time, at
    //     2.00 a call: 5 calls, 25 returned, 25 valid, 5 new (Monday), cost 10.00;
    //   - 3 leads imported on Monday with scores 90, 80 and 20;
    //   - Monday's outreach writes to the hot and warm leads: 90, 80, 68, 61 (4 contacted);
    //   - the lead scored 90 replies on Wednesday and converts on Thursday.
    // By hand: 8 leads generated (5 from sources, 3 other), hot 2, warm 2, cold 4, average
    // score 460 / 8 = 57.5; quality 25 / 25 = 100% (A); funnel 8 -> 4 -> 1 -> 1; cost per lead
    // 10 / 5 = 2.00, per conversion 10 / 1 = 10.00; source quota 5 of 100 (5%, no warning).
    void theStoredReportMatchesHandComputedFigures() {
        JobWorld world(utc(8, 9));
        const User user = world.addUser({.email = QStringLiteral("hana@agency.example")});
        QVERIFY(user.id);
        QVERIFY(world.addMailbox(user.id, QStringLiteral("Hana"),
                                 QStringLiteral("hana@client.example"), QStringLiteral("pw"),
                                 QStringLiteral("pw")));
        const qint64 source =
            world.addSource(user.id, api.url(QStringLiteral("/leads?count=10&scores=1")), 100, 2.0,
                            QStringLiteral("OUTREACH_TEST_LEAD_KEY"));
        QVERIFY(world
                    .addCampaign(user.id, JobWorld::campaign(QStringLiteral("Weekly"),
                                                             QStringLiteral("daily"),
                                                             QStringLiteral("09:00"), 5))
                    .id);
        const QList<qint64> imported = world.addLeads(user.id,
                                                      {QStringLiteral("ninety@import.example"),
                                                       QStringLiteral("eighty@import.example"),
                                                       QStringLiteral("twenty@import.example")},
                                                      {90, 80, 20});
        QVERIFY(world.startEngine());
        for (int day = 8; day <= 12; ++day) {
            world.setNow(utc(day, 9));
            QCOMPARE(world.run(StandardJobs::kDailyLeadGeneration).usersDone, 1);
            QCOMPARE(world.run(StandardJobs::kDailyOutreach).usersDone, 1);
            world.setNow(utc(day, 9, 5));
            QCOMPARE(world.run(StandardJobs::kSendCampaignEmails).usersDone, 1);
            if (day == 10)
                QVERIFY(world.scope(user.id).leads().markStatus(imported[0],
                                                                QStringLiteral("replied")));
            if (day == 11)
                QVERIFY(world.scope(user.id).leads().markStatus(imported[0],
                                                                QStringLiteral("converted")));
        }
        QCOMPARE(world.outbox(user.id, QStringLiteral("sent")).size(), 4);

        world.setNow(utc(15, 8)); // the next Monday, the job's default time
        const JobRun run = world.run(StandardJobs::kApiPerformanceReport);
        QCOMPARE(run.usersDone, 1);
        Result<WeeklyReport> stored = WeeklyReportService(world.database(), world.clock())
                                          .stored(world.scope(user.id), week24());
        QVERIFY2(stored.ok(), "the job stored no report for 2026-W24");
        const WeeklyReport& r = *stored;
        QCOMPARE(r.week, QStringLiteral("2026-W24"));
        QCOMPARE(r.leadsGenerated, qint64(8));
        QCOMPARE(r.leadsFromSources, qint64(5));
        QCOMPARE(r.leadsOtherOrigins, qint64(3));
        QCOMPARE(r.hot, qint64(2));
        QCOMPARE(r.warm, qint64(2));
        QCOMPARE(r.cold, qint64(4));
        QCOMPARE(r.averageScore.value_or(-1), 57.5);
        QCOMPARE(r.calls, qint64(5));
        QCOMPARE(r.callsFailed, qint64(0));
        QCOMPARE(r.leadsReturned, qint64(25));
        QCOMPARE(r.leadsValid, qint64(25));
        QCOMPARE(r.leadsInserted, qint64(5));
        QCOMPARE(r.cost, 10.0);
        QCOMPARE(r.validRatio.value_or(-1), 1.0);
        QCOMPARE(r.grade, QStringLiteral("A"));
        QCOMPARE(r.contacted, qint64(4));
        QCOMPARE(r.replied, qint64(1));
        QCOMPARE(r.conversions, qint64(1));
        QCOMPARE(r.costPerLead.value_or(-1), 2.0);
        QCOMPARE(r.costPerConversion.value_or(-1), 10.0);
        QCOMPARE(r.sources.size(), 1);
        QCOMPARE(r.sources.first().sourceId.value_or(0), source);
        QCOMPARE(r.sources.first().calls, qint64(5));
        QCOMPARE(r.sources.first().leadsInserted, qint64(5));
        QCOMPARE(r.sources.first().cost, 10.0);
        QCOMPARE(r.sources.first().conversions, qint64(0)); // the convert was imported
        QVERIFY(!r.quotaWarning);
        QVERIFY(quotaWarnings(world, run.id, user.id).isEmpty());

        // The job logged the summary, the source line and the funnel for this user.
        QStringList lines;
        for (const LogRecord& rec : world.logs({.runId = run.id, .limit = 100}))
            if (rec.userId == user.id)
                lines << rec.message;
        const QString all = lines.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("weekly report 2026-W24: 8 leads generated (5 from "
                                            "sources), 5 API calls (0 failed), quality A (100.0% "
                                            "valid), 1 conversions, cost 10.00")),
                 qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("funnel: 8 generated -> 4 contacted -> 1 replied -> "
                                            "1 converted; cost per lead 2.00, per conversion "
                                            "10.00")),
                 qPrintable(all));

        // Running the job again for the same week replaces the report instead of adding one.
        world.setNow(utc(15, 9));
        QCOMPARE(world.run(StandardJobs::kApiPerformanceReport).usersDone, 1);
        QCOMPARE(world.scalar(QStringLiteral("SELECT COUNT(*) FROM weekly_reports WHERE user_id "
                                             "= :u"),
                              {{QStringLiteral(":u"), user.id}}),
                 qint64(1));
    }

    // The warning appears from exactly 90% of a quota: a source at 9 of 10 calls and a monthly
    // lead quota at 900 of 1000 warn; 8 of 10 calls and 899 of 1000 leads do not.
    void quotaWarningsAppearExactlyAtNinetyPercent() {
        JobWorld world(utc(1, 9)); // Monday 1 June, the start of the quota month
        struct Client {
            QString name;
            int days;  // lead-generation days, one API call each
            int leads; // leads imported this month, besides the API's
            qint64 id = 0;
        };
        QList<Client> clients{{QStringLiteral("at90"), 9, 0},
                              {QStringLiteral("at80"), 8, 0},
                              {QStringLiteral("leads900"), 0, 900},
                              {QStringLiteral("leads899"), 0, 899}};
        for (Client& c : clients) {
            c.id = world.addUser({.email = c.name + QStringLiteral("@agency.example")}).id;
            QVERIFY(c.id);
            world.addSource(c.id, api.url(QStringLiteral("/leads?count=0")), 10, 0.0,
                            QStringLiteral("OUTREACH_TEST_LEAD_KEY"));
            Campaign daily =
                JobWorld::campaign(c.name, QStringLiteral("daily"), QStringLiteral("09:00"), 5);
            daily.startDate = QStringLiteral("2026-06-01");
            daily.endDate = QStringLiteral("2026-06-%1").arg(c.days, 2, 10, QLatin1Char('0'));
            if (c.days > 0)
                QVERIFY(world.addCampaign(c.id, daily).id);
            QStringList emails;
            for (int i = 0; i < c.leads; ++i)
                emails << QStringLiteral("%1-%2@import.example").arg(c.name).arg(i);
            if (!emails.isEmpty())
                world.addLeads(c.id, emails, QList<int>(c.leads, 30));
        }
        QVERIFY(world.startEngine());
        for (int day = 1; day <= 12; ++day) {
            world.setNow(utc(day, 9));
            QCOMPARE(world.run(StandardJobs::kDailyLeadGeneration).usersFailed, 0);
        }
        world.setNow(utc(15, 8));
        const JobRun run = world.run(StandardJobs::kApiPerformanceReport);
        QCOMPARE(run.usersDone, 4);
        for (const Client& c : std::as_const(clients)) {
            Result<WeeklyReport> r = WeeklyReportService(world.database(), world.clock())
                                         .stored(world.scope(c.id), week24());
            QVERIFY(r.ok());
            const QStringList warnings = quotaWarnings(world, run.id, c.id);
            const bool expectWarning =
                c.name == QLatin1String("at90") || c.name == QLatin1String("leads900");
            QCOMPARE(r->quotaWarning, expectWarning);
            QCOMPARE(warnings.size(), expectWarning ? 1 : 0);
            if (c.name == QLatin1String("at90"))
                QVERIFY2(warnings.first().contains(QLatin1String("90.0%")) &&
                             warnings.first().contains(QLatin1String("(9 of 10)")),
                         qPrintable(warnings.first()));
            if (c.name == QLatin1String("leads900"))
                QVERIFY2(warnings.first().contains(QLatin1String("(900 of 1000)")),
                         qPrintable(warnings.first()));
        }
    }
};

QTEST_GUILESS_MAIN(TestJobsReports)
#include "tst_jobs_reports.moc"
