#include "Engine.h"
#include "EngineThread.h"
#include "TestDatabase.h"
#include "jobs/JobRegistry.h"
#include "store/Sql.h"
#include "store/UserRepository.h"

#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace outreach;
using outreach::test::TestDatabase;

// Collects a signal's arguments on the test's thread, as a GUI receives them: through a
// queued connection (QSignalSpy would record them on the emitting engine thread).
template <typename... Args> class Received {
public:
    template <typename Signal> Received(const Engine* engine, Signal signal, QObject* receiver) {
        QObject::connect(
            engine, signal, receiver,
            [this](Args... args) { items.append(std::make_tuple(args...)); }, Qt::QueuedConnection);
    }
    QList<std::tuple<Args...>> items;
    qsizetype count() const { return items.size(); }
};

// The engine as the console uses it: on its own thread, slots in, signals out, answering
// while a long unit of work is in flight, and stopping cleanly.
class TestEngineThread : public QObject {
    Q_OBJECT

    std::unique_ptr<TestDatabase> db;
    ManualClock clock{QDateTime(QDate(2026, 6, 10), QTime(9, 7), QTimeZone::utc())};
    QTemporaryDir dir;

    EngineOptions options() {
        EngineOptions o;
        o.database = &db->database();
        o.clock = &clock;
        o.manualClock = &clock;
        o.registry = std::make_shared<JobRegistry>();
        JobRegistry::addTestJobs(*o.registry);
        o.runScheduler = false;
        o.logging.dataDir = dir.path();
        return o;
    }
    qint64 addUser(const QString& email) {
        User u;
        u.email = email;
        u.name = email.left(3);
        return UserRepository(db->database(), clock).add(u)->id;
    }

private Q_SLOTS:
    void init() { db = TestDatabase::create(); }
    void cleanup() { db.reset(); }

    void usersPageThroughTheEngineThread() {
        const qint64 a = addUser(QStringLiteral("ann@example.test"));
        addUser(QStringLiteral("bob@example.test"));
        EngineThread host(options());
        Engine* engine = host.engine();
        Received<> started(engine, &Engine::started, this);
        host.start();
        QTRY_COMPARE(started.count(), 1);
        QVERIFY(engine->thread() != QThread::currentThread());

        Received<QList<User>> loaded(engine, &Engine::usersLoaded, this);
        QMetaObject::invokeMethod(engine, &Engine::refreshUsers, Qt::QueuedConnection);
        QTRY_COMPARE(loaded.count(), 1);
        const QList<User> users = std::get<0>(loaded.items.first());
        QCOMPARE(users.size(), 2);
        QCOMPARE(users.first().email, QStringLiteral("ann@example.test"));

        Received<User> changed(engine, &Engine::userChanged, this);
        QMetaObject::invokeMethod(
            engine,
            [engine, a] {
                engine->setUserStatus(a, QStringLiteral("paused"), QStringLiteral("unpaid"));
            },
            Qt::QueuedConnection);
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(std::get<0>(changed.items.first()).status, QStringLiteral("paused"));
        QCOMPARE(UserRepository(db->database(), clock).find(a)->status, QStringLiteral("paused"));
        Result<QSqlDatabase> c = db->database().connection();
        Sql audit(*c, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'user.pause' "
                                     "AND reason = 'unpaid'"));
        QCOMPARE((*audit.execScalar())->toInt(), 1);

        Received<QString> failed(engine, &Engine::operationFailed, this);
        QMetaObject::invokeMethod(
            engine, [engine] { engine->setUserStatus(999, QStringLiteral("paused"), QString()); },
            Qt::QueuedConnection);
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(std::get<0>(failed.items.first()).contains(QStringLiteral("no user with id 999")));

        QSignalSpy finished(&host, &EngineThread::finished);
        host.requestStop();
        QVERIFY(finished.wait(10000));
        QVERIFY(!host.isRunning());
        QVERIFY(host.engine() == nullptr); // deleted on its own thread as it ended
    }

    void engineAnswersWhileAUnitIsInFlight() {
        addUser(QStringLiteral("ann@example.test"));
        const QString gate = dir.filePath(QStringLiteral("gate"));
        qputenv("OUTREACH_TEST_GATE", gate.toUtf8());
        EngineThread host(options());
        Engine* engine = host.engine();
        // Whatever happens below, the gate opens at the end, so the engine can stop.
        const auto openGate = qScopeGuard([&] { QFile(gate).open(QIODevice::WriteOnly); });
        Received<quint64, JobRun> accepted(engine, &Engine::runAccepted, this);
        Received<JobRun> finishedRuns(engine, &Engine::runFinished, this);
        Received<QList<JobInfo>> jobs(engine, &Engine::jobsLoaded, this);
        QObject::connect(engine, &Engine::started, engine, [engine] {
            RunRequest request;
            request.requestId = 42;
            request.job = QStringLiteral("test-gate");
            engine->runJob(request);
        });
        host.start();
        QTRY_COMPARE(accepted.count(), 1);
        QCOMPARE(std::get<0>(accepted.items.first()), 42u);
        QTRY_VERIFY(QFile::exists(gate + QStringLiteral(".entered-1")));
        // The unit is blocked on a worker thread; the engine thread still answers at once.
        QMetaObject::invokeMethod(engine, &Engine::refreshJobs, Qt::QueuedConnection);
        QTRY_COMPARE(jobs.count(), 1);
        const QList<JobInfo> list = std::get<0>(jobs.items.first());
        const auto gateJob = std::find_if(list.cbegin(), list.cend(), [](const JobInfo& j) {
            return j.name == QLatin1String("test-gate");
        });
        QVERIFY(gateJob != list.cend());
        QCOMPARE(gateJob->runningRunId.value_or(0), std::get<1>(accepted.items.first()).id);
        QCOMPARE(finishedRuns.count(), 0);
        // A second trigger of the running job is refused with a clear message.
        Received<quint64, Error> refused(engine, &Engine::runRefused, this);
        QMetaObject::invokeMethod(
            engine,
            [engine] {
                RunRequest again;
                again.requestId = 43;
                again.job = QStringLiteral("test-gate");
                engine->runJob(again);
            },
            Qt::QueuedConnection);
        QTRY_COMPARE(refused.count(), 1);
        QCOMPARE(std::get<0>(refused.items.first()), 43u);
        QVERIFY(
            std::get<1>(refused.items.first()).message.contains(QStringLiteral("already running")));
        // Stopping waits for the unit in flight; it ends when the gate opens.
        QSignalSpy finished(&host, &EngineThread::finished);
        host.requestStop();
        QVERIFY(!finished.wait(300));
        QFile(gate).open(QIODevice::WriteOnly);
        QVERIFY(finished.wait(20000));
        QTRY_COMPARE(finishedRuns.count(), 1);
        QCOMPARE(std::get<0>(finishedRuns.items.first()).status, QStringLiteral("succeeded"));
        qunsetenv("OUTREACH_TEST_GATE");
    }

    void destroyingTheHostStopsARunningEngine() {
        addUser(QStringLiteral("ann@example.test"));
        {
            EngineThread host(options());
            Received<> started(host.engine(), &Engine::started, this);
            host.start();
            QTRY_COMPARE(started.count(), 1);
        } // the destructor stops the engine and joins its thread
        Result<QSqlDatabase> c = db->database().connection();
        Sql leases(*c, QStringLiteral("SELECT COUNT(*) FROM job_leases"));
        QCOMPARE((*leases.execScalar())->toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEngineThread)
#include "tst_engine_thread.moc"
