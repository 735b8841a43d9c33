#pragma once

#include "model/JobRun.h"
#include "model/JobRunUser.h"
#include "model/LogRecord.h"
#include "model/RunProgress.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

class QTimer;

namespace outreach {

class Clock;
class Database;

// What a viewer console sees of the engine that runs the jobs: that engine's runs and log
// records reach this process only through the database, so the viewer reads what is new there
// every kPollMs and hands it on as the live signals its own runs would give. The console's
// pages stay live in viewer mode without code of their own for it.
class ViewerFeed final : public QObject {
    Q_OBJECT

public:
    ViewerFeed(const Database& database, const Clock& clock, QObject* parent = nullptr);

    // What is stored when the feed starts counts as seen: the pages read it themselves.
    void start();
    void stop();
    void poll(); // one look now; the timer calls it, tests call it directly

    static constexpr int kPollMs = 1000;
    static constexpr int kLogBatch = 5000; // read per query; up to kLogBatches per poll
    static constexpr int kLogBatches = 4;
    // With PostgreSQL a row can become visible after rows with higher ids (its transaction
    // committed later); ids this far below the highest seen are read again, and skipped when
    // already handed on.
    static constexpr qint64 kLogOverlap = 1000;
    static constexpr qint64 kRunOverlap = 50;

Q_SIGNALS:
    void runStarted(const outreach::JobRun& run);
    void runProgress(const outreach::RunProgress& progress);
    void userFinished(qint64 runId, const outreach::JobRunUser& outcome);
    void runFinished(const outreach::JobRun& run);
    void logRecords(const QList<outreach::LogRecord>& records);

private:
    bool takeStartingPoint();
    bool pollRuns();
    bool pollUsers(qint64 runId);
    bool pollLogs();
    void reportFailure(const QString& message);

    const Database& m_database;
    const Clock& m_clock;
    QTimer* m_timer;
    bool m_ready = false;                     // the starting point below is taken
    qint64 m_runFloor = 0;                    // runs at or below this id existed before start()
    qint64 m_maxRunId = 0;                    // the highest run id handed on
    QSet<qint64> m_runsSeen;                  // handed-on run ids above m_maxRunId - kRunOverlap
    QHash<qint64, JobRun> m_running;          // runs seen running, by id: their progress and end
    QHash<qint64, QSet<qint64>> m_usersHeard; // per running run: outcome rows handed on
    qint64 m_logFloor = 0;
    qint64 m_maxLogId = 0;
    QSet<qint64> m_logsSeen;
    bool m_failing = false; // a failure is logged once, not every poll
};

} // namespace outreach
