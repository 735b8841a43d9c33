#include "store/AuditedChange.h"

#include "store/AuditRepository.h"
#include "store/Database.h"

namespace outreach {

Status runAudited(const Database& database, const Clock& clock, AuditEntry entry,
                  const std::function<Status(AuditEntry&)>& change) {
    return database.transaction([&](QSqlDatabase&) -> Status {
        if (Status done = change(entry); !done)
            return done;
        return AuditRepository(database, clock).record(entry);
    });
}

} // namespace outreach
