#include "CtlRunner.h"
#include "TestDatabase.h"
#include "TestEnv.h"
#include "core/TimeFormat.h"
#include "store/Sql.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace outreach;
using namespace outreach::test;

// Faults around runs, with real `outreachctl` processes (SPEC §3.5, §3.6, §6 serve): two
// processes starting the same job, a killed process's lease, a cancel from another process,
// and `serve` stopping on SIGTERM.
class TestJobLeases : public QObject {
    Q_OBJECT

    std::unique_ptr<TestDatabase> db;
    QTemporaryDir dir;
    QString gate;

    QProcessEnvironment env() const {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(QStringLiteral("OUTREACH_DB"));
        e.remove(QStringLiteral("OUTREACH_NOW"));
        e.insert(QStringLiteral("OUTREACH_KEYCHAIN"), QStringLiteral("off"));
        e.insert(QStringLiteral("OUTREACH_TEST_JOBS"), QStringLiteral("1"));
        e.insert(QStringLiteral("OUTREACH_TEST_GATE"), gate);
        e.insert(QStringLiteral("OUTREACH_DATA_DIR"), dir.path());
        return e;
    }
    CtlResult ctl(const QStringList& args) { return runCtl(db->url(), args, env()); }
    std::unique_ptr<QProcess> spawn(const QStringList& args) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(env());
        process->start(outreachctl(), QStringList{QStringLiteral("--db"), db->url()} + args);
        return process;
    }
    qint64 addUser(const QString& email) {
        return ctl({QStringLiteral("--json"), QStringLiteral("users"), QStringLiteral("add"),
                    QStringLiteral("--email"), email, QStringLiteral("--name"), email.left(3)})
            .json()
            .object()
            .value(QStringLiteral("id"))
            .toInteger();
    }
    qint64 scalar(const QString& sql) {
        Result<QSqlDatabase> c = db->database().connection();
        Sql query(*c, sql);
        Result<std::optional<QVariant>> v = query.execScalar();
        return v && v->has_value() ? (*v)->toLongLong() : -1;
    }
    QString text(const QString& sql) {
        Result<QSqlDatabase> c = db->database().connection();
        Sql query(*c, sql);
        Result<std::optional<QVariant>> v = query.execScalar();
        return v && v->has_value() ? (*v)->toString() : QString();
    }
    bool entered(qint64 userId) const {
        return QFile::exists(gate + QStringLiteral(".entered-%1").arg(userId));
    }
    void openGate() { QVERIFY(QFile(gate).open(QIODevice::WriteOnly)); }
    static QString jobsRunGate() { return QStringLiteral("jobs run test-gate"); }

