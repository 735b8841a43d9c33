#pragma once

#include "core/Result.h"
#include "model/OutboxMessage.h"

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

private:
    const Database& m_database;
    const Clock& m_clock;
};

} // namespace outreach
