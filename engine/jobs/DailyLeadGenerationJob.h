#pragma once

#include "jobs/StandardJob.h"

namespace outreach {

// SPEC §4 job 1: for each of the user's daily campaigns at its hour (user's zone) and not run for
// this job in the last 23 hours, pulls leads from the user's enabled sources (within each
// source's monthly quota, the campaign's target and the user's monthly lead quota), validated,
// deduplicated within the user and scored; every API call is recorded. A campaign whose calls
// all failed is reported as this user's failure and keeps no last run, so a retry of the
// user may try again within the hour.
class DailyLeadGenerationJob final : public StandardJob {
public:
    DailyLeadGenerationJob();
    Status runForUser(JobContext& context) override;
};

} // namespace outreach
