#include "CtlRunner.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace outreach;
using namespace outreach::test;

// `outreachctl jobs | runs | schedule | logs retention` as scripts see them: JSON fields, text,
// exit codes and one-line errors.
class TestJobsCli : public QObject {
    Q_OBJECT

    std::unique_ptr<TestDatabase> db;

    CtlResult ctl(const QStringList& args) {
        QProcessEnvironment e;
        e.insert(QStringLiteral("OUTREACH_TEST_JOBS"), QStringLiteral("1"));
        e.insert(QStringLiteral("OUTREACH_DATA_DIR"), db->tempPath());
        return runCtl(db->url(), args, e);
    }
    QJsonObject ok(const QStringList& args) {
        const CtlResult r = ctl(QStringList{QStringLiteral("--json")} + args);
        if (r.exitCode != 0)
            qWarning() << args << r.err;
        return r.json().object();
    }
    void expectBadInput(const QStringList& args, const QString& mention) {
        const CtlResult r = ctl(args);
        QVERIFY2(r.exitCode == 2, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(" -> ") +
                                             QString::number(r.exitCode) + r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.contains(mention), qPrintable(r.err));
    }
    qint64 addUser(const QString& email, const QString& name) {
        return ok({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--email"), email,
                   QStringLiteral("--name"), name})
            .value(QStringLiteral("id"))
            .toInteger();
    }

private Q_SLOTS:
    void init() { db = TestDatabase::create(); }
    void cleanup() { db.reset(); }

