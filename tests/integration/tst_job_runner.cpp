#include "EngineHarness.h"
#include "store/LogRepository.h"
#include "store/OutboxRepository.h"
#include "store/UserRepository.h"
#include "store/UserScope.h"

#include <QSignalSpy>
#include <QtTest>

using namespace outreach;
using outreach::test::EngineHarness;

// The per-user runner (SPEC §3 rules 1-8, 13, 14) through the real Engine on SQLite and
// PostgreSQL: what the admin sees in the run history, the per-user rows and the log.
class TestJobRunner : public QObject {
    Q_OBJECT

    std::unique_ptr<EngineHarness> h;

    static RunRequest request(const QString& job, std::optional<qint64> user = std::nullopt) {
        RunRequest r;
        r.job = job;
        r.userId = user;
        return r;
    }

private Q_SLOTS:
    void init() {
        h = std::make_unique<EngineHarness>();
        QVERIFY(h->startEngine());
    }
    void cleanup() { h.reset(); }

    void startingTheEngineListsAbandonedSendsAsUnknown() {
        // A message another engine moved to 'sending' and then died with: once its lease has
        // run out, the next engine start must show it to the admin, never resend it.
        const qint64 a = h->addUser(QStringLiteral("a@example.test"), QStringLiteral("Ann"));
        UserScope scope = *UserScope::open(h->database(), h->clock(), a);
        OutboxMessage draft;
        draft.kind = QStringLiteral("initial");
        draft.toAddress = QStringLiteral("lead@example.test");
        draft.subject = QStringLiteral("Hello");
        draft.bodyText = QStringLiteral("Body");
        const qint64 id = (*scope.outbox().enqueue(draft))->id;
        const qint64 leaseEnd = h->clock().nowMs() + 60000;
        QCOMPARE(scope.outbox().claimDue(QStringLiteral("dead"), 50, leaseEnd)->size(), 1);
        QVERIFY(scope.outbox().markSending(id, QStringLiteral("dead"), leaseEnd).ok());

        QVERIFY(h->stopEngine());
        QVERIFY(h->startEngine()); // the dead engine's lease still runs: hands off
        QCOMPARE(scope.outbox().find(id)->status, QStringLiteral("sending"));

        QVERIFY(h->stopEngine());
        h->clock().advanceMs(120000);
        QVERIFY(h->startEngine());
        QCOMPARE(scope.outbox().find(id)->status, QStringLiteral("unknown"));
        QCOMPARE(scope.outbox().claimDue(QStringLiteral("next"), 50, leaseEnd + 600000)->size(), 0);
    }

    void failingUserIsIsolatedAndLogged() {
        const qint64 a = h->addUser(QStringLiteral("a@example.test"), QStringLiteral("Ann"));
        const qint64 b = h->addUser(QStringLiteral("b@example.test"), QStringLiteral("Bob [fail]"));
        const qint64 c = h->addUser(QStringLiteral("c@example.test"), QStringLiteral("Cy"));
        const JobRun run = h->runAndWait(request(QStringLiteral("test-write")));
        QVERIFY2(run.id > 0, qPrintable(h->lastRefusal()));
        QCOMPARE(run.status, QStringLiteral("partial"));
        QCOMPARE(run.usersTotal, 3);
        QCOMPARE(run.usersDone, 2);
        QCOMPARE(run.usersFailed, 1);
        QCOMPARE(run.error, QStringLiteral("1 of 3 users failed"));
        QVERIFY(run.summary().contains(QStringLiteral("1 of 3 users failed")));
        QCOMPARE(h->rowOf(run.id, a).status, QStringLiteral("succeeded"));
        QCOMPARE(h->rowOf(run.id, c).status, QStringLiteral("succeeded"));
        const JobRunUser failed = h->rowOf(run.id, b);
        QCOMPARE(failed.status, QStringLiteral("failed"));
        QCOMPARE(failed.error, QStringLiteral("the test job fails for this user by design"));
        QCOMPARE(failed.userEmail, QStringLiteral("b@example.test"));
        // A and C got their side effect; B none.
        QCOMPARE(h->effectRowsOf(a), 1);
        QCOMPARE(h->effectRowsOf(b), 0);
        QCOMPARE(h->effectRowsOf(c), 1);
        // The stored run row says the same as the signal.
        QCOMPARE(h->scalar(
                     QStringLiteral("SELECT users_failed FROM job_runs WHERE id = %1").arg(run.id)),
                 1);

        // Every record written inside a user's unit carries that user's id and email, the job
        // and the run; the failure itself is in the log too.
        LogFilter filter;
        filter.runId = run.id;
        filter.limit = 1000;
        Result<QList<LogRecord>> records = LogRepository(h->database()).query(filter);
        QVERIFY(records.ok());
        const QHash<qint64, QString> emails{{a, QStringLiteral("a@example.test")},
                                            {b, QStringLiteral("b@example.test")},
                                            {c, QStringLiteral("c@example.test")}};
        QSet<qint64> seen;
        bool failureLogged = false;
        for (const LogRecord& r : *records) {
            QCOMPARE(r.job, QStringLiteral("test-write"));
            QCOMPARE(r.runId.value_or(0), run.id);
            if (r.message == QLatin1String("writing the test row")) {
                QVERIFY(r.userId.has_value());
                QCOMPARE(r.userEmail, emails.value(*r.userId));
                seen.insert(*r.userId);
            }
            if (r.userId == b && r.level == QLatin1String("error") &&
                r.message.contains(QStringLiteral("fails for this user by design")))
                failureLogged = true;
        }
        QCOMPARE(seen, (QSet<qint64>{a, b, c}));
        QVERIFY(failureLogged);
    }

