#pragma once

#include "Engine.h"
#include "EngineThread.h"
#include "TestDatabase.h"
#include "core/Clock.h"
#include "jobs/JobRegistry.h"
#include "model/JobRun.h"
#include "model/JobRunUser.h"

#include <QList>
#include <QObject>
#include <memory>

namespace outreach::test {

// A real Engine on its own thread (as the console runs it) over a fresh test database, with
// the test jobs registered and a manual clock. For tests of code that talks to the engine
// only through queued slots and signals, like the console's pages. Everything the engine
// announces is collected on the test's thread; the waiting helpers spin its event loop.
class ThreadedEngine final : public QObject {
    Q_OBJECT
public:
    // `registry` null: the test jobs only.
    explicit ThreadedEngine(QDateTime start = defaultStart(),
                            std::shared_ptr<JobRegistry> registry = {});
    ~ThreadedEngine() override; // stops the engine and waits for its thread

    static QDateTime defaultStart(); // a Wednesday in June, 09:07 UTC

    // Builds the engine (not started yet), so that listeners can connect first, as the
    // console's window does; start() starts it and waits for started() (creating it if needed).
    void create(bool runScheduler = false);
    bool start();

    Engine* engine() const;
    ManualClock& clock() { return m_clock; }
    const Database& database() const { return m_db->database(); }
    TestDatabase& db() { return *m_db; }

    // Test set-up and checks through the repositories, on the test's thread.
    qint64 addUser(const QString& email, const QString& name,
                   const QString& status = QStringLiteral("active"),
                   const QString& timeZone = QStringLiteral("UTC"));
    QList<JobRunUser> usersOf(qint64 runId) const;
    qint64 scalar(const QString& sql) const;
    bool exec(const QString& sql) const; // a test's own fixture rows
    QString text(const QString& sql) const;

    QList<JobRun> finishedRuns() const { return m_finished; }
    QList<JobRun> startedRuns() const { return m_started; }
    // Waits until a run of `job` that started after `afterRunId` has finished; its final row.
    JobRun waitForFinishedRun(const QString& job, qint64 afterRunId = 0, int timeoutMs = 20000);
    bool waitForStartedRun(const QString& job, int timeoutMs = 20000);

private:
    std::unique_ptr<TestDatabase> m_db;
    ManualClock m_clock;
    std::shared_ptr<JobRegistry> m_registry;
    std::unique_ptr<EngineThread> m_thread;
    QList<JobRun> m_started;
    QList<JobRun> m_finished;
    bool m_running = false;
};

} // namespace outreach::test
