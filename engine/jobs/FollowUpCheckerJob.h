#pragma once

#include "jobs/StandardJob.h"

namespace outreach {

// SPEC §4 job 3: queues follow-ups 1 and 2 to the user's leads that have not replied
// after their campaign's delays (FollowUpPlanner); never to replied, bounced, unsubscribed or
// suppressed leads.
class FollowUpCheckerJob final : public StandardJob {
public:
    FollowUpCheckerJob();
    Status runForUser(JobContext& context) override;
};

} // namespace outreach
