#pragma once

#include "jobs/StandardJob.h"

namespace outreach {

// SPEC §4 job 6: computes and stores the user's weekly report for the last complete
// week in their zone (WeeklyReportService), logs its summary, per-source lines and funnel, and
// a warning line for every quota at or above 90%.
class ApiPerformanceReportJob final : public StandardJob {
public:
    ApiPerformanceReportJob();
    Status runForUser(JobContext& context) override;
};

} // namespace outreach
