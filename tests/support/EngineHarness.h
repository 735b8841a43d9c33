#pragma once

#include "Engine.h"
#include "TestDatabase.h"
#include "core/Clock.h"
#include "jobs/JobRegistry.h"

#include <QList>
#include <memory>

namespace outreach::test {

// A real Engine on the test's own thread, on a fresh database of the backend under test, with
// the test jobs registered and a manual clock: runs take no real time, pacing shows in the
// recorded timestamps, and the scheduler sees only the time the test sets. Waiting helpers
// spin the event loop (the units run on the engine's worker threads).
class EngineHarness {
public:
    static QDateTime defaultStart(); // a Wednesday in June, far from DST changes and Jan 1

    explicit EngineHarness(QDateTime start = defaultStart());
    ~EngineHarness();

    TestDatabase& db() { return *m_db; }
    const Database& database() { return m_db->database(); }
    ManualClock& clock() { return m_clock; }
    Engine* engine() { return m_engine.get(); }

    // (Re)creates and starts the engine; runScheduler decides whether it fires on schedule.
    bool startEngine(bool runScheduler = false);
    // Stops it the orderly way (waits for stopped()) and deletes it.
    bool stopEngine();

    qint64 addUser(const QString& email, const QString& name,
                   const QString& status = QStringLiteral("active"));
    // Starts a run through the engine and waits until it has finished; the finished run, or
    // an invalid run (id 0) when it was refused or did not finish in time.
    JobRun runAndWait(const RunRequest& request, int timeoutMs = 30000);
    JobRun retryAndWait(qint64 runId, bool force = false, int timeoutMs = 30000);
    // Waits until `count` more runs have finished; returns them.
    QList<JobRun> waitForRuns(int count, int timeoutMs = 30000);

    QList<JobRunUser> usersOf(qint64 runId);
    JobRunUser rowOf(qint64 runId, qint64 userId);
    qint64 effectRowsOf(qint64 userId); // leads the test-write job created for this user
    qint64 scalar(const QString& sql);  // a test's own read of the tables

    QString lastRefusal() const { return m_lastRefusal; }

private:
    std::unique_ptr<TestDatabase> m_db;
    ManualClock m_clock;
    std::shared_ptr<JobRegistry> m_registry;
    std::unique_ptr<Engine> m_engine;
    QList<JobRun> m_finished;
    QString m_lastRefusal;
};

} // namespace outreach::test
