#pragma once

#include "jobs/StandardJob.h"

namespace outreach {

// SPEC §4 job 2: for the user's daily campaigns at their hour (user's zone) and not run for
// this job in the last 23 hours, routes the user's new leads, hot (>= 80) first, then warm
// (>= 60), to the best of those campaigns and queues their initial emails within each
// campaign's daily limit and the user's daily email quota (InitialOutreach).
class DailyOutreachJob final : public StandardJob {
public:
    DailyOutreachJob();
    Status runForUser(JobContext& context) override;
};

} // namespace outreach
