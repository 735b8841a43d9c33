#pragma once

#include "core/Result.h"

#include <QString>

namespace outreach {

class Clock;
class Database;

// Closes runs that a crashed or killed engine left marked running, so the history never
// shows a run as running forever: the run and its running user rows become failed (or
// cancelled, when the admin cancelled it) and the idempotency keys it held become claimable.
class RunReconciler {
public:
    RunReconciler(const Database& database, const Clock& clock);

    // With a job: every running run of it (call while holding its lease). Without: every
    // running run whose engine holds no live lease. Returns how many were closed.
    Result<int> closeOrphans(const QString& job = {}) const;
    Status close(qint64 runId, bool cancelled, const QString& error) const;

private:
    const Database& m_database;
    const Clock& m_clock;
};

} // namespace outreach
