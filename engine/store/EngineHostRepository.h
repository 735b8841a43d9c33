#pragma once

#include "core/Result.h"
#include "model/EngineHost.h"

#include <QList>

namespace outreach {

class Clock;
class Database;

// Admin-level: the engines that announce they run schedules on this database. An engine
// announces itself when it starts, renews the announcement like a lease while it runs and
// withdraws it when it stops; one that died simply lets it expire.
class EngineHostRepository {
public:
    EngineHostRepository(const Database& database, const Clock& clock);

    // Stores (or refreshes) `host` with expires_at = now + ttlMs.
    Status announce(const EngineHost& host, qint64 ttlMs) const;
    // False when the row is gone (e.g. removed by hand): announce again.
    Result<bool> renew(const QString& owner, qint64 ttlMs) const;
    Status withdraw(const QString& owner) const;
    // Engines whose announcement still holds, oldest first, except `exceptOwner`.
    Result<QList<EngineHost>> live(const QString& exceptOwner = {}) const;

private:
    const Database& m_database;
    const Clock& m_clock;
};

} // namespace outreach
