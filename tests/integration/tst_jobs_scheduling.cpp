#include "CtlRunner.h"
#include "JobWorld.h"
#include "LeadApiServer.h"
#include "jobs/StandardJobs.h"
#include "store/AuditRepository.h"

#include <QJsonArray>
#include <QtTest>

using namespace outreach;
using namespace outreach::test;

// When the daily campaign jobs act (SPEC §3.9, §4 jobs 1 and 2, issue 5 "Scheduling"): each
// user's daily campaigns at their own hour in their own zone, the 23-hour guard per (campaign,
// job), DST changes, and "run campaign now". Runs are manual (as `jobs run`), so these also
// show that a manual run obeys the same checks. One-time and recurring campaigns and
// follow-ups: tst_jobs_campaign_runs.
class TestJobsScheduling : public QObject {
    Q_OBJECT

    LeadApiServer api;

    static QDateTime utc(int month, int day, int hour, int minute = 0) {
        return QDateTime(QDate(2026, month, day), QTime(hour, minute), QTimeZone::utc());
    }

    static QStringList addresses(const QString& prefix, int n) {
        QStringList list;
        for (int i = 0; i < n; ++i)
            list << QStringLiteral("%1%2@leads.example").arg(prefix).arg(i);
        return list;
    }

    static qint64 addClient(JobWorld& world, const QString& name, const QString& zone) {
        const User user =
            world.addUser({.email = name + QStringLiteral("@agency.example"), .timeZone = zone});
        if (!user.id || !world.addMailbox(user.id, name, name + QStringLiteral("@client.example"),
                                          QStringLiteral("pw"), QStringLiteral("pw")))
            return 0;
        return user.id;
    }

    static qint64 initialsOf(JobWorld& world, qint64 userId, qint64 campaignId) {
        return world.scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE user_id = :u AND "
                                           "campaign_id = :c AND kind = 'initial'"),
                            {{QStringLiteral(":u"), userId}, {QStringLiteral(":c"), campaignId}});
    }

    static qint64 callsOf(JobWorld& world, qint64 userId) {
        return world.scalar(QStringLiteral("SELECT COUNT(*) FROM api_calls WHERE user_id = :u"),
                            {{QStringLiteral(":u"), userId}});
    }

