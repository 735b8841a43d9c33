#include "jobs/FollowUpCheckerJob.h"

#include "campaigns/FollowUpPlanner.h"
#include "jobs/JobContext.h"

namespace outreach {

FollowUpCheckerJob::FollowUpCheckerJob() : StandardJob(StandardJobs::kFollowUpChecker) {}

Status FollowUpCheckerJob::runForUser(JobContext& context) {
    Result<FollowUpPlanner::Result> result = FollowUpPlanner(context.database(), context.clock())
                                                 .queueDue(context.scope(), context.user());
    if (!result)
        return result.error();
    context.addItems(result->followUp1 + result->followUp2);
    context.log().info(QStringLiteral("queued %1 first and %2 second follow-ups (%3 already "
                                      "queued, %4 waiting for tomorrow's email quota)")
                           .arg(result->followUp1)
                           .arg(result->followUp2)
                           .arg(result->alreadyQueued)
                           .arg(result->heldByQuota));
    for (const QString& problem : std::as_const(result->problems))
        context.log().error(problem);
    if (!result->problems.isEmpty())
        return Error::runtime(result->problems.join(QStringLiteral("; ")));
    return Status::success();
}

} // namespace outreach
