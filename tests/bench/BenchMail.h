#pragma once

#include "core/Result.h"

#include <QString>

namespace outreach {
class Clock;
class Database;
} // namespace outreach

namespace outreach::bench {

// The mail both SMTP benchmarks queue (outbox_bench, gui_stall_bench), so their figures compare:
// for user number `index`, one sender account on host:port (no TLS, no cap), `perUser` leads,
// and one queued initial email of ~1 KB (the body the peers send) to each, through the real
// repositories in one transaction.
Status queueUserMail(const Database& database, const Clock& clock, qint64 userId, int index,
                     const QString& host, int port, int perUser);

} // namespace outreach::bench
