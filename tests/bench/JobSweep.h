#pragma once

#include "core/Result.h"
#include "model/JobRun.h"

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <functional>
#include <memory>

namespace outreach {
class Database;
class Engine;
class ManualClock;
} // namespace outreach

namespace outreach::bench {

// Runs jobs through a real Engine on this thread, exactly as `outreachctl jobs run NAME` does
// (a manual run for every active user, the product's job registry, the engine's per-user
// runner on its worker threads), with the pacing between users set to 0 and a frozen manual
// clock. Measures each run: wall time, SQL statements (every thread's, so the runner's own
// bookkeeping and the database log sink count too), and per user the time and statements
// between one user's outcome and the next, grouped by the caller's tiers.
class JobSweep {
public:
    struct TierCost {
        int users = 0;
        double ms = 0;
        quint64 statements = 0;
        qint64 items = 0;
    };
    struct Measured {
        QString job;
        JobRun run;
        double seconds = 0;
        quint64 statements = 0;
        QList<TierCost> tiers;
    };

    // tierOf: a user id's tier (0-based), or -1 for none; tierCount: how many tiers.
    JobSweep(const Database& database, ManualClock& clock, std::function<int(qint64)> tierOf,
             int tierCount);
    ~JobSweep();

    Status start();
    Result<Measured> run(const QString& job);
    void stop();

private:
    const Database& m_database;
    ManualClock& m_clock;
    std::function<int(qint64)> m_tierOf;
    int m_tierCount;
    std::unique_ptr<Engine> m_engine;
};

} // namespace outreach::bench
