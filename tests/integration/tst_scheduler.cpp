#include "EngineHarness.h"
#include "store/JobSettingsRepository.h"
#include "store/OccurrenceRepository.h"

#include <QFile>
#include <QSignalSpy>
#include <QtTest>

using namespace outreach;
using outreach::test::EngineHarness;

// The scheduler (SPEC §3.10, 3.12, 3.13) with the real Engine and a manual clock: fires on
// time, catch-up after downtime or sleep, a recorded decision for every fire.
class TestScheduler : public QObject {
    Q_OBJECT

    std::unique_ptr<EngineHarness> h;
    static constexpr qint64 kHour = 60 * 60 * 1000;

    QList<JobOccurrence> occurrences(const QString& job) {
        Result<QList<JobOccurrence>> list =
            OccurrenceRepository(h->database(), h->clock()).list(job, 100);
        return list ? *list : QList<JobOccurrence>{};
    }
    qint64 runsOf(const QString& job, const QString& trigger = {}) {
        return h->scalar(
            QStringLiteral("SELECT COUNT(*) FROM job_runs WHERE job = '%1'%2")
                .arg(job, trigger.isEmpty()
                              ? QString()
                              : QStringLiteral(" AND trigger_kind = '%1'").arg(trigger)));
    }
    void advance(qint64 ms) { h->clock().advanceMs(ms); }

private Q_SLOTS:
    void init() {
        h = std::make_unique<EngineHarness>();
        h->addUser(QStringLiteral("a@example.test"), QStringLiteral("Ann"));
        h->addUser(QStringLiteral("b@example.test"), QStringLiteral("Bob"));
    }
    void cleanup() { h.reset(); }

