#pragma once

#include "core/Result.h"

namespace outreach::cli {

class CliContext;
class CommandLine;

// `outbox drain [--user ID] [--limit N] [--connections N] [--max-attempts N]
//  [--dry-run-dir DIR]`: sends what is due now through the outbox, in this process, until a
// pass finds nothing more to do (rows put back for a later retry wait for their time).
// Like an engine start, it first turns rows left `sending` by a dead engine (claim expired)
// into `unknown`. Several drains (or engines) may run at once on one database: claims keep
// them from sending a row twice. --dry-run-dir writes .eml files there instead of sending.
Status runOutboxDrain(CliContext& context, CommandLine& line);

} // namespace outreach::cli