    void exceptionFailsOnlyThatUser() {
        const qint64 a =
            h->addUser(QStringLiteral("a@example.test"), QStringLiteral("Ann [throw]"));
        const qint64 b = h->addUser(QStringLiteral("b@example.test"), QStringLiteral("Bob"));
        const JobRun run = h->runAndWait(request(QStringLiteral("test-write")));
        QCOMPARE(run.status, QStringLiteral("partial"));
        const JobRunUser thrown = h->rowOf(run.id, a);
        QCOMPARE(thrown.status, QStringLiteral("failed"));
        QVERIFY2(thrown.error.contains(QStringLiteral("throws for this user by design")),
                 qPrintable(thrown.error));
        QCOMPARE(h->rowOf(run.id, b).status, QStringLiteral("succeeded"));
        QCOMPARE(h->effectRowsOf(b), 1);
    }

    void allUsersFailingFailsTheRun() {
        h->addUser(QStringLiteral("a@example.test"), QStringLiteral("Ann [fail]"));
        const JobRun run = h->runAndWait(request(QStringLiteral("test-write")));
        QCOMPARE(run.status, QStringLiteral("failed"));
        QCOMPARE(run.error, QStringLiteral("1 of 1 users failed"));
    }

    void pausedAndDisabledUsersAreSkipped() {
        const qint64 a = h->addUser(QStringLiteral("a@example.test"), QStringLiteral("Ann"));
        const qint64 p = h->addUser(QStringLiteral("p@example.test"), QStringLiteral("Pat"),
                                    QStringLiteral("paused"));
        const qint64 d = h->addUser(QStringLiteral("d@example.test"), QStringLiteral("Dee"),
                                    QStringLiteral("disabled"));
        const JobRun run = h->runAndWait(request(QStringLiteral("test-write")));
        QCOMPARE(run.status, QStringLiteral("succeeded"));
        QCOMPARE(run.usersTotal, 3);
        QCOMPARE(run.usersDone, 1);
        QCOMPARE(run.usersSkipped, 2);
        QCOMPARE(h->rowOf(run.id, p).status, QStringLiteral("skipped"));
        QCOMPARE(h->rowOf(run.id, p).note, QStringLiteral("user paused"));
        QCOMPARE(h->rowOf(run.id, d).status, QStringLiteral("skipped"));
        QCOMPARE(h->rowOf(run.id, d).note, QStringLiteral("user disabled"));
        QCOMPARE(h->effectRowsOf(a), 1);
        QCOMPARE(h->effectRowsOf(p), 0);
        QCOMPARE(h->effectRowsOf(d), 0);
    }

