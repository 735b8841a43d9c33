#include "TestDatabase.h"
#include "ViewerFeed.h"
#include "store/JobRunRepository.h"
#include "store/JobRunUserRepository.h"
#include "store/LogRepository.h"
#include "store/Sql.h"
#include "store/UserRepository.h"

#include <QSignalSpy>
#include <QtTest>

using namespace outreach;
using outreach::test::TestDatabase;

// Issue 6, "Engine in the console": a viewer console hears of the other engine's runs and log
// records through the database, each once, as its pages would hear of its own. The feed is
// polled by hand here; the console's timer does the same once a second.
class TestViewerFeed : public QObject {
    Q_OBJECT

    std::unique_ptr<TestDatabase> db;
    ManualClock clock{QDateTime(QDate(2026, 12, 4), QTime(9, 0), QTimeZone::utc())};

    JobRunRepository runs() { return JobRunRepository(db->database(), clock); }
    qint64 startRun(const QString& job, int usersTotal) {
        Result<qint64> id = runs().create(JobRun{.job = job,
                                                 .trigger = QStringLiteral("schedule"),
                                                 .usersTotal = usersTotal,
                                                 .owner = QStringLiteral("serve:other")});
        return id ? *id : -1;
    }
    JobRun run(qint64 id) {
        Result<JobRun> found = runs().find(id);
        return found ? *found : JobRun{};
    }
    bool log(const QString& message, std::optional<qint64> runId = {}) {
        return LogRepository(db->database())
            .insert({LogRecord{.at = clock.nowMs(),
                               .level = QStringLiteral("info"),
                               .job = QStringLiteral("daily-outreach"),
                               .runId = runId,
                               .message = message}})
            .ok();
    }
    static QStringList messages(const QSignalSpy& spy) {
        QStringList all;
        for (const QList<QVariant>& batch : spy)
            for (const LogRecord& r : batch.at(0).value<QList<LogRecord>>())
                all << r.message;
        return all;
    }

private Q_SLOTS:
    void init() { db = TestDatabase::create(); }
    void cleanup() {
        db->database().closeThreadConnection();
        db.reset();
    }

    void runsAreHeardOfOnceFromStartToEnd() {
        const qint64 before = startRun(QStringLiteral("daily-outreach"), 3);
        const qint64 older = startRun(QStringLiteral("weekly-report"), 1);
        JobRun done = run(older);
        done.status = QStringLiteral("succeeded");
        done.usersDone = 1;
        QVERIFY(runs().finish(done).ok());

        ViewerFeed feed(db->database(), clock);
        QSignalSpy started(&feed, &ViewerFeed::runStarted);
        QSignalSpy progress(&feed, &ViewerFeed::runProgress);
        QSignalSpy finished(&feed, &ViewerFeed::runFinished);
        QSignalSpy outcomes(&feed, &ViewerFeed::userFinished);
        feed.start();
        // What was stored before is not news: the pages read it themselves.
        QCOMPARE(started.count(), 0);
        QCOMPARE(finished.count(), 0);

        // A run that was already running when the viewer opened: its progress, the outcome of
        // each user as it is stored, and its end.
        Result<User> ann = UserRepository(db->database(), clock)
                               .add(User{.email = QStringLiteral("ann@example.test"),
                                         .name = QStringLiteral("Ann")});
        QVERIFY(ann);
        const JobRunUserRepository users(db->database());
        QVERIFY(users.add(JobRunUser{.runId = before,
                                     .userId = ann->id,
                                     .userEmail = ann->email,
                                     .status = QStringLiteral("failed"),
                                     .error = QStringLiteral("SMTP 535"),
                                     .startedAt = clock.nowMs(),
                                     .finishedAt = clock.nowMs()}));
        JobRun moving = run(before);
        moving.usersDone = 1;
        moving.usersFailed = 1;
        moving.items = 7;
        QVERIFY(runs().updateCounts(moving).ok());
        feed.poll();
        QCOMPARE(progress.count(), 1);
        const auto p = progress.at(0).at(0).value<RunProgress>();
        QCOMPARE(p.runId, before);
        QCOMPARE(p.usersHandled, 2);
        QCOMPARE(p.usersTotal, 3);
        QCOMPARE(p.usersFailed, 1);
        QCOMPARE(p.items, qint64(7));
        QCOMPARE(outcomes.count(), 1);
        QCOMPARE(outcomes.at(0).at(0).toLongLong(), before);
        const auto outcome = outcomes.at(0).at(1).value<JobRunUser>();
        QCOMPARE(outcome.userEmail, QStringLiteral("ann@example.test"));
        QCOMPARE(outcome.status, QStringLiteral("failed"));
        QCOMPARE(outcome.error, QStringLiteral("SMTP 535"));
        moving.items = 9; // it moves on; Ann's outcome is not told again
        QVERIFY(runs().updateCounts(moving).ok());
        feed.poll();
        QCOMPARE(progress.count(), 2);
        QCOMPARE(outcomes.count(), 1);
        feed.poll(); // nothing moved: nothing said
        QCOMPARE(progress.count(), 2);

        // A new run, then its end; and one that started and ended between two polls.
        const qint64 fresh = startRun(QStringLiteral("follow-up-checker"), 2);
        feed.poll();
        QCOMPARE(started.count(), 1);
        QCOMPARE(started.at(0).at(0).value<JobRun>().id, fresh);
        QCOMPARE(started.at(0).at(0).value<JobRun>().status, QStringLiteral("running"));
        const qint64 quick = startRun(QStringLiteral("reply-checker"), 1);
        JobRun quickDone = run(quick);
        quickDone.status = QStringLiteral("failed");
        quickDone.usersFailed = 1;
        quickDone.error = QStringLiteral("1 of 1 users failed");
        QVERIFY(runs().finish(quickDone).ok());
        moving.status = QStringLiteral("partial");
        moving.usersDone = 2;
        QVERIFY(runs().finish(moving).ok());
        feed.poll();
        QCOMPARE(started.count(), 2);
        QCOMPARE(started.at(1).at(0).value<JobRun>().id, quick);
        QCOMPARE(finished.count(), 2);
        QSet<qint64> ended;
        for (const QList<QVariant>& f : finished)
            ended.insert(f.at(0).value<JobRun>().id);
        QCOMPARE(ended, (QSet<qint64>{before, quick}));
        for (const QList<QVariant>& f : finished)
            if (f.at(0).value<JobRun>().id == quick)
                QCOMPARE(f.at(0).value<JobRun>().error, QStringLiteral("1 of 1 users failed"));

        JobRun freshDone = run(fresh);
        freshDone.status = QStringLiteral("succeeded");
        QVERIFY(runs().finish(freshDone).ok());
        feed.poll();
        feed.poll();
        QCOMPARE(started.count(), 2);
        QCOMPARE(finished.count(), 3);
        QCOMPARE(finished.at(2).at(0).value<JobRun>().id, fresh);
        QCOMPARE(finished.at(2).at(0).value<JobRun>().status, QStringLiteral("succeeded"));
    }

