#include "JobWorld.h"
#include "LeadApiServer.h"
#include "WorldInvariants.h"
#include "campaigns/CampaignCalendar.h"
#include "core/ZonedTime.h"
#include "jobs/StandardJobs.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace outreach;
using namespace outreach::test;

// A property test over random multi-user worlds (issue 5): each seeded world has 2-4 users
// in random zones with random quotas, campaigns (daily, one-time, recurring, with and without
// follow-ups), lead sources and imported leads drawn from a pool shared by the world's users;
// replies and user pauses happen on random days. Over four simulated days the campaign jobs
// run at 07:00 and 19:00 UTC and the follow-up checker at 10:00, each followed by the sending
// job; then the queue is drained and the weekly reports are made. After every world:
//   - no cross-user message: each message on the SMTP server came from one user's sender
//     account, is that user's outbox row, and went to that user's lead;
//   - no lead got the same step twice, and no follow-up went to a lead that had left the
//     sequence (replied, bounced, unsubscribed) or before the previous step was sent;
//   - quotas were never exceeded: the user's daily email quota and each campaign's daily
//     limit (in the user's zone), each source's monthly calls, the user's monthly lead quota;
//   - every queued email ended sent, failed or unknown (or cancelled: never sent because the
//     address was suppressed or the lead left);
//   - no unit of work failed, and each weekly report counts its own user's rows.
// OUTREACH_PROPERTY_WORLDS and OUTREACH_PROPERTY_SEED change the count and the first seed;
// a failure names the world's seed.
class TestJobsProperties : public QObject {
    Q_OBJECT

    LeadApiServer api;
    SmtpTestServer smtp;

    static constexpr int kHours[] = {7, 10, 19};
    static constexpr int kBatches = 4;
    int m_worlds = 0;
    QMap<QString, int> m_seen; // what the worlds went through, to show they were not idle
    static constexpr qint64 kHourMs = 3600LL * 1000;
    static constexpr qint64 kDayMs = 24 * kHourMs;

    static int pick(QRandomGenerator& rng, int low, int high) { // inclusive
        return low + int(rng.bounded(quint32(high - low + 1)));
    }

