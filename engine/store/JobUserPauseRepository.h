#pragma once

#include "core/Result.h"

#include <QList>
#include <QSet>

namespace outreach {

class Clock;
class Database;

// Admin-level: one job paused for one user, while the user stays active for other jobs.
class JobUserPauseRepository {
public:
    JobUserPauseRepository(const Database& database, const Clock& clock);

    Status pause(const QString& job, qint64 userId, const QString& reason) const;
    // True when there was a pause to lift.
    Result<bool> resume(const QString& job, qint64 userId) const;
    Result<QSet<qint64>> pausedUsers(const QString& job) const;

private:
    const Database& m_database;
    const Clock& m_clock;
};

} // namespace outreach
