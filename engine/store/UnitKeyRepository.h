#pragma once

#include "core/Result.h"

#include <QString>
#include <optional>

namespace outreach {

class Clock;
class Database;

// Admin-level: idempotency keys, one per (job, user, occurrence). A unit of work runs only
// after claiming its key; a finished key makes any later attempt at the same occurrence skip
// the user, so a retry or a second trigger repeats no side effect.
class UnitKeyRepository {
public:
    struct Claim {
        bool claimed = false;
        QString status{};              // when not claimed: the key's status (done, claimed)
        std::optional<qint64> runId{}; // when not claimed: the run that holds or finished it
    };

    UnitKeyRepository(const Database& database, const Clock& clock);

    // Claims a new key, or one whose earlier attempt was left incomplete.
    Result<Claim> claim(const QString& job, qint64 userId, const QString& occurrence,
                        qint64 runId) const;
    // done: the unit finished; otherwise it is left incomplete and may be claimed again.
    Status finish(const QString& job, qint64 userId, const QString& occurrence, qint64 runId,
                  bool done) const;
    // Keys a crashed run still held become claimable again.
    Status releaseRun(qint64 runId) const;
    Result<int> pruneBatch(qint64 cutoff, int batch) const;

private:
    const Database& m_database;
    const Clock& m_clock;
};

} // namespace outreach