    void jobsListShowsSchedulesAndNextRuns() {
        const CtlResult r = ctl({QStringLiteral("--json"), QStringLiteral("--now"),
                                 QStringLiteral("2026-06-10T09:07:00Z"), QStringLiteral("jobs"),
                                 QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QJsonObject write;
        QStringList names;
        for (const QJsonValue& job : r.json().array()) {
            names << job[QStringLiteral("name")].toString();
            if (names.last() == QLatin1String("test-write"))
                write = job.toObject();
        }
        // The test jobs are listed (with OUTREACH_TEST_JOBS=1) beside whatever the build has.
        for (const char* name : {"test-write", "test-steps", "test-gate"})
            QVERIFY2(names.contains(QLatin1String(name)), name);
        QCOMPARE(write[QStringLiteral("name")].toString(), QStringLiteral("test-write"));
        QCOMPARE(write[QStringLiteral("schedule")].toString(), QStringLiteral("*/15 * * * *"));
        QCOMPARE(write[QStringLiteral("timeZone")].toString(), QStringLiteral("UTC"));
        QCOMPARE(write[QStringLiteral("paused")].toBool(), false);
        QCOMPARE(write[QStringLiteral("pacingMs")].toInteger(), 1000);
        QCOMPARE(write[QStringLiteral("graceMinutes")].toInteger(), 1440);
        QCOMPARE(write[QStringLiteral("nextRunAt")].toString(),
                 QStringLiteral("2026-06-10T09:15:00Z"));
        QCOMPARE(write[QStringLiteral("nextRuns")].toArray().size(), 3);
        QVERIFY(write[QStringLiteral("lastRun")].isNull());
        QVERIFY(write[QStringLiteral("runningRunId")].isNull());
        const CtlResult text = ctl({QStringLiteral("jobs"), QStringLiteral("list")});
        QVERIFY(text.out.contains(QStringLiteral("test-steps")));
        QVERIFY(text.out.startsWith(QStringLiteral("JOB")));
    }

    void pauseResumeScheduleAndConfigure() {
        QJsonObject job =
            ok({QStringLiteral("jobs"), QStringLiteral("pause"), QStringLiteral("test-write"),
                QStringLiteral("--reason"), QStringLiteral("migration")});
        QCOMPARE(job[QStringLiteral("paused")].toBool(), true);
        QCOMPARE(job[QStringLiteral("pauseReason")].toString(), QStringLiteral("migration"));
        QVERIFY(job[QStringLiteral("nextRuns")].toArray().isEmpty());
        job = ok({QStringLiteral("jobs"), QStringLiteral("resume"), QStringLiteral("test-write")});
        QCOMPARE(job[QStringLiteral("paused")].toBool(), false);

        // The expression may be quoted or given as words.
        job =
            ok({QStringLiteral("--now"), QStringLiteral("2026-03-28T12:00:00Z"),
                QStringLiteral("jobs"), QStringLiteral("schedule"), QStringLiteral("test-steps"),
                QStringLiteral("30"), QStringLiteral("2"), QStringLiteral("*"), QStringLiteral("*"),
                QStringLiteral("*"), QStringLiteral("--tz"), QStringLiteral("Europe/Berlin")});
        QCOMPARE(job[QStringLiteral("schedule")].toString(), QStringLiteral("30 2 * * *"));
        // 02:30 does not exist in Berlin on 2026-03-29: it runs at the end of the gap.
        QCOMPARE(job[QStringLiteral("nextRunAt")].toString(),
                 QStringLiteral("2026-03-29T01:00:00Z"));
        expectBadInput({QStringLiteral("jobs"), QStringLiteral("schedule"),
                        QStringLiteral("test-steps"), QStringLiteral("0 9 * * MONDAY")},
                       QStringLiteral("day-of-week"));
        expectBadInput({QStringLiteral("jobs"), QStringLiteral("schedule"),
                        QStringLiteral("test-steps"), QStringLiteral("0 9 * * *"),
                        QStringLiteral("--tz"), QStringLiteral("Nowhere/Town")},
                       QStringLiteral("tz"));

        job = ok({QStringLiteral("jobs"), QStringLiteral("configure"), QStringLiteral("test-write"),
                  QStringLiteral("--pacing-ms"), QStringLiteral("250"),
                  QStringLiteral("--grace-minutes"), QStringLiteral("90")});
        QCOMPARE(job[QStringLiteral("pacingMs")].toInteger(), 250);
        QCOMPARE(job[QStringLiteral("graceMinutes")].toInteger(), 90);
        expectBadInput({QStringLiteral("jobs"), QStringLiteral("configure"),
                        QStringLiteral("test-write"), QStringLiteral("--pacing-ms"),
                        QStringLiteral("-5")},
                       QStringLiteral("pacing-ms"));

        const qint64 user = addUser(QStringLiteral("a@example.test"), QStringLiteral("Ann"));
        job = ok({QStringLiteral("jobs"), QStringLiteral("pause"), QStringLiteral("test-write"),
                  QStringLiteral("--user"), QString::number(user)});
        QCOMPARE(job[QStringLiteral("pausedUsers")].toArray(), QJsonArray{user});
        expectBadInput({QStringLiteral("jobs"), QStringLiteral("resume"),
                        QStringLiteral("test-steps"), QStringLiteral("--user"),
                        QString::number(user)},
                       QStringLiteral("not paused for user"));

        const QJsonArray audit =
            ctl({QStringLiteral("--json"), QStringLiteral("audit")}).json().array();
        QStringList actions;
        for (const QJsonValue& e : audit)
            actions << e[QStringLiteral("action")].toString();
        for (const char* action :
             {"job.pause", "job.resume", "job.schedule", "job.configure", "job.pause-user"})
            QVERIFY2(actions.contains(QLatin1String(action)), action);
    }

    void unknownNamesAndIdsAreBadInput() {
        expectBadInput({QStringLiteral("jobs"), QStringLiteral("pause"), QStringLiteral("nope")},
                       QStringLiteral("no job named 'nope'"));
        expectBadInput({QStringLiteral("jobs"), QStringLiteral("run"), QStringLiteral("nope")},
                       QStringLiteral("no job named 'nope'"));
        expectBadInput({QStringLiteral("jobs"), QStringLiteral("run"), QStringLiteral("test-write"),
                        QStringLiteral("--user"), QStringLiteral("77")},
                       QStringLiteral("no user with id 77"));
        expectBadInput({QStringLiteral("jobs"), QStringLiteral("run"), QStringLiteral("test-write"),
                        QStringLiteral("--force")},
                       QStringLiteral("--user"));
        expectBadInput({QStringLiteral("jobs"), QStringLiteral("retry"), QStringLiteral("5")},
                       QStringLiteral("no run with id 5"));
        expectBadInput({QStringLiteral("jobs"), QStringLiteral("run-missed"), QStringLiteral("5")},
                       QStringLiteral("no occurrence with id 5"));
        expectBadInput({QStringLiteral("runs"), QStringLiteral("show"), QStringLiteral("5")},
                       QStringLiteral("no run with id 5"));
        expectBadInput({QStringLiteral("runs"), QStringLiteral("list"), QStringLiteral("--job"),
                        QStringLiteral("nope")},
                       QStringLiteral("no job named"));
        expectBadInput({QStringLiteral("runs"), QStringLiteral("list"), QStringLiteral("--status"),
                        QStringLiteral("great")},
                       QStringLiteral("status"));
        expectBadInput(
            {QStringLiteral("jobs"), QStringLiteral("occurrences"), QStringLiteral("nope")},
            QStringLiteral("no job named"));
        expectBadInput({QStringLiteral("jobs"), QStringLiteral("frobnicate")},
                       QStringLiteral("unknown command 'jobs frobnicate'"));
    }

    void jobsRunPrintsTheRunSummaryAndRunsListsIt() {
        const qint64 a = addUser(QStringLiteral("a@example.test"), QStringLiteral("Ann"));
        const qint64 b = addUser(QStringLiteral("b@example.test"), QStringLiteral("Bob [fail]"));
        const CtlResult r = ctl({QStringLiteral("--json"), QStringLiteral("--now"),
                                 QStringLiteral("2026-06-10T09:00:00Z"), QStringLiteral("jobs"),
                                 QStringLiteral("run"), QStringLiteral("test-write")});
        QCOMPARE(r.exitCode, 1); // the run completed, but a user failed
        QVERIFY(r.err.contains(QStringLiteral("1 of 2 users failed")));
        const QJsonObject run = r.json().object();
        QCOMPARE(run[QStringLiteral("status")].toString(), QStringLiteral("partial"));
        QCOMPARE(run[QStringLiteral("trigger")].toString(), QStringLiteral("manual"));
        QCOMPARE(run[QStringLiteral("usersTotal")].toInt(), 2);
        QCOMPARE(run[QStringLiteral("usersSucceeded")].toInt(), 1);
        QCOMPARE(run[QStringLiteral("usersFailed")].toInt(), 1);
        QCOMPARE(run[QStringLiteral("items")].toInt(), 1);
        // With --now the engine's pauses move the frozen clock: pacing shows in the times.
        QCOMPARE(run[QStringLiteral("startedAt")].toString(),
                 QStringLiteral("2026-06-10T09:00:00Z"));
        QCOMPARE(run[QStringLiteral("finishedAt")].toString(),
                 QStringLiteral("2026-06-10T09:00:01Z"));
        QCOMPARE(run[QStringLiteral("durationMs")].toInteger(), 1000);
        const QJsonArray users = run[QStringLiteral("users")].toArray();
        QCOMPARE(users.size(), 2);
        QCOMPARE(users[1][QStringLiteral("userId")].toInteger(), b);
        QCOMPARE(users[1][QStringLiteral("status")].toString(), QStringLiteral("failed"));
        QCOMPARE(users[1][QStringLiteral("error")].toString(),
                 QStringLiteral("the test job fails for this user by design"));

        const qint64 id = run[QStringLiteral("id")].toInteger();
        const QJsonObject shown =
            ok({QStringLiteral("runs"), QStringLiteral("show"), QString::number(id)});
        QCOMPARE(shown[QStringLiteral("users")].toArray(), users);
        const QJsonArray byUser =
            ctl({QStringLiteral("--json"), QStringLiteral("runs"), QStringLiteral("list"),
                 QStringLiteral("--user"), QString::number(a)})
                .json()
                .array();
        QCOMPARE(byUser.size(), 1);
        QCOMPARE(ctl({QStringLiteral("--json"), QStringLiteral("runs"), QStringLiteral("list"),
                      QStringLiteral("--status"), QStringLiteral("succeeded")})
                     .json()
                     .array()
                     .size(),
                 0);
        const CtlResult text =
            ctl({QStringLiteral("runs"), QStringLiteral("show"), QString::number(id)});
        QVERIFY(text.out.contains(QStringLiteral("partial: 1 of 2 users failed")));
        QVERIFY(text.out.contains(QStringLiteral("b@example.test")));

        const QJsonObject single =
            ok({QStringLiteral("jobs"), QStringLiteral("run"), QStringLiteral("test-steps"),
                QStringLiteral("--user"), QString::number(a)});
        QCOMPARE(single[QStringLiteral("userId")].toInteger(), a);
        QCOMPARE(single[QStringLiteral("status")].toString(), QStringLiteral("succeeded"));
        QCOMPARE(single[QStringLiteral("items")].toInt(), 3);
    }

    void schedulePreviewPrintsFiresWithOffsets() {
        const CtlResult r =
            ctl({QStringLiteral("--json"), QStringLiteral("schedule"), QStringLiteral("preview"),
                 QStringLiteral("0 9 * * MON-FRI"), QStringLiteral("--tz"),
                 QStringLiteral("America/New_York"), QStringLiteral("--count"), QStringLiteral("3"),
                 QStringLiteral("--after"), QStringLiteral("2026-03-06T12:00:00Z")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject preview = r.json().object();
        QCOMPARE(preview[QStringLiteral("timeZone")].toString(),
                 QStringLiteral("America/New_York"));
        // 12:00Z is 07:00 EST: Friday the 6th still fires in EST; Monday the 9th is after the
        // US switch to EDT on Sunday the 8th.
        QCOMPARE(preview[QStringLiteral("fires")].toArray(),
                 (QJsonArray{QStringLiteral("2026-03-06T09:00:00-05:00"),
                             QStringLiteral("2026-03-09T09:00:00-04:00"),
                             QStringLiteral("2026-03-10T09:00:00-04:00")}));
        expectBadInput(
            {QStringLiteral("schedule"), QStringLiteral("preview"), QStringLiteral("61 * * * *")},
            QStringLiteral("minute"));
        expectBadInput({QStringLiteral("schedule"), QStringLiteral("preview"),
                        QStringLiteral("@hourly"), QStringLiteral("--count"), QStringLiteral("0")},
                       QStringLiteral("count"));
    }

    void retentionIsAConfigurableSetting() {
        QCOMPARE(ok({QStringLiteral("logs"),
                     QStringLiteral("retention")})[QStringLiteral("retentionDays")]
                     .toInt(),
                 90);
        QCOMPARE(ok({QStringLiteral("logs"), QStringLiteral("retention"),
                     QStringLiteral("30")})[QStringLiteral("retentionDays")]
                     .toInt(),
                 30);
        expectBadInput({QStringLiteral("logs"), QStringLiteral("retention"), QStringLiteral("0")},
                       QStringLiteral("days"));
    }
};

QTEST_GUILESS_MAIN(TestJobsCli)
#include "tst_jobs_cli.moc"
