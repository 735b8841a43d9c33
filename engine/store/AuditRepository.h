#pragma once

#include "core/Result.h"
#include "model/AuditEntry.h"

#include <QList>

namespace outreach {

class Clock;
class Database;

// The admin's trail: every pause, resume, run, cancel and edit. Never pruned.
class AuditRepository {
public:
    AuditRepository(const Database& database, const Clock& clock);

    Status record(AuditEntry entry) const; // `at` is set from the clock
    Result<QList<AuditEntry>> latest(int limit) const;

    // Who is acting: the operating-system account, as "name@host".
    static QString currentActor();

private:
    const Database& m_database;
    const Clock& m_clock;
};

} // namespace outreach
