#pragma once

#include "core/Result.h"
#include "sources/LeadGenerationOutcome.h"

#include <functional>
#include <optional>

namespace outreach {

class Clock;
class Database;
class UserScope;

// The blocking face of LeadGenerationService, for code that runs to completion on a thread of
// its own: a job's unit of work on an engine worker thread, or an outreachctl command. It runs
// the service on a local event loop on the calling thread until the outcome is in, the same
// way OutboxDelivery does for sending, and likewise refuses a GUI application's thread.
// `shouldStop` is polled every 50 ms; once true, the run stops between source calls.
class BlockingLeadGeneration {
public:
    static Result<LeadGenerationOutcome> run(const Database& database, const Clock& clock,
                                             const UserScope& scope, qint64 campaignId,
                                             const std::function<bool()>& shouldStop = {},
                                             std::optional<int> target = std::nullopt);
};

} // namespace outreach