private Q_SLOTS:
    void initTestCase() {
        qputenv("OUTREACH_TEST_LEAD_KEY", "scheduling-key");
        QVERIFY2(api.start({QStringLiteral("--key"), QStringLiteral("scheduling-key")}),
                 qPrintable(api.error()));
    }

    // Three users whose campaigns are at 09:00 (or 09:30) in three zones: over a whole day of
    // hourly runs, each user's lead generation and outreach run once, at 09:00 in their zone.
    void dailyCampaignsRunAtTheirOwnHourInTheirOwnZone() {
        JobWorld world(utc(6, 10, 0));
        struct Client {
            QString name;
            QString zone;
            QString time;
            int utcHour; // 09:xx local, in June
            qint64 id = 0;
            qint64 campaign = 0;
        };
        QList<Client> clients{
            {QStringLiteral("utc"), QStringLiteral("UTC"), QStringLiteral("09:00"), 9},
            {QStringLiteral("nyc"), QStringLiteral("America/New_York"), QStringLiteral("09:30"),
             13},
            {QStringLiteral("tyo"), QStringLiteral("Asia/Tokyo"), QStringLiteral("09:00"), 0}};
        for (Client& c : clients) {
            c.id = addClient(world, c.name, c.zone);
            QVERIFY(c.id);
            world.addSource(
                c.id, api.url(QStringLiteral("/leads?count=5&scores=1&prefix=%1").arg(c.name)),
                1000, 0.0, QStringLiteral("OUTREACH_TEST_LEAD_KEY"));
            c.campaign = world
                             .addCampaign(c.id, JobWorld::campaign(c.name, QStringLiteral("daily"),
                                                                   c.time, 5))
                             .id;
            QVERIFY(c.campaign);
            world.addLeads(c.id, addresses(c.name, 3), {90, 85, 70});
        }
        QVERIFY(world.startEngine());
        for (int hour = 0; hour < 24; ++hour) {
            world.setNow(utc(6, 10, hour));
            for (const QString& job :
                 {StandardJobs::kDailyLeadGeneration, StandardJobs::kDailyOutreach}) {
                const JobRun run = world.run(job);
                QCOMPARE(run.usersFailed, 0);
                QCOMPARE(run.usersDone, 3);
            }
            for (const Client& c : std::as_const(clients)) {
                const bool ran = hour >= c.utcHour;
                QCOMPARE(callsOf(world, c.id), qint64(ran ? 1 : 0));
                QCOMPARE(initialsOf(world, c.id, c.campaign), qint64(ran ? 5 : 0));
            }
        }
        // The last runs are recorded per job, at the user's hour.
        for (const Client& c : std::as_const(clients)) {
            const UserScope scope = world.scope(c.id);
            for (const QString& job :
                 {StandardJobs::kDailyLeadGeneration, StandardJobs::kDailyOutreach}) {
                Result<std::optional<qint64>> last = scope.campaigns().lastRunOf(c.campaign, job);
                QVERIFY(last.ok() && last->has_value());
                QCOMPARE(QDateTime::fromMSecsSinceEpoch(**last, QTimeZone::utc()).time().hour(),
                         c.utcHour);
            }
        }
    }

    // The 23-hour guard per (campaign, job): a second run in the same hour, by hand or by a
    // retry, does nothing; lead generation and outreach do not block each other; the next
    // day the campaign runs again.
    void theGuardHoldsPerCampaignAndJob() {
        JobWorld world(utc(6, 10, 9));
        const qint64 u = addClient(world, QStringLiteral("guard"), QStringLiteral("UTC"));
        QVERIFY(u);
        world.addSource(u, api.url(QStringLiteral("/leads?count=50&prefix=g")), 1000, 0.0,
                        QStringLiteral("OUTREACH_TEST_LEAD_KEY"));
        const qint64 campaign = world
                                    .addCampaign(u, JobWorld::campaign(QStringLiteral("Guarded"),
                                                                       QStringLiteral("daily"),
                                                                       QStringLiteral("09:00"), 4))
                                    .id;
        world.addLeads(u, addresses(QStringLiteral("guard"), 12), QList<int>(12, 88));
        QVERIFY(world.startEngine());

        QCOMPARE(world.run(StandardJobs::kDailyOutreach).items, qint64(4));
        world.setNow(utc(6, 10, 9, 20));
        // Outreach already ran this morning; lead generation has its own state and runs.
        QCOMPARE(world.run(StandardJobs::kDailyOutreach).items, qint64(0));
        QCOMPARE(world.run(StandardJobs::kDailyLeadGeneration).items, qint64(4));
        world.setNow(utc(6, 10, 9, 50));
        QCOMPARE(world.run(StandardJobs::kDailyLeadGeneration).items, qint64(0));
        QCOMPARE(world.run(StandardJobs::kDailyOutreach).items, qint64(0));
        QCOMPARE(callsOf(world, u), qint64(1));
        QCOMPARE(initialsOf(world, u, campaign), qint64(4));
        const QList<LogRecord> skipped =
            world.logs({.userId = u,
                        .job = StandardJobs::kDailyOutreach,
                        .grep = QStringLiteral("less than 23 hours ago"),
                        .limit = 100});
        QCOMPARE(skipped.size(), 2);

        // The next day at the same hour: both run again (the API answers with the same
        // addresses as yesterday, so the call adds no lead).
        world.setNow(utc(6, 11, 9));
        QCOMPARE(world.run(StandardJobs::kDailyOutreach).items, qint64(4));
        QCOMPARE(world.run(StandardJobs::kDailyLeadGeneration).usersDone, 1);
        QCOMPARE(callsOf(world, u), qint64(2));
        QCOMPARE(initialsOf(world, u, campaign), qint64(8));
    }

    // DST in the user's zone (SPEC §3.9): an hour the spring-forward gap swallows runs once,
    // in the hour after the gap; an hour the fall-back repeats runs once.
    void daylightSavingChangesRunOnce() {
        JobWorld world(utc(3, 28, 0));
        const qint64 u =
            addClient(world, QStringLiteral("berlin"), QStringLiteral("Europe/Berlin"));
        QVERIFY(u);
        const qint64 campaign = world
                                    .addCampaign(u, JobWorld::campaign(QStringLiteral("Night owl"),
                                                                       QStringLiteral("daily"),
                                                                       QStringLiteral("02:30"), 1))
                                    .id;
        world.addLeads(u, addresses(QStringLiteral("dst"), 10), QList<int>(10, 90));
        QVERIFY(world.startEngine());
        // 29 March 2026: 02:00 CET jumps to 03:00 CEST (01:00 UTC).
        QList<int> ranAt;
        for (int hour = 22; hour < 24 + 4; ++hour) {
            world.setNow(utc(3, 28, 0).addSecs(hour * 3600));
            if (world.run(StandardJobs::kDailyOutreach).items > 0)
                ranAt << hour - 24;
        }
        QCOMPARE(ranAt, QList<int>{1}); // 01:00 UTC = 03:00 CEST, right after the gap
        // 25 October 2026: 03:00 CEST falls back to 02:00 CET (01:00 UTC); 02:xx happens
        // twice, at 00:00 and 01:00 UTC.
        ranAt.clear();
        for (int hour = -2; hour < 4; ++hour) {
            world.setNow(utc(10, 25, 0).addSecs(hour * 3600));
            if (world.run(StandardJobs::kDailyOutreach).items > 0)
                ranAt << hour;
        }
        QCOMPARE(ranAt, QList<int>{0});
        QCOMPARE(initialsOf(world, u, campaign), qint64(2));
    }

    // A lead whose initial email is queued but not sent yet (still `new`) is not routed
    // again: it neither takes another campaign's room nor moves to another campaign.
    void leadsWaitingForTheirFirstEmailAreNotRoutedAgain() {
        JobWorld world(utc(6, 10, 9));
        const qint64 u = addClient(world, QStringLiteral("twice"), QStringLiteral("UTC"));
        QVERIFY(u);
        const qint64 daily =
            world
                .addCampaign(u, JobWorld::campaign(QStringLiteral("Daily"), QStringLiteral("daily"),
                                                   QStringLiteral("09:00"), 3))
                .id;
        Campaign launchDraft = JobWorld::campaign(QStringLiteral("Launch"), QStringLiteral("once"),
                                                  QStringLiteral("09:00"), 3);
        launchDraft.startDate = QStringLiteral("2026-06-10");
        const qint64 launch = world.addCampaign(u, launchDraft).id;
        const QList<qint64> ids =
            world.addLeads(u, addresses(QStringLiteral("twice"), 6), {95, 90, 85, 80, 75, 70});
        QVERIFY(world.startEngine());
        QCOMPARE(world.run(StandardJobs::kDailyOutreach).items, qint64(3));
        QCOMPARE(world.run(StandardJobs::kScheduledCampaigns).items, qint64(3));
        world.setNow(utc(6, 11, 9)); // nothing was sent in between
        QCOMPARE(world.run(StandardJobs::kDailyOutreach).items, qint64(0));
        QCOMPARE(initialsOf(world, u, daily), qint64(3));
        QCOMPARE(initialsOf(world, u, launch), qint64(3));
        for (qint64 id : ids) {
            QCOMPARE(world.scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE lead_id = :l"),
                                  {{QStringLiteral(":l"), id}}),
                     qint64(1));
            const qint64 rowCampaign =
                world.scalar(QStringLiteral("SELECT campaign_id FROM outbox WHERE lead_id = :l"),
                             {{QStringLiteral(":l"), id}});
            QCOMPARE(world.lead(u, id).campaignId.value_or(0), rowCampaign);
        }
        // The best leads went to the daily campaign, which ran first.
        QCOMPARE(world.lead(u, ids[0]).campaignId.value_or(0), daily);
        QCOMPARE(world.lead(u, ids[5]).campaignId.value_or(0), launch);
    }

    // `jobs run` by hand at the wrong hour does nothing; `campaigns run ID` forces one
    // campaign now, is audited, and refuses a paused campaign.
    void manualRunsObeyTheScheduleButRunCampaignNowForces() {
        JobWorld world(utc(6, 10, 15));
        const qint64 u = addClient(world, QStringLiteral("cli"), QStringLiteral("UTC"));
        QVERIFY(u);
        const qint64 campaign = world
                                    .addCampaign(u, JobWorld::campaign(QStringLiteral("Morning"),
                                                                       QStringLiteral("daily"),
                                                                       QStringLiteral("09:00"), 4))
                                    .id;
        Campaign pausedDraft = JobWorld::campaign(QStringLiteral("On hold"));
        pausedDraft.status = QStringLiteral("paused");
        const qint64 paused = world.addCampaign(u, pausedDraft).id;
        world.addLeads(u, addresses(QStringLiteral("cli"), 6), QList<int>(6, 90));
        const QString now = QStringLiteral("2026-06-10T15:00:00Z");

        const CtlResult wrongHour =
            runCtl(world.db().url(),
                   {QStringLiteral("--json"), QStringLiteral("--now"), now, QStringLiteral("jobs"),
                    QStringLiteral("run"), StandardJobs::kDailyOutreach});
        QVERIFY2(wrongHour.exitCode == 0, qPrintable(wrongHour.err));
        QCOMPARE(initialsOf(world, u, campaign), qint64(0));

        const CtlResult forced =
            runCtl(world.db().url(),
                   {QStringLiteral("--json"), QStringLiteral("--now"), now,
                    QStringLiteral("campaigns"), QStringLiteral("run"), QString::number(campaign),
                    QStringLiteral("--reason"), QStringLiteral("client asked")});
        QVERIFY2(forced.exitCode == 0, qPrintable(forced.err));
        QCOMPARE(forced.json()
                     .object()
                     .value(QStringLiteral("outreach"))
                     .toObject()
                     .value(QStringLiteral("queued"))
                     .toInt(),
                 4);
        QCOMPARE(initialsOf(world, u, campaign), qint64(4));
        Result<QList<AuditEntry>> audit =
            AuditRepository(world.database(), world.clock()).latest(10);
        QVERIFY(audit.ok() && !audit->isEmpty());
        QCOMPARE(audit->first().action, QStringLiteral("campaign.run"));
        QCOMPARE(audit->first().targetId, QString::number(campaign));
        QCOMPARE(audit->first().reason, QStringLiteral("client asked"));

        const CtlResult refused =
            runCtl(world.db().url(), {QStringLiteral("--now"), now, QStringLiteral("campaigns"),
                                      QStringLiteral("run"), QString::number(paused)});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QLatin1String("paused")), qPrintable(refused.err));
        QCOMPARE(initialsOf(world, u, paused), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestJobsScheduling)
#include "tst_jobs_scheduling.moc"