private Q_SLOTS:
    void init() {
        db = TestDatabase::create();
        gate = dir.filePath(QStringLiteral("gate-%1").arg(QRandomGenerator::global()->generate()));
    }
    void cleanup() {
        db->database().closeThreadConnection();
        db.reset();
    }

    void sameJobFromTwoProcessesRunsOnce() {
        const qint64 user = addUser(QStringLiteral("ann@example.test"));
        const QStringList args{QStringLiteral("--json"), QStringLiteral("jobs"),
                               QStringLiteral("run"), QStringLiteral("test-gate")};
        auto first = spawn(args);
        auto second = spawn(args);
        QVERIFY(first->waitForStarted() && second->waitForStarted());
        // One of them takes the lease and waits in the user's unit; the other is refused.
        QTRY_VERIFY_WITH_TIMEOUT(first->state() == QProcess::NotRunning ||
                                     second->state() == QProcess::NotRunning,
                                 60000);
        QProcess* refused = first->state() == QProcess::NotRunning ? first.get() : second.get();
        QProcess* winner = refused == first.get() ? second.get() : first.get();
        QCOMPARE(refused->exitCode(), 1);
        const QString message = QString::fromUtf8(refused->readAllStandardError());
        QVERIFY2(message.contains(QStringLiteral("job 'test-gate' is already running")),
                 qPrintable(message));
        QCOMPARE(message.count(QLatin1Char('\n')), 1);
        QTRY_VERIFY_WITH_TIMEOUT(entered(user), 60000);
        QCOMPARE(winner->state(), QProcess::Running);
        openGate();
        QVERIFY(winner->waitForFinished(60000));
        QCOMPARE(winner->exitCode(), 0);
        const QJsonObject run = QJsonDocument::fromJson(winner->readAllStandardOutput()).object();
        QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM job_runs")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM job_run_users")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM job_leases")), 0);
    }

    void killedHoldersLeaseExpiresAndIsTakenOver() {
        const qint64 user = addUser(QStringLiteral("ann@example.test"));
        auto holder =
            spawn({QStringLiteral("jobs"), QStringLiteral("run"), QStringLiteral("test-gate")});
        QTRY_VERIFY_WITH_TIMEOUT(entered(user), 60000);
        ::kill(pid_t(holder->processId()), SIGKILL);
        QVERIFY(holder->waitForFinished(10000));
        QCOMPARE(text(QStringLiteral("SELECT status FROM job_runs WHERE id = 1")),
                 QStringLiteral("running"));
        openGate();
        // While its lease is valid, the dead holder still blocks the job: nobody can tell a
        // crashed engine from a slow one before the lease runs out.
        const CtlResult blocked =
            ctl({QStringLiteral("jobs"), QStringLiteral("run"), QStringLiteral("test-gate")});
        QCOMPARE(blocked.exitCode, 1);
        QVERIFY2(blocked.err.contains(QStringLiteral("already running (run #1")),
                 qPrintable(blocked.err));
        // Once it has expired, the next run takes the lease over and closes the orphan.
        const qint64 expires = scalar(QStringLiteral("SELECT expires_at FROM job_leases"));
        const QString later = TimeFormat::isoUtc(expires + 1000);
        const CtlResult takeover =
            ctl({QStringLiteral("--json"), QStringLiteral("--now"), later, QStringLiteral("jobs"),
                 QStringLiteral("run"), QStringLiteral("test-gate")});
        QVERIFY2(takeover.exitCode == 0, qPrintable(takeover.err));
        QCOMPARE(takeover.json().object().value(QStringLiteral("id")).toInteger(), 2);
        QCOMPARE(text(QStringLiteral("SELECT status FROM job_runs WHERE id = 1")),
                 QStringLiteral("failed"));
        QVERIFY(text(QStringLiteral("SELECT error FROM job_runs WHERE id = 1"))
                    .startsWith(QStringLiteral("abandoned")));
        QCOMPARE(text(QStringLiteral("SELECT status FROM job_run_users WHERE run_id = 1")),
                 QStringLiteral("failed"));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM job_leases")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM job_runs WHERE status = 'running'")),
                 0);
    }

    void cancelFromAnotherProcessStopsBetweenUnits() {
        const qint64 a = addUser(QStringLiteral("ann@example.test"));
        const qint64 b = addUser(QStringLiteral("bob@example.test"));
        auto runner = spawn({QStringLiteral("--json"), QStringLiteral("jobs"),
                             QStringLiteral("run"), QStringLiteral("test-gate")});
        QTRY_VERIFY_WITH_TIMEOUT(entered(a), 60000);
        const CtlResult cancel =
            ctl({QStringLiteral("jobs"), QStringLiteral("cancel"), QStringLiteral("1"),
                 QStringLiteral("--reason"), QStringLiteral("wrong day")});
        QVERIFY2(cancel.exitCode == 0, qPrintable(cancel.err));
        QVERIFY(cancel.out.contains(QStringLiteral("cancel requested")));
        // The unit in flight (an indivisible piece of work) is finished, then the run stops.
        openGate();
        QVERIFY(runner->waitForFinished(60000));
        QCOMPARE(runner->exitCode(), 1);
        const QJsonObject run = QJsonDocument::fromJson(runner->readAllStandardOutput()).object();
        QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
        const QJsonArray users = run.value(QStringLiteral("users")).toArray();
        QCOMPARE(users.size(), 2);
        for (const QJsonValue& u : users)
            QCOMPARE(u[QStringLiteral("status")].toString(),
                     u[QStringLiteral("userId")].toInteger() == a ? QStringLiteral("succeeded")
                                                                  : QStringLiteral("cancelled"));
        QVERIFY(!entered(b));
        // Cancelling a finished run is bad input.
        const CtlResult again =
            ctl({QStringLiteral("jobs"), QStringLiteral("cancel"), QStringLiteral("1")});
        QCOMPARE(again.exitCode, 2);
        QVERIFY(again.err.contains(QStringLiteral("not running")));
        const CtlResult unknown =
            ctl({QStringLiteral("jobs"), QStringLiteral("cancel"), QStringLiteral("99")});
        QCOMPARE(unknown.exitCode, 2);
    }

    void serveStopsCleanlyOnSigterm() {
        const qint64 a = addUser(QStringLiteral("ann@example.test"));
        const qint64 b = addUser(QStringLiteral("bob@example.test"));
        QCOMPARE(ctl({QStringLiteral("jobs"), QStringLiteral("schedule"),
                      QStringLiteral("test-gate"), QStringLiteral("* * * * *")})
                     .exitCode,
                 0);
        // Pretend the engine was last looking five minutes ago: serve starts with a catch-up.
        const qint64 fiveMinutesAgo = QDateTime::currentMSecsSinceEpoch() - 5 * 60 * 1000;
        Result<QSqlDatabase> c = db->database().connection();
        Sql rewind(*c, QStringLiteral("UPDATE job_settings SET evaluated_through = :t WHERE "
                                      "job = 'test-gate'"));
        rewind.bindInt(QStringLiteral(":t"), fiveMinutesAgo);
        QVERIFY(rewind.exec().ok());

        auto serve = spawn({QStringLiteral("serve")});
        QTRY_VERIFY_WITH_TIMEOUT(entered(a), 60000);
        serve->terminate(); // SIGTERM
        QString log;
        QTRY_VERIFY_WITH_TIMEOUT((log += QString::fromUtf8(serve->readAllStandardError()))
                                     .contains(QStringLiteral("SIGTERM received")),
                                 30000);
        QCOMPARE(serve->state(), QProcess::Running); // still finishing the unit in flight
        openGate();
        QVERIFY(serve->waitForFinished(60000));
        log += QString::fromUtf8(serve->readAllStandardError());
        QCOMPARE(serve->exitStatus(), QProcess::NormalExit);
        QCOMPARE(serve->exitCode(), 0);
        QVERIFY2(log.contains(QStringLiteral("run #1 started (trigger catch-up")), qPrintable(log));
        QVERIFY(log.contains(QStringLiteral("engine stopping")));
        QCOMPARE(text(QStringLiteral("SELECT status FROM job_runs WHERE id = 1")),
                 QStringLiteral("cancelled"));
        QCOMPARE(text(QStringLiteral(
                          "SELECT status FROM job_run_users WHERE run_id = 1 AND user_id = %1")
                          .arg(a)),
                 QStringLiteral("succeeded"));
        QCOMPARE(text(QStringLiteral(
                          "SELECT status FROM job_run_users WHERE run_id = 1 AND user_id = %1")
                          .arg(b)),
                 QStringLiteral("cancelled"));
        QVERIFY(!entered(b));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM job_leases")), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM log_records WHERE message LIKE "
                                       "'engine % stopped'")),
                 1);
    }

    void idleServeStopsOnSigint() {
        auto serve = spawn({QStringLiteral("serve")});
        QString log;
        QTRY_VERIFY_WITH_TIMEOUT((log += QString::fromUtf8(serve->readAllStandardError()))
                                     .contains(QStringLiteral("started")),
                                 30000);
        ::kill(pid_t(serve->processId()), SIGINT);
        QVERIFY(serve->waitForFinished(30000));
        QCOMPARE(serve->exitStatus(), QProcess::NormalExit);
        QCOMPARE(serve->exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestJobLeases)
#include "tst_job_leases.moc"