    QList<WorldUser> buildWorld(JobWorld& world, QRandomGenerator& rng, int k, qint64 t0) {
        static const QStringList zones{QStringLiteral("UTC"),
                                       QStringLiteral("Europe/Berlin"),
                                       QStringLiteral("America/New_York"),
                                       QStringLiteral("Asia/Tokyo"),
                                       QStringLiteral("Australia/Sydney"),
                                       QStringLiteral("America/Los_Angeles"),
                                       QStringLiteral("Asia/Kolkata")};
        static const QStringList keywords{QStringLiteral("growth"), QStringLiteral("sales"),
                                          QStringLiteral("it")};
        QList<WorldUser> users;
        const int count = pick(rng, 2, 4);
        for (int i = 0; i < count; ++i) {
            WorldUser wu;
            wu.user = world.addUser({.email = QStringLiteral("w%1u%2@agency.example").arg(k).arg(i),
                                     .timeZone = zones[pick(rng, 0, int(zones.size()) - 1)],
                                     .dailyEmailQuota = pick(rng, 2, 25),
                                     .monthlyLeadQuota = pick(rng, 5, 40)});
            wu.from = QStringLiteral("w%1u%2@sender.example").arg(k).arg(i);
            world.addSender(wu.user.id, QStringLiteral("Sender %1").arg(i), wu.from, smtp.port());
            if (rng.bounded(10) < 7) {
                wu.sourceQuota = pick(rng, 2, 8);
                wu.sourceId = world.addSource(
                    wu.user.id,
                    api.url(QStringLiteral("/leads?count=%1&scores=1&prefix=w%2&domain=shared."
                                           "example")
                                .arg(pick(rng, 3, 15))
                                .arg(k)),
                    wu.sourceQuota, pick(rng, 0, 100) / 100.0,
                    QStringLiteral("OUTREACH_TEST_LEAD_KEY"));
            }
            const CampaignCalendar calendar(QTimeZone(wu.user.timeZone.toUtf8()));
            const int campaigns = pick(rng, 1, 3);
            for (int c = 0; c < campaigns; ++c) {
                const int type = pick(rng, 0, 4);
                const QString kind = type < 3   ? QStringLiteral("daily")
                                     : type < 4 ? QStringLiteral("once")
                                                : QStringLiteral("recurring");
                // At one of the hours the hourly jobs run, in the user's zone.
                const int day = kind == QLatin1String("daily") ? 0 : pick(rng, 0, 2);
                const qint64 at = t0 + day * kDayMs + kHours[pick(rng, 0, 2)] * kHourMs;
                const QDateTime local = ZonedTime::wallClock(
                    QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc()), calendar.zone());
                Campaign draft =
                    JobWorld::campaign(QStringLiteral("w%1u%2c%3").arg(k).arg(i).arg(c), kind,
                                       local.toString(QStringLiteral("HH:mm")), pick(rng, 1, 8));
                for (const QString& word : keywords)
                    if (rng.bounded(3) == 0)
                        draft.keywords << word;
                if (rng.bounded(2) == 0) {
                    draft.followUpEnabled = true;
                    draft.followUp1DelayDays = pick(rng, 0, 2);
                    draft.followUp2DelayDays = pick(rng, 0, 2);
                    if (rng.bounded(10) == 0)
                        draft.bodyFollowUp2.clear();
                }
                if (kind != QLatin1String("daily")) {
                    draft.startDate = local.date().toString(Qt::ISODate);
                    if (kind == QLatin1String("recurring")) {
                        draft.recurrenceDays = pick(rng, 1, 2);
                        if (rng.bounded(2) == 0)
                            draft.endDate =
                                local.date().addDays(pick(rng, 1, 3)).toString(Qt::ISODate);
                    }
                    draft.nextRunAt = calendar.startInstant(draft);
                }
                wu.campaigns << world.addCampaign(wu.user.id, draft);
            }
            // Imports from a pool the world's users share; at most one address that bounces
            // (so the bounce-rate guard never holds a user's mail) and some that are deferred.
            QStringList emails;
            QList<int> scores;
            bool bounce = false;
            for (int j = 0, n = pick(rng, 2, 8); j < n; ++j) {
                const int roll = pick(rng, 0, 19);
                QString local = QStringLiteral("p%1-%2").arg(k).arg(pick(rng, 0, 9));
                if (roll < 2 && !bounce) {
                    local = QStringLiteral("bounce-") + local;
                    bounce = true;
                } else if (roll < 4) {
                    local = QStringLiteral("later-") + local;
                }
                const QString email = local + QStringLiteral("@overlap.example");
                if (emails.contains(email))
                    continue;
                emails << email;
                scores << pick(rng, 30, 100);
            }
            world.addLeads(wu.user.id, emails, scores);
            wu.imported = int(emails.size());
            users << wu;
        }
        return users;
    }

    // Runs a job and returns a problem when any user's unit failed.
    static QString runJob(JobWorld& world, const QString& job) {
        const JobRun run = world.run(job);
        if (run.id == 0)
            return QStringLiteral("%1 did not run: %2").arg(job, world.lastRefusal());
        if (run.usersFailed > 0) {
            QString why;
            for (const LogRecord& r :
                 world.logs({.runId = run.id, .minLevel = QStringLiteral("error"), .limit = 20}))
                why += r.message + QLatin1Char(' ');
            return QStringLiteral("%1 run %2: %3 users failed: %4")
                .arg(job)
                .arg(run.id)
                .arg(run.usersFailed)
                .arg(why);
        }
        return {};
    }

    QString simulate(JobWorld& world, QRandomGenerator& rng, QList<WorldUser>& users, qint64 t0) {
        QSet<qint64> paused;
        for (int day = 0; day < 4; ++day) {
            for (qint64 id : std::as_const(paused))
                world.setUserStatus(id, QStringLiteral("active"));
            paused.clear();
            if (rng.bounded(5) == 0) {
                const qint64 id = users[pick(rng, 0, int(users.size()) - 1)].user.id;
                world.setUserStatus(id, QStringLiteral("paused"));
                paused.insert(id);
            }
            for (int hour : kHours) {
                world.setNow(QDateTime::fromMSecsSinceEpoch(t0 + day * kDayMs + hour * kHourMs,
                                                            QTimeZone::utc()));
                const QStringList jobs = hour == 10
                                             ? QStringList{StandardJobs::kFollowUpChecker}
                                             : QStringList{StandardJobs::kDailyLeadGeneration,
                                                           StandardJobs::kDailyOutreach,
                                                           StandardJobs::kScheduledCampaigns};
                for (const QString& job : jobs)
                    if (QString problem = runJob(world, job); !problem.isEmpty())
                        return problem;
                if (QString problem = runJob(world, StandardJobs::kSendCampaignEmails);
                    !problem.isEmpty())
                    return problem;
                // Now and then a lead answers: its sequence stops.
                if (rng.bounded(4) == 0) {
                    const WorldUser& wu = users[pick(rng, 0, int(users.size()) - 1)];
                    const UserScope scope = world.scope(wu.user.id);
                    Result<QList<Lead>> contacted = scope.leads().list(QStringLiteral("contacted"));
                    if (contacted && !contacted->isEmpty()) {
                        const Lead& lead = (*contacted)[pick(rng, 0, int(contacted->size()) - 1)];
                        if (!scope.leads().markStatus(lead.id, QStringLiteral("replied")) ||
                            !scope.outbox().cancelPendingForLead(lead.id,
                                                                 QStringLiteral("replied")))
                            return QStringLiteral("cannot record a reply");
                    }
                }
            }
        }
        for (qint64 id : std::as_const(paused))
            world.setUserStatus(id, QStringLiteral("active"));
        // Drain: hourly sends until nothing is left to go (retries back off for minutes).
        const qint64 end = t0 + 4 * kDayMs;
        for (int i = 0; i < 12; ++i) {
            qint64 waiting = 0;
            for (const WorldUser& wu : std::as_const(users))
                waiting += world.outbox(wu.user.id, QStringLiteral("pending")).size() +
                           world.outbox(wu.user.id, QStringLiteral("retry")).size();
            if (waiting == 0)
                break;
            world.setNow(QDateTime::fromMSecsSinceEpoch(end + i * kHourMs, QTimeZone::utc()));
            if (QString problem = runJob(world, StandardJobs::kSendCampaignEmails);
                !problem.isEmpty())
                return problem;
        }
        world.setNow(
            QDateTime::fromMSecsSinceEpoch(t0 + 7 * kDayMs + 8 * kHourMs, QTimeZone::utc()));
        return runJob(world, StandardJobs::kApiPerformanceReport);
    }

    void runWorlds(int first, int count) {
        bool ok = false;
        quint32 firstSeed = quint32(qEnvironmentVariableIntValue("OUTREACH_PROPERTY_SEED", &ok));
        if (!ok)
            firstSeed = 20260608;
        const QDateTime start(QDate(2026, 1, 5), QTime(0, 0), QTimeZone::utc());
        JobWorld world(start);
        QVERIFY(world.startEngine());
        QMap<QString, int>& seen = m_seen;
        for (int k = first; k < first + count; ++k) {
            const quint32 seed = firstSeed + quint32(k);
            QRandomGenerator rng(seed);
            // Worlds follow each other in time (8 days apart), so the engine's clock never
            // goes back.
            const qint64 t0 = start.toMSecsSinceEpoch() + k * 8 * kDayMs;
            world.setNow(QDateTime::fromMSecsSinceEpoch(t0, QTimeZone::utc()));
            QList<WorldUser> users = buildWorld(world, rng, k, t0);
            const QString simulated = simulate(world, rng, users, t0);
            QVERIFY2(simulated.isEmpty(),
                     qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(simulated)));
            const QString messages = WorldInvariants::checkMessages(world, smtp.outputDir(), users);
            QVERIFY2(messages.isEmpty(),
                     qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(messages)));
            for (const WorldUser& wu : std::as_const(users)) {
                const QString problem = WorldInvariants::checkUser(world, wu);
                QVERIFY2(problem.isEmpty(),
                         qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(problem)));
            }
            for (const WorldUser& wu : std::as_const(users)) {
                for (const OutboxMessage& row : world.outbox(wu.user.id))
                    ++seen[row.kind + QLatin1Char(' ') + row.status];
                for (const Campaign& c : wu.campaigns)
                    if (world.campaignOf(wu.user.id, c.id).status == QLatin1String("completed"))
                        ++seen[QStringLiteral("campaign completed")];
                for (const Lead& lead : world.leads(wu.user.id))
                    ++seen[QStringLiteral("lead ") + lead.status];
            }
            // The next world starts from an empty agency: every run reads all users, and the
            // users of 50 worlds would turn each run into a hundred skipped rows.
            for (const WorldUser& wu : std::as_const(users))
                QVERIFY(world.scalar(QStringLiteral("DELETE FROM users WHERE id = :u RETURNING id"),
                                     {{QStringLiteral(":u"), wu.user.id}}) == wu.user.id);
        }
        if (first + count < m_worlds)
            return;
        QStringList summary;
        for (auto it = seen.cbegin(); it != seen.cend(); ++it)
            summary << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
        qDebug().noquote() << m_worlds << "worlds:" << summary.join(QStringLiteral(", "));
        // The worlds reached every path the invariants are about.
        if (m_worlds >= 50)
            for (const char* path :
                 {"initial sent", "followup1 sent", "followup2 sent", "initial failed",
                  "lead bounced", "lead replied", "campaign completed"})
                QVERIFY2(seen.value(QLatin1String(path)) > 0, path);
    }

    // The worlds are run in four batches, each its own test function (QtTest limits the time
    // of one function), each on a fresh database: batch `index` of 4.
    void runBatch(int index) {
        bool ok = false;
        m_worlds = qEnvironmentVariableIntValue("OUTREACH_PROPERTY_WORLDS", &ok);
        if (!ok || m_worlds < 1)
            m_worlds = 200;
        const int batch = (m_worlds + kBatches - 1) / kBatches;
        const int first = index * batch;
        const int count = qMin(batch, m_worlds - first);
        if (count <= 0)
            QSKIP("no worlds left for this batch");
        runWorlds(first, count);
    }

private Q_SLOTS:
    void initTestCase() {
        qputenv("OUTREACH_TEST_LEAD_KEY", "property-key");
        QVERIFY2(api.start({QStringLiteral("--key"), QStringLiteral("property-key")}),
                 qPrintable(api.error()));
        QVERIFY2(smtp.start({QStringLiteral("--rcpt-reply"),
                             QStringLiteral("bounce-=550 5.1.1 No such user"),
                             QStringLiteral("--rcpt-reply"),
                             QStringLiteral("later-=451 4.2.0 Try again later")}),
                 qPrintable(smtp.error()));
    }

    void randomWorldsFirstQuarter() { runBatch(0); }
    void randomWorldsSecondQuarter() { runBatch(1); }
    void randomWorldsThirdQuarter() { runBatch(2); }
    void randomWorldsLastQuarter() { runBatch(3); }
};

QTEST_GUILESS_MAIN(TestJobsProperties)
#include "tst_jobs_properties.moc"