    void logRecordsAreHeardOfOnceInOrder() {
        QVERIFY(log(QStringLiteral("stored before the viewer opened")));
        ViewerFeed feed(db->database(), clock);
        QSignalSpy records(&feed, &ViewerFeed::logRecords);
        feed.start();
        QCOMPARE(records.count(), 0);

        QVERIFY(log(QStringLiteral("first")));
        QVERIFY(log(QStringLiteral("second"), 42));
        feed.poll();
        QCOMPARE(messages(records),
                 (QStringList{QStringLiteral("first"), QStringLiteral("second")}));
        feed.poll();
        QCOMPARE(records.count(), 1);

        // A burst larger than one read: all of it in the same poll, oldest first, none twice.
        QList<LogRecord> burst;
        for (int i = 0; i < ViewerFeed::kLogBatch + 1500; ++i)
            burst.append(LogRecord{.at = clock.nowMs(),
                                   .level = QStringLiteral("debug"),
                                   .message = QStringLiteral("burst %1").arg(i)});
        QVERIFY(LogRepository(db->database()).insert(burst).ok());
        records.clear();
        feed.poll();
        const QStringList heard = messages(records);
        QCOMPARE(heard.size(), burst.size());
        QCOMPARE(heard.first(), QStringLiteral("burst 0"));
        QCOMPARE(heard.last(), QStringLiteral("burst %1").arg(burst.size() - 1));
        QCOMPARE(QSet<QString>(heard.cbegin(), heard.cend()).size(), heard.size());

        // With PostgreSQL a record can become visible after one with a higher id (its
        // transaction committed later): it is still heard of, and the other not again.
        Result<qint64> max = LogRepository(db->database()).latestId();
        QVERIFY(max);
        auto insertWithId = [&](qint64 id, const QString& message) {
            Result<QSqlDatabase> c = db->database().connection();
            Sql insert(*c, QStringLiteral("INSERT INTO log_records (id, at, level, message) "
                                          "VALUES (:id, :at, 'info', :message)"));
            insert.bindInt(QStringLiteral(":id"), id)
                .bindInt(QStringLiteral(":at"), clock.nowMs())
                .bindText(QStringLiteral(":message"), message);
            return insert.exec().ok();
        };
        QVERIFY(insertWithId(*max + 100, QStringLiteral("committed first")));
        records.clear();
        feed.poll();
        QCOMPARE(messages(records), QStringList{QStringLiteral("committed first")});
        QVERIFY(insertWithId(*max + 50, QStringLiteral("committed late")));
        records.clear();
        feed.poll();
        QCOMPARE(messages(records), QStringList{QStringLiteral("committed late")});
    }

    void aDatabaseThatCannotBeReadIsToldOnceAndThenRecovers() {
        ViewerFeed feed(db->database(), clock);
        QSignalSpy records(&feed, &ViewerFeed::logRecords);
        feed.start();
        Result<QSqlDatabase> c = db->database().connection();
        QVERIFY(Sql(*c, QStringLiteral("ALTER TABLE log_records RENAME TO log_records_away"))
                    .exec()
                    .ok());
        feed.poll(); // fails: logged once as a warning, nothing heard, nothing thrown
        feed.poll();
        QCOMPARE(records.count(), 0);
        QVERIFY(Sql(*c, QStringLiteral("ALTER TABLE log_records_away RENAME TO log_records"))
                    .exec()
                    .ok());
        QVERIFY(log(QStringLiteral("after the outage")));
        feed.poll();
        QVERIFY(messages(records).contains(QStringLiteral("after the outage")));
    }
};

QTEST_GUILESS_MAIN(TestViewerFeed)
#include "tst_viewer_feed.moc"
