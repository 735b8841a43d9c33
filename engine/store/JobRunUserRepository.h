#pragma once

#include "core/Result.h"
#include "model/JobRunUser.h"

#include <QList>

namespace outreach {

class Database;

// Admin-level: the per-user outcome rows of runs (job_run_users).
class JobRunUserRepository {
public:
    explicit JobRunUserRepository(const Database& database);

    Result<qint64> add(const JobRunUser& row) const;
    Status update(const JobRunUser& row) const; // status, items, error, note, finish, duration
    Result<QList<JobRunUser>> forRun(qint64 runId) const;
    Result<QList<qint64>> failedUserIds(qint64 runId) const;
    // Rows a crashed engine left running: failed, with `error` as the reason.
    Status failRunning(qint64 runId, qint64 at, const QString& error) const;

private:
    const Database& m_database;
};

} // namespace outreach
