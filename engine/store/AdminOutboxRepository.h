#pragma once

#include "core/Result.h"
#include "model/OutboxMessage.h"
#include "model/OutboxQuery.h"

#include <QList>

namespace outreach {

class Clock;
class Database;

// Agency-wide outbox views and start-up recovery; per-user sending goes through UserScope.
class AdminOutboxRepository {
public:
    AdminOutboxRepository(const Database& database, const Clock& clock);

    // SPEC 3.11: rows left `sending` by an engine that died (its claim has expired) become
    // `unknown`: the server may or may not have accepted them, so only the admin decides.
    Result<int> markInterruptedSendsUnknown() const;
    Result<QList<OutboxMessage>> list(const QString& status, int limit) const;
    Result<qint64> countWithStatus(const QString& status) const;
    // The console's paged view: one page in attention order, and how many rows match in all.
    Result<QList<OutboxMessage>> page(const OutboxQuery& query) const;
    Result<qint64> count(const OutboxQuery& query) const;

private:
    const Database& m_database;
    const Clock& m_clock;
};

} // namespace outreach
