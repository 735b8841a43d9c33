#include "CtlRunner.h"
#include "EngineHarness.h"
#include "jobs/JobControl.h"
#include "logging/Logger.h"
#include "store/AuditRepository.h"
#include "store/JobRunRepository.h"
#include "store/LogRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

using namespace outreach;
using namespace outreach::test;

// Logging (SPEC §3.8, DESIGN "Logging"): context on every record, the three sinks, secrets
// masked, `outreachctl logs` filters, and retention.
class TestJobLogs : public QObject {
    Q_OBJECT

    static QProcessEnvironment env(const QString& dataDir) {
        QProcessEnvironment e;
        e.insert(QStringLiteral("OUTREACH_TEST_JOBS"), QStringLiteral("1"));
        e.insert(QStringLiteral("OUTREACH_DATA_DIR"), dataDir);
        return e;
    }

    static QJsonArray records(const CtlResult& r) { return r.json().array(); }

private Q_SLOTS:
    void logFiltersReturnTheRightRecords() {
        std::unique_ptr<TestDatabase> db = TestDatabase::create();
        const QProcessEnvironment e = env(db->tempPath());
        auto ctl = [&](const QStringList& args) { return runCtl(db->url(), args, e); };
        auto addUser = [&](const QString& email, const QString& name) {
            return ctl({QStringLiteral("--json"), QStringLiteral("users"), QStringLiteral("add"),
                        QStringLiteral("--email"), email, QStringLiteral("--name"), name})
                .json()
                .object()
                .value(QStringLiteral("id"))
                .toInteger();
        };
        const qint64 a = addUser(QStringLiteral("ann@example.test"), QStringLiteral("Ann"));
        const qint64 b = addUser(QStringLiteral("bob@example.test"), QStringLiteral("Bob [fail]"));
        QVERIFY(a > 0 && b > 0);
        const CtlResult write = ctl({QStringLiteral("--json"), QStringLiteral("--now"),
                                     QStringLiteral("2026-06-10T09:00:00Z"), QStringLiteral("jobs"),
                                     QStringLiteral("run"), QStringLiteral("test-write")});
        QCOMPARE(write.exitCode, 1); // partial: Bob fails
        const qint64 writeRun = write.json().object().value(QStringLiteral("id")).toInteger();
        const CtlResult steps = ctl({QStringLiteral("--json"), QStringLiteral("--now"),
                                     QStringLiteral("2026-06-10T10:00:00Z"), QStringLiteral("jobs"),
                                     QStringLiteral("run"), QStringLiteral("test-steps")});
        QCOMPARE(steps.exitCode, 0);
        const qint64 stepsRun = steps.json().object().value(QStringLiteral("id")).toInteger();

        const CtlResult byUser =
            ctl({QStringLiteral("--json"), QStringLiteral("logs"), QStringLiteral("--user"),
                 QString::number(a), QStringLiteral("--limit"), QStringLiteral("1000")});
        QCOMPARE(byUser.exitCode, 0);
        QSet<QString> jobs;
        for (const QJsonValue& v : records(byUser)) {
            QCOMPARE(v[QStringLiteral("userId")].toInteger(), a);
            QCOMPARE(v[QStringLiteral("userEmail")].toString(), QStringLiteral("ann@example.test"));
            jobs.insert(v[QStringLiteral("job")].toString());
        }
        QCOMPARE(jobs, (QSet<QString>{QStringLiteral("test-write"), QStringLiteral("test-steps")}));

        const CtlResult byJob = ctl({QStringLiteral("--json"), QStringLiteral("logs"),
                                     QStringLiteral("--job"), QStringLiteral("test-steps")});
        QVERIFY(!records(byJob).isEmpty());
        for (const QJsonValue& v : records(byJob))
            QCOMPARE(v[QStringLiteral("job")].toString(), QStringLiteral("test-steps"));

        const CtlResult byRun = ctl({QStringLiteral("--json"), QStringLiteral("logs"),
                                     QStringLiteral("--run"), QString::number(writeRun)});
        QVERIFY(!records(byRun).isEmpty());
        for (const QJsonValue& v : records(byRun))
            QCOMPARE(v[QStringLiteral("runId")].toInteger(), writeRun);

        // --level is a minimum: errors only here, and the one error is Bob's failure.
        const CtlResult errors = ctl({QStringLiteral("--json"), QStringLiteral("logs"),
                                      QStringLiteral("--level"), QStringLiteral("error")});
        QCOMPARE(records(errors).size(), 1);
        QCOMPARE(records(errors)[0][QStringLiteral("userId")].toInteger(), b);
        QVERIFY(records(errors)[0][QStringLiteral("message")].toString().contains(
            QStringLiteral("by design")));
        const CtlResult warnings = ctl({QStringLiteral("--json"), QStringLiteral("logs"),
                                        QStringLiteral("--level"), QStringLiteral("warn")});
        QVERIFY(records(warnings).size() > records(errors).size()); // + the partial run line
        for (const QJsonValue& v : records(warnings))
            QVERIFY(v[QStringLiteral("level")] == QStringLiteral("warning") ||
                    v[QStringLiteral("level")] == QStringLiteral("error"));

        // --grep is a case-insensitive substring; % and _ are literal characters.
        const CtlResult grep = ctl({QStringLiteral("--json"), QStringLiteral("logs"),
                                    QStringLiteral("--grep"), QStringLiteral("TEST ROW")});
        QCOMPARE(records(grep).size(), 3); // "writing the test row" x2, "wrote 1 test row(s)"
        for (const QJsonValue& v : records(grep))
            QVERIFY(v[QStringLiteral("message")].toString().contains(QStringLiteral("test row")));
        const CtlResult percent = ctl({QStringLiteral("--json"), QStringLiteral("logs"),
                                       QStringLiteral("--grep"), QStringLiteral("%")});
        QCOMPARE(records(percent).size(), 0);

        // Filters combine; --limit keeps the newest, printed oldest first.
        const CtlResult combined =
            ctl({QStringLiteral("--json"), QStringLiteral("logs"), QStringLiteral("--user"),
                 QString::number(a), QStringLiteral("--run"), QString::number(stepsRun),
                 QStringLiteral("--limit"), QStringLiteral("2")});
        const QJsonArray last2 = records(combined);
        QCOMPARE(last2.size(), 2);
        QVERIFY(last2[0][QStringLiteral("id")].toInteger() <
                last2[1][QStringLiteral("id")].toInteger());
        QCOMPARE(last2[1][QStringLiteral("message")].toString(),
                 QStringLiteral("succeeded: 3 items in 0 ms"));

        // Text output carries the context too.
        const CtlResult text =
            ctl({QStringLiteral("logs"), QStringLiteral("--user"), QString::number(b),
                 QStringLiteral("--level"), QStringLiteral("error")});
        QVERIFY2(
            text.out.contains(QStringLiteral("[job=test-write run=%1 user=%2 <bob@example.test>]")
                                  .arg(writeRun)
                                  .arg(b)),
            qPrintable(text.out));

        // Bad filters are bad input: exit 2, one line naming the field.
        for (const QStringList& bad :
             {QStringList{QStringLiteral("logs"), QStringLiteral("--level"),
                          QStringLiteral("loud")},
              QStringList{QStringLiteral("logs"), QStringLiteral("--user"), QStringLiteral("999")},
              QStringList{QStringLiteral("logs"), QStringLiteral("--run"), QStringLiteral("999")},
              QStringList{QStringLiteral("logs"), QStringLiteral("--job"),
                          QStringLiteral("nope")}}) {
            const CtlResult r = ctl(bad);
            QVERIFY2(r.exitCode == 2, qPrintable(bad.join(QLatin1Char(' ')) + r.err));
            QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        }

        // The rotating file in the data dir has the same lines.
        QFile file(db->tempPath() + QStringLiteral("/logs/outreach.log"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("<bob@example.test>] failed: the test job fails"));
    }

    void secretsNeverReachAnySink() {
        EngineHarness h;
        QVERIFY(h.startEngine());
        QSignalSpy live(h.engine(), &Engine::logRecords);
        Logger().warning(QStringLiteral("connecting to smtp://bob:hunter2@mail.example.test:587 "
                                        "with password=s3cret and Authorization: Bearer tok123, "
                                        "then AUTH PLAIN AGJvYgBodW50ZXIy"));
        QTRY_VERIFY(live.count() > 0);
        LogFilter filter;
        filter.grep = QStringLiteral("connecting to");
        QList<LogRecord> stored;
        QTRY_VERIFY([&] {
            QSignalSpy loaded(h.engine(), &Engine::logsLoaded);
            h.engine()->queryLogs(filter);
            stored = loaded.isEmpty() ? QList<LogRecord>{}
                                      : loaded.first().at(1).value<QList<LogRecord>>();
            return stored.size() == 1;
        }());
        const QString message = stored.first().message;
        for (const char* secret : {"hunter2", "s3cret", "tok123", "AGJvYgBodW50ZXIy"})
            QVERIFY2(!message.contains(QLatin1String(secret)), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("smtp://bob:[redacted]@mail.example.test")));
        const QList<LogRecord> liveRecords = live.first().first().value<QList<LogRecord>>();
        QVERIFY(!liveRecords.first().message.contains(QStringLiteral("hunter2")));
        QVERIFY(h.stopEngine());
        QFile file(h.db().tempPath() + QStringLiteral("/logs/outreach.log"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.contains("connecting to smtp://bob:[redacted]@"));
        QVERIFY(!content.contains("hunter2"));
    }

    void liveSinkCarriesTheRunContext() {
        QList<LogRecord> seen; // outlives the engine, which logs until it has stopped
        EngineHarness h;
        QVERIFY(h.startEngine());
        const qint64 a = h.addUser(QStringLiteral("a@example.test"), QStringLiteral("Ann"));
        QObject::connect(h.engine(), &Engine::logRecords, h.engine(),
                         [&](const QList<LogRecord>& batch) { seen += batch; });
        RunRequest request;
        request.job = QStringLiteral("test-write");
        const JobRun run = h.runAndWait(request);
        QTRY_VERIFY(std::any_of(seen.cbegin(), seen.cend(), [&](const LogRecord& r) {
            return r.message == QLatin1String("wrote 1 test row(s)") && r.userId == a &&
                   r.userEmail == QLatin1String("a@example.test") && r.runId == run.id &&
                   r.job == QLatin1String("test-write");
        }));
    }

    void retentionPrunesOldLogsAndRunsOnly() {
        EngineHarness h;
        QVERIFY(h.startEngine());
        const qint64 now = h.clock().nowMs();
        const qint64 day = 24LL * 60 * 60 * 1000;
        QList<LogRecord> old;
        for (int i = 0; i < 4500; ++i) // more than two batches
            old.append({.at = now - 100 * day + i,
                        .level = QStringLiteral("info"),
                        .message = QStringLiteral("old %1").arg(i)});
        old.append({.at = now - 10 * day,
                    .level = QStringLiteral("info"),
                    .message = QStringLiteral("recent")});
        QVERIFY(LogRepository(h.database()).insert(old).ok());
        const JobRunRepository runs(h.database(), h.clock());
        JobRun ancient;
        ancient.job = QStringLiteral("test-write");
        ancient.trigger = QStringLiteral("manual");
        ancient.startedAt = now - 120 * day;
        Result<qint64> ancientId = runs.create(ancient);
        QVERIFY(ancientId.ok());
        ancient.id = *ancientId;
        ancient.status = QStringLiteral("succeeded");
        ancient.finishedAt = ancient.startedAt + 1000;
        QVERIFY(runs.finish(ancient).ok());
        RunRequest request;
        request.job = QStringLiteral("test-write");
        h.addUser(QStringLiteral("a@example.test"), QStringLiteral("Ann"));
        const JobRun recent = h.runAndWait(request);
        QVERIFY(AuditRepository(h.database(), h.clock())
                    .record({.action = QStringLiteral("test.keep"),
                             .targetType = QStringLiteral("job")})
                    .ok());

        QSignalSpy pruned(h.engine(), &Engine::pruned);
        h.engine()->pruneNow();
        QTRY_COMPARE(pruned.count(), 1);
        const PruneReport report = pruned.first().first().value<PruneReport>();
        QCOMPARE(report.logRecords, 4500);
        QCOMPARE(report.runs, 1);
        QCOMPARE(
            h.scalar(QStringLiteral("SELECT COUNT(*) FROM log_records WHERE message LIKE 'old %'")),
            0);
        QCOMPARE(
            h.scalar(QStringLiteral("SELECT COUNT(*) FROM log_records WHERE message = 'recent'")),
            1);
        QCOMPARE(
            h.scalar(QStringLiteral("SELECT COUNT(*) FROM job_runs WHERE id = %1").arg(ancient.id)),
            0);
        QCOMPARE(
            h.scalar(QStringLiteral("SELECT COUNT(*) FROM job_runs WHERE id = %1").arg(recent.id)),
            1);
        QVERIFY(h.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")) >= 1);

        // A shorter retention setting applies on the next pass.
        h.clock().advanceMs(31 * day);
        QVERIFY(JobControl(h.database(), h.clock(), h.engine()->registry())
                    .setRetentionDays(30, QString())
                    .ok());
        h.engine()->pruneNow();
        QTRY_COMPARE(pruned.count(), 2);
        QCOMPARE(
            h.scalar(QStringLiteral("SELECT COUNT(*) FROM job_runs WHERE id = %1").arg(recent.id)),
            0);
        QCOMPARE(
            h.scalar(QStringLiteral("SELECT COUNT(*) FROM log_records WHERE message = 'recent'")),
            0);
    }
};

QTEST_GUILESS_MAIN(TestJobLogs)
#include "tst_job_logs.moc"
