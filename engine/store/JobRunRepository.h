#pragma once

#include "core/Result.h"
#include "model/JobRun.h"
#include "model/RunFilter.h"

#include <QList>

namespace outreach {

class Clock;
class Database;

// Admin-level: run history across all users (job_runs). Per-user outcome rows live in
// JobRunUserRepository.
class JobRunRepository {
public:
    JobRunRepository(const Database& database, const Clock& clock);

    Result<qint64> create(const JobRun& draft) const; // status running, started now
    Status setOccurrenceKey(qint64 runId, const QString& key) const;
    Status setTotal(qint64 runId, int usersTotal) const;
    Status updateCounts(const JobRun& run) const; // users_done/failed/skipped, items
    Status finish(const JobRun& run) const;       // status, finished_at, error and counts
    Result<JobRun> find(qint64 runId) const;      // NotFound names the field "run"
    Result<QList<JobRun>> list(const RunFilter& filter) const;
    Result<std::optional<JobRun>> latestOf(const QString& job) const;
    Result<std::optional<JobRun>> runningOf(const QString& job) const;
    // For a viewer following another engine: the highest run id so far (0 when none), and up
    // to `limit` runs created after `afterId`, oldest first.
    Result<qint64> latestId() const;
    Result<QList<JobRun>> createdAfter(qint64 afterId, int limit) const;

    Status requestCancel(qint64 runId) const;
    Result<bool> cancelRequested(qint64 runId) const;

    // Runs still marked running whose engine holds no live lease for their job: left behind
    // by a process that crashed or was killed. With a job, only that job's runs (the caller
    // holds its lease, so every other running row of it is an orphan).
    Result<QList<qint64>> orphans(const QString& job = {}) const;

    // Closes a run whose engine is gone: failed, with `error` saying so.
    Status markAbandoned(qint64 runId, const QString& error) const;
    // Marks a running run cancelled at once (its engine is gone, nobody else will).
    Status markCancelled(qint64 runId, const QString& error) const;

    // Deletes up to `batch` finished runs that started before `cutoff` (their user rows go
    // with them); returns how many went.
    Result<int> pruneBatch(qint64 cutoff, int batch) const;

private:
    const Database& m_database;
    const Clock& m_clock;
};

} // namespace outreach
