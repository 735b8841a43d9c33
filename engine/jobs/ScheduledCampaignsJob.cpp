#include "jobs/ScheduledCampaignsJob.h"

#include "campaigns/CampaignExecutionService.h"
#include "jobs/JobContext.h"

namespace outreach {

ScheduledCampaignsJob::ScheduledCampaignsJob() : StandardJob(StandardJobs::kScheduledCampaigns) {}

Status ScheduledCampaignsJob::runForUser(JobContext& context) {
    Result<CampaignExecutionService::ScheduledPass> pass =
        CampaignExecutionService(context.database(), context.clock())
            .runScheduled(context.scope(), context.user(), name(),
                          [&context] { return context.shouldStop(); });
    if (!pass)
        return pass.error();
    for (const CampaignExecutionService::Execution& execution : std::as_const(pass->executions))
        context.addItems(execution.outreach.queued);
    if (!pass->executions.isEmpty() || !pass->completed.isEmpty())
        context.log().info(QStringLiteral("%1 campaigns ran, %2 completed")
                               .arg(pass->executions.size())
                               .arg(pass->completed.size()));
    for (const QString& problem : std::as_const(pass->problems))
        context.log().error(problem);
    if (!pass->problems.isEmpty())
        return Error::runtime(pass->problems.join(QStringLiteral("; ")));
    return Status::success();
}

} // namespace outreach
