#pragma once

#include "jobs/StandardJob.h"

namespace outreach {

// SPEC §4 job 4: runs the user's one-time campaigns whose start has come (once) and
// recurring campaigns whose next run has come (until their end date), moves nextRunAt on, and
// completes campaigns whose schedule is over and whose mail is out
// (CampaignExecutionService::runScheduled).
class ScheduledCampaignsJob final : public StandardJob {
public:
    ScheduledCampaignsJob();
    Status runForUser(JobContext& context) override;
};

} // namespace outreach