    void catchUpAfterADayOfDowntimeRunsEachJobOnce() {
        // 09:07 on a Wednesday: the engine sees the jobs for the first time, then stops.
        QVERIFY(h->startEngine(true));
        QCOMPARE(runsOf(QStringLiteral("test-write")), 0);
        QVERIFY(h->stopEngine());
        // A day later the workstation is switched on again.
        advance(24 * kHour);
        QVERIFY(h->startEngine(true));
        const QList<JobRun> runs = h->waitForRuns(2);
        QCOMPARE(runs.size(), 2);
        // Each scheduled job ran exactly once, as a catch-up, for its latest missed fire; the
        // yearly test-gate had no fire in that day and did not run.
        QCOMPARE(runsOf(QStringLiteral("test-write")), 1);
        QCOMPARE(runsOf(QStringLiteral("test-steps")), 1);
        QCOMPARE(runsOf(QStringLiteral("test-write"), QStringLiteral("catch-up")), 1);
        QCOMPARE(runsOf(QStringLiteral("test-steps"), QStringLiteral("catch-up")), 1);
        QCOMPARE(runsOf(QStringLiteral("test-gate")), 0);
        for (const JobRun& run : runs) {
            QCOMPARE(run.status, QStringLiteral("succeeded"));
            QCOMPARE(run.usersDone, 2);
        }
        // Every fire of the day has a decision: 96 quarter-hours of test-write, 24 hours of
        // test-steps: the latest ran, the others were merged into that run.
        const QList<JobOccurrence> write = occurrences(QStringLiteral("test-write"));
        QCOMPARE(write.size(), 2);
        QCOMPARE(write[0].decision, QStringLiteral("ran"));
        QCOMPARE(write[0].scheduledAt,
                 QDateTime(QDate(2026, 6, 11), QTime(9, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        QCOMPARE(write[1].decision, QStringLiteral("merged"));
        QCOMPARE(write[1].fireCount, 95);
        QCOMPARE(write[1].runId, write[0].runId);
        QVERIFY(write[0].reason.contains(QStringLiteral("not running")));
        const QList<JobOccurrence> steps = occurrences(QStringLiteral("test-steps"));
        QCOMPARE(steps.size(), 2);
        QCOMPARE(steps[0].fireCount + steps[1].fireCount, 24);
        // Looking again right away decides nothing new and runs nothing.
        h->engine()->checkSchedule();
        QCOMPARE(runsOf(QStringLiteral("test-write")), 1);
        QCOMPARE(occurrences(QStringLiteral("test-write")).size(), 2);
    }

    void firesOlderThanTheGracePeriodAreRecordedAsMissed() {
        QVERIFY(h->startEngine(true));
        h->engine()->configureJob(QStringLiteral("test-steps"), -1, 6 * kHour, QString());
        QVERIFY(h->stopEngine());
        advance(30 * kHour); // 09:07 -> 15:07 the next day
        QVERIFY(h->startEngine(true));
        h->waitForRuns(2);
        const QList<JobOccurrence> steps = occurrences(QStringLiteral("test-steps"));
        QCOMPARE(steps.size(), 3);
        QCOMPARE(steps[0].decision, QStringLiteral("ran"));    // 15:00
        QCOMPARE(steps[1].decision, QStringLiteral("merged")); // 10:00 .. 14:00
        QCOMPARE(steps[1].fireCount, 5);
        QCOMPARE(steps[2].decision, QStringLiteral("missed")); // 10:00 .. 09:00 next day
        QCOMPARE(steps[2].fireCount, 24);
        QVERIFY(!steps[2].runId.has_value());
        QVERIFY(steps[2].reason.contains(QStringLiteral("grace period")));
        QCOMPARE(runsOf(QStringLiteral("test-steps")), 1);

        // "Run this missed one now": runs that fire's occurrence and links the row to it.
        const JobOccurrence missed = steps[2];
        QSignalSpy accepted(h->engine(), &Engine::runAccepted);
        h->engine()->runOccurrence(7, missed.id, QStringLiteral("catch up by hand"));
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(accepted.first().at(0).toULongLong(), 7u);
        const JobRun byHand = accepted.first().at(1).value<JobRun>();
        QCOMPARE(byHand.occurrenceAt.value_or(0), missed.lastAt);
        h->waitForRuns(1);
        QCOMPARE(occurrences(QStringLiteral("test-steps"))[2].runId.value_or(0), byHand.id);
        // Doing it again repeats nothing: both users are already done for that occurrence.
        h->engine()->runOccurrence(8, missed.id, QString());
        const JobRun again = h->waitForRuns(1).value(0);
        QCOMPARE(again.usersSkipped, 2);
        QCOMPARE(again.usersDone, 0);
    }

    void onTimeFireRunsAsScheduled() {
        QVERIFY(h->startEngine(true));
        advance(8 * 60 * 1000 + 5000); // 09:07 -> 09:15:05
        h->engine()->checkSchedule();
        const JobRun run = h->waitForRuns(1).value(0);
        QCOMPARE(run.job, QStringLiteral("test-write"));
        QCOMPARE(run.trigger, QStringLiteral("schedule"));
        QCOMPARE(run.occurrenceKey, QStringLiteral("2026-06-10T09:15:00Z"));
        const QList<JobOccurrence> write = occurrences(QStringLiteral("test-write"));
        QCOMPARE(write.size(), 1);
        QCOMPARE(write[0].decision, QStringLiteral("ran"));
        QCOMPARE(write[0].runId.value_or(0), run.id);
    }

    void pausedJobFiresAreSkippedAndRecorded() {
        QVERIFY(h->startEngine(true));
        h->engine()->pauseJob(QStringLiteral("test-write"), QStringLiteral("maintenance"));
        advance(8 * 60 * 1000 + 5000 - 15 * 60 * 1000); // each look is 5 s after a fire
        for (int i = 0; i < 3; ++i) {
            advance(15 * 60 * 1000);
            h->engine()->checkSchedule();
        }
        QCOMPARE(runsOf(QStringLiteral("test-write")), 0);
        const QList<JobOccurrence> write = occurrences(QStringLiteral("test-write"));
        // Consecutive skips for the same reason share one row.
        QCOMPARE(write.size(), 1);
        QCOMPARE(write[0].decision, QStringLiteral("skipped"));
        QCOMPARE(write[0].fireCount, 3);
        QCOMPARE(write[0].reason, QStringLiteral("job paused: maintenance"));
        h->engine()->resumeJob(QStringLiteral("test-write"), QString());
        advance(15 * 60 * 1000);
        h->engine()->checkSchedule();
        QCOMPARE(h->waitForRuns(1).value(0).trigger, QStringLiteral("schedule"));
        QCOMPARE(occurrences(QStringLiteral("test-write")).first().decision, QStringLiteral("ran"));
    }

    void fireWhileRunningIsSkippedAsAlreadyRunning() {
        QTemporaryDir dir;
        const QString gate = dir.filePath(QStringLiteral("gate"));
        qputenv("OUTREACH_TEST_GATE", gate.toUtf8());
        QVERIFY(h->startEngine(true));
        QSignalSpy changed(h->engine(), &Engine::jobChanged);
        h->engine()->setJobSchedule(QStringLiteral("test-gate"), QStringLiteral("* * * * *"),
                                    QStringLiteral("UTC"), QString());
        QCOMPARE(changed.count(), 1);
        RunRequest manual;
        manual.job = QStringLiteral("test-gate");
        Result<JobRun> holding = h->engine()->startRun(manual);
        QVERIFY(holding.ok());
        QTRY_VERIFY(QFile::exists(gate + QStringLiteral(".entered-1")));
        advance(60 * 1000);
        h->engine()->checkSchedule();
        const QList<JobOccurrence> list = occurrences(QStringLiteral("test-gate"));
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].decision, QStringLiteral("skipped"));
        QCOMPARE(list[0].reason, QStringLiteral("already running"));
        QFile(gate).open(QIODevice::WriteOnly);
        const JobRun finished = h->waitForRuns(1).value(0);
        QCOMPARE(finished.id, holding->id);
        QCOMPARE(runsOf(QStringLiteral("test-gate")), 1);
        qunsetenv("OUTREACH_TEST_GATE");
    }

    void wallClockJumpAfterSleepCatchesUp() {
        QVERIFY(h->startEngine(true));
        // The engine keeps running; the machine sleeps 3 hours: the clock jumps, the monotonic
        // timer does not.
        advance(3 * kHour);
        h->engine()->checkSchedule();
        const QList<JobRun> runs = h->waitForRuns(2);
        QCOMPARE(runs.size(), 2);
        for (const JobRun& run : runs)
            QCOMPARE(run.trigger, QStringLiteral("catch-up"));
        const QList<JobOccurrence> write = occurrences(QStringLiteral("test-write"));
        QCOMPARE(write[0].decision, QStringLiteral("ran"));
        QVERIFY2(write[0].reason.contains(QStringLiteral("asleep")), qPrintable(write[0].reason));
        QCOMPARE(write[1].decision, QStringLiteral("merged"));
        QCOMPARE(write[1].fireCount, 11); // 09:15 .. 11:45, then 12:00 ran
    }

    void scheduleEditsAreValidatedAndDoNotFloodCatchUp() {
        QVERIFY(h->startEngine(true));
        QSignalSpy failed(h->engine(), &Engine::operationFailed);
        h->engine()->setJobSchedule(QStringLiteral("test-steps"), QStringLiteral("0 25 * * *"),
                                    QStringLiteral("UTC"), QString());
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("hour")));
        h->engine()->setJobSchedule(QStringLiteral("test-steps"), QStringLiteral("0 9 * * *"),
                                    QStringLiteral("Mars/Olympus"), QString());
        QCOMPARE(failed.count(), 2);
        QVERIFY(failed.last().first().toString().contains(QStringLiteral("tz")));
        QSignalSpy changed(h->engine(), &Engine::jobChanged);
        h->engine()->setJobSchedule(QStringLiteral("test-steps"), QStringLiteral("*/5 * * * *"),
                                    QStringLiteral("Europe/Berlin"), QStringLiteral("busier"));
        QCOMPARE(changed.count(), 1);
        const JobInfo info = changed.first().first().value<JobInfo>();
        QCOMPARE(info.schedule, QStringLiteral("*/5 * * * *"));
        QCOMPARE(info.timeZone, QStringLiteral("Europe/Berlin"));
        QCOMPARE(info.nextRuns.value(0),
                 QDateTime(QDate(2026, 6, 10), QTime(9, 10), QTimeZone::utc()).toMSecsSinceEpoch());
        // Fires of the new schedule before the edit are not "missed".
        advance(60 * 1000);
        h->engine()->checkSchedule();
        QCOMPARE(occurrences(QStringLiteral("test-steps")).size(), 0);
        QCOMPARE(h->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                          "'job.schedule' AND reason = 'busier'")),
                 1);
    }

    void twoEnginesOnOneDatabaseDecideEachFireOnce() {
        QVERIFY(h->startEngine(true));
        // A second engine instance (another process in production) on the same database.
        EngineOptions options;
        options.database = &h->database();
        options.clock = &h->clock();
        options.manualClock = &h->clock();
        auto registry = std::make_shared<JobRegistry>();
        JobRegistry::addTestJobs(*registry);
        options.registry = registry;
        options.pruneHistory = false;
        Engine other(options);
        QSignalSpy otherFinished(&other, &Engine::runFinished);
        other.start();
        advance(8 * 60 * 1000 + 5000);
        other.checkSchedule();
        h->engine()->checkSchedule();
        QTRY_COMPARE(otherFinished.count(), 1);
        QCOMPARE(runsOf(QStringLiteral("test-write")), 1);
        QCOMPARE(occurrences(QStringLiteral("test-write")).size(), 1);
        QSignalSpy stopped(&other, &Engine::stopped);
        other.stop();
        QTRY_COMPARE(stopped.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