    void pacingIsObservedThroughTheClock() {
        const qint64 a = h->addUser(QStringLiteral("a@example.test"), QStringLiteral("Ann"));
        const qint64 b = h->addUser(QStringLiteral("b@example.test"), QStringLiteral("Bob"));
        const qint64 c = h->addUser(QStringLiteral("c@example.test"), QStringLiteral("Cy"));
        const qint64 before = h->clock().nowMs();
        QElapsedTimer real;
        real.start();
        const JobRun run = h->runAndWait(request(QStringLiteral("test-write")));
        QCOMPARE(run.status, QStringLiteral("succeeded"));
        // test-write's default pacing is 1000 ms: each next user starts one pause after the
        // previous one finished, on the engine clock, and the run took 2 pauses in all.
        const JobRunUser ra = h->rowOf(run.id, a), rb = h->rowOf(run.id, b),
                         rc = h->rowOf(run.id, c);
        QCOMPARE(rb.startedAt - *ra.finishedAt, 1000);
        QCOMPARE(rc.startedAt - *rb.finishedAt, 1000);
        QCOMPARE(*run.finishedAt - run.startedAt, 2000);
        QCOMPARE(h->clock().nowMs() - before, 2000);
        // The pauses passed on the engine clock, not on the wall: no second of real waiting.
        QVERIFY2(real.elapsed() < 1000, qPrintable(QString::number(real.elapsed())));

        // Pacing is a per-job setting the admin can change.
        QSignalSpy changed(h->engine(), &Engine::jobChanged);
        h->engine()->configureJob(QStringLiteral("test-write"), 250, -1, QStringLiteral("faster"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().value<JobInfo>().pacingMs, 250);
        const JobRun second = h->runAndWait(request(QStringLiteral("test-write")));
        QCOMPARE(h->rowOf(second.id, b).startedAt - *h->rowOf(second.id, a).finishedAt, 250);
    }

    void cancellationStopsBetweenUnitsWithConsistentRows() {
        QList<qint64> ids;
        for (int i = 0; i < 4; ++i)
            ids << h->addUser(QStringLiteral("u%1@example.test").arg(i),
                              QStringLiteral("U%1").arg(i));
        // Cancel as soon as the first user's unit has finished (between units).
        QObject::connect(h->engine(), &Engine::userFinished, h->engine(),
                         [this](qint64 runId, const JobRunUser& outcome) {
                             if (outcome.status == QLatin1String("succeeded"))
                                 h->engine()->cancelRun(runId, QStringLiteral("test cancel"));
                         });
        const JobRun run = h->runAndWait(request(QStringLiteral("test-steps")));
        QCOMPARE(run.status, QStringLiteral("cancelled"));
        QCOMPARE(run.usersTotal, 4);
        QCOMPARE(run.usersDone, 1);
        QCOMPARE(run.usersFailed, 0);
        QCOMPARE(run.usersCancelled(), 3);
        QCOMPARE(run.items, 3); // the first user's three steps
        const QList<JobRunUser> rows = h->usersOf(run.id);
        QCOMPARE(rows.size(), 4); // one row per user, none left "running"
        int cancelledRows = 0;
        for (const JobRunUser& row : rows) {
            QVERIFY(row.finishedAt.has_value());
            QVERIFY(row.status != QLatin1String("running"));
            if (row.status == QLatin1String("cancelled"))
                ++cancelledRows;
        }
        QCOMPARE(cancelledRows, 3);
        QCOMPARE(h->rowOf(run.id, ids[0]).status, QStringLiteral("succeeded"));
        // The stored row agrees, the lease is free and only the finished unit's key is done.
        QCOMPARE(h->scalar(QStringLiteral("SELECT COUNT(*) FROM job_runs WHERE status = "
                                          "'cancelled' AND finished_at IS NOT NULL")),
                 1);
        QCOMPARE(h->scalar(QStringLiteral("SELECT COUNT(*) FROM job_leases")), 0);
        QCOMPARE(
            h->scalar(QStringLiteral("SELECT COUNT(*) FROM job_unit_keys WHERE status = 'done'")),
            1);
        QCOMPARE(h->scalar(
                     QStringLiteral("SELECT COUNT(*) FROM job_unit_keys WHERE status = 'claimed'")),
                 0);
        // The cancel was audited.
        QCOMPARE(h->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                          "'run.cancel' AND reason = 'test cancel'")),
                 1);
    }

    void progressIsReportedLive() {
        h->addUser(QStringLiteral("a@example.test"), QStringLiteral("Ann"));
        h->addUser(QStringLiteral("b@example.test"), QStringLiteral("Bob"));
        QSignalSpy progress(h->engine(), &Engine::runProgress);
        const JobRun run = h->runAndWait(request(QStringLiteral("test-steps")));
        QCOMPARE(run.items, 6);
        QVERIFY(progress.count() >= 3);
        const RunProgress last = progress.last().first().value<RunProgress>();
        QCOMPARE(last.usersHandled, 2);
        QCOMPARE(last.usersTotal, 2);
        QCOMPARE(last.items, 6);
        bool sawCurrentUser = false;
        for (const QList<QVariant>& args : progress)
            if (!args.first().value<RunProgress>().currentUserEmail.isEmpty())
                sawCurrentUser = true;
        QVERIFY(sawCurrentUser);
    }

    void retryRunsOnlyTheFailedUsers() {
        const qint64 a = h->addUser(QStringLiteral("a@example.test"), QStringLiteral("Ann"));
        const qint64 b = h->addUser(QStringLiteral("b@example.test"), QStringLiteral("Bob [fail]"));
        const qint64 c = h->addUser(QStringLiteral("c@example.test"), QStringLiteral("Cy"));
        const JobRun first = h->runAndWait(request(QStringLiteral("test-write")));
        QCOMPARE(first.usersFailed, 1);
        // The admin fixes what made B fail, then retries.
        const UserRepository users(h->database(), h->clock());
        User fixed = *users.find(b);
        fixed.name = QStringLiteral("Bob");
        QVERIFY(users.update(fixed).ok());
        const JobRun retry = h->retryAndWait(first.id);
        QVERIFY2(retry.id > 0, qPrintable(h->lastRefusal()));
        QCOMPARE(retry.trigger, QStringLiteral("retry"));
        QCOMPARE(retry.retryOf.value_or(0), first.id);
        QCOMPARE(retry.occurrenceKey, first.occurrenceKey);
        QCOMPARE(retry.status, QStringLiteral("succeeded"));
        const QList<JobRunUser> rows = h->usersOf(retry.id);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().userId, b);
        QCOMPARE(h->effectRowsOf(a), 1);
        QCOMPARE(h->effectRowsOf(b), 1);
        QCOMPARE(h->effectRowsOf(c), 1);
        // Nothing failed any more: a second retry of the retry is refused as bad input.
        h->retryAndWait(retry.id);
        QVERIFY(h->lastRefusal().contains(QStringLiteral("no failed users")));
    }

    void sameOccurrenceRepeatsNoSideEffect() {
        const qint64 a = h->addUser(QStringLiteral("a@example.test"), QStringLiteral("Ann"));
        const qint64 b = h->addUser(QStringLiteral("b@example.test"), QStringLiteral("Bob [fail]"));
        RunRequest r = request(QStringLiteral("test-write"));
        r.occurrenceAt =
            QDateTime(QDate(2026, 6, 10), QTime(9, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        const JobRun first = h->runAndWait(r);
        QCOMPARE(first.occurrenceKey, QStringLiteral("2026-06-10T09:00:00Z"));
        QCOMPARE(h->effectRowsOf(a), 1);
        // The same occurrence triggered again: A is already done and is skipped (no second
        // row although the job would write one per run); B's failed attempt may be redone.
        const UserRepository users(h->database(), h->clock());
        User fixed = *users.find(b);
        fixed.name = QStringLiteral("Bob");
        QVERIFY(users.update(fixed).ok());
        const JobRun second = h->runAndWait(r);
        QCOMPARE(second.status, QStringLiteral("succeeded"));
        QCOMPARE(h->rowOf(second.id, a).status, QStringLiteral("skipped"));
        QCOMPARE(h->rowOf(second.id, a).note,
                 QStringLiteral("already done for this occurrence (run #%1)").arg(first.id));
        QCOMPARE(h->rowOf(second.id, b).status, QStringLiteral("succeeded"));
        QCOMPARE(h->effectRowsOf(a), 1);
        QCOMPARE(h->effectRowsOf(b), 1);
        // A third trigger changes nothing for anyone.
        const JobRun third = h->runAndWait(r);
        QCOMPARE(third.usersSkipped, 2);
        QCOMPARE(h->effectRowsOf(a), 1);
        QCOMPARE(h->effectRowsOf(b), 1);
        // A fresh manual run is a new occurrence and does its work again.
        const JobRun fresh = h->runAndWait(request(QStringLiteral("test-write")));
        QCOMPARE(fresh.usersDone, 2);
        QCOMPARE(h->effectRowsOf(a), 2);
    }

    void oneUserByHandAndForcingAPausedUser() {
        const qint64 a = h->addUser(QStringLiteral("a@example.test"), QStringLiteral("Ann"));
        const qint64 p = h->addUser(QStringLiteral("p@example.test"), QStringLiteral("Pat"),
                                    QStringLiteral("paused"));
        const JobRun one = h->runAndWait(request(QStringLiteral("test-write"), a));
        QCOMPARE(one.usersTotal, 1);
        QCOMPARE(one.targetUserId.value_or(0), a);
        QCOMPARE(h->effectRowsOf(a), 1);
        // A paused user is refused without force...
        QCOMPARE(h->runAndWait(request(QStringLiteral("test-write"), p)).id, 0);
        QVERIFY2(h->lastRefusal().contains(QStringLiteral("--force")),
                 qPrintable(h->lastRefusal()));
        QCOMPARE(h->effectRowsOf(p), 0);
        // ...and run with it, audited with the reason.
        RunRequest forced = request(QStringLiteral("test-write"), p);
        forced.force = true;
        forced.reason = QStringLiteral("client asked");
        const JobRun run = h->runAndWait(forced);
        QCOMPARE(run.status, QStringLiteral("succeeded"));
        QVERIFY(run.forced);
        QCOMPARE(h->rowOf(run.id, p).note, QStringLiteral("forced: the user is paused"));
        QCOMPARE(h->effectRowsOf(p), 1);
        QCOMPARE(h->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                          "'job.run-forced' AND reason = 'client asked' AND "
                                          "user_id = %1")
                               .arg(p)),
                 1);
        // A forced all-users run still skips paused users (force is for named users only).
        RunRequest all = request(QStringLiteral("test-write"));
        all.force = true;
        QCOMPARE(h->rowOf(h->runAndWait(all).id, p).status, QStringLiteral("skipped"));
    }

    void pausingOneJobForOneUser() {
        const qint64 a = h->addUser(QStringLiteral("a@example.test"), QStringLiteral("Ann"));
        const qint64 b = h->addUser(QStringLiteral("b@example.test"), QStringLiteral("Bob"));
        h->engine()->pauseJobForUser(QStringLiteral("test-write"), b, QStringLiteral("holiday"));
        const JobRun write = h->runAndWait(request(QStringLiteral("test-write")));
        QCOMPARE(h->rowOf(write.id, b).status, QStringLiteral("skipped"));
        QCOMPARE(h->rowOf(write.id, b).note, QStringLiteral("job paused for this user"));
        QCOMPARE(h->effectRowsOf(a), 1);
        QCOMPARE(h->effectRowsOf(b), 0);
        // Other jobs still run for B.
        const JobRun steps = h->runAndWait(request(QStringLiteral("test-steps")));
        QCOMPARE(h->rowOf(steps.id, b).status, QStringLiteral("succeeded"));
        h->engine()->resumeJobForUser(QStringLiteral("test-write"), b, QString());
        const JobRun again = h->runAndWait(request(QStringLiteral("test-write")));
        QCOMPARE(h->rowOf(again.id, b).status, QStringLiteral("succeeded"));
        QCOMPARE(h->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action IN "
                                          "('job.pause-user', 'job.resume-user')")),
                 2);
    }

    void unknownJobAndUserAreRefused() {
        QCOMPARE(h->runAndWait(request(QStringLiteral("no-such-job"))).id, 0);
        QVERIFY(h->lastRefusal().contains(QStringLiteral("no job named 'no-such-job'")));
        QCOMPARE(h->runAndWait(request(QStringLiteral("test-write"), 4242)).id, 0);
        QVERIFY(h->lastRefusal().contains(QStringLiteral("no user with id 4242")));
        QCOMPARE(h->scalar(QStringLiteral("SELECT COUNT(*) FROM job_runs")), 0);
    }
};

QTEST_GUILESS_MAIN(TestJobRunner)
#include "tst_job_runner.moc"
