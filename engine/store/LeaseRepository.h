#pragma once

#include "core/Result.h"

#include <QString>
#include <optional>

namespace outreach {

class Clock;
class Database;

// Admin-level: the per-job run lease that makes "one run per job at a time" hold across
// processes. Acquisition is a single conditional upsert, atomic on SQLite and PostgreSQL.
class LeaseRepository {
public:
    struct Lease {
        QString job;
        QString owner;
        std::optional<qint64> runId;
        qint64 acquiredAt = 0;
        qint64 expiresAt = 0;
    };

    LeaseRepository(const Database& database, const Clock& clock);

    // True when `owner` now holds the lease: there was none, or the holder's had expired.
    Result<bool> acquire(const QString& job, const QString& owner, qint64 ttlMs) const;
    Status bindRun(const QString& job, const QString& owner, qint64 runId) const;
    // False when the lease is no longer this owner's (it expired and was taken over).
    Result<bool> renew(const QString& job, const QString& owner, qint64 ttlMs) const;
    Status release(const QString& job, const QString& owner) const;
    Result<std::optional<Lease>> holder(const QString& job) const;

private:
    const Database& m_database;
    const Clock& m_clock;
};

} // namespace outreach
