#pragma once

#include "core/Result.h"
#include "model/AuditEntry.h"

#include <functional>

namespace outreach {

class Database;
class Clock;

// Runs an admin change and its audit entry in one transaction: either both are stored or
// neither is, so the audit log never claims a change that did not happen (or misses one).
// The change may fill in the entry (e.g. the id of a row it created). Shared by outreachctl
// and the console's editors, so both audit the same way.
Status runAudited(const Database& database, const Clock& clock, AuditEntry entry,
                  const std::function<Status(AuditEntry&)>& change);

} // namespace outreach
