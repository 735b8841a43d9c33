#include "jobs/DailyOutreachJob.h"

#include "campaigns/InitialOutreach.h"
#include "core/Clock.h"
#include "jobs/JobContext.h"
#include "store/UserScope.h"

namespace outreach {

DailyOutreachJob::DailyOutreachJob() : StandardJob(StandardJobs::kDailyOutreach) {}

Status DailyOutreachJob::runForUser(JobContext& context) {
    const qint64 now = context.clock().nowMs();
    Result<QList<Campaign>> due = dailyCampaignsDue(context, QStringLiteral("outreach ran"), now);
    if (!due)
        return due.error();
    if (due->isEmpty())
        return Status::success();
    const UserScope& scope = context.scope();
    Result<InitialOutreach::Result> result =
        InitialOutreach(context.database(), context.clock())
            .run(scope, context.user(), *due, [&](const InitialOutreach::Result& pass) -> Status {
                for (qint64 campaignId : pass.preparedCampaigns)
                    if (Status recorded = scope.campaigns().recordRun(campaignId, name(), now);
                        !recorded)
                        return recorded;
                return Status::success();
            });
    if (!result)
        return result.error();
    context.addItems(result->queued);
    context.log().info(QStringLiteral("queued %1 initial emails for %2 campaigns (%3 hot, %4 "
                                      "warm leads routed; %5 already queued; %6 left for lack "
                                      "of room today)")
                           .arg(result->queued)
                           .arg(result->preparedCampaigns.size())
                           .arg(result->hot)
                           .arg(result->warm)
                           .arg(result->alreadyQueued)
                           .arg(result->unrouted));
    for (const QString& problem : std::as_const(result->problems))
        context.log().error(problem);
    if (!result->problems.isEmpty())
        return Error::runtime(result->problems.join(QStringLiteral("; ")));
    return Status::success();
}

} // namespace outreach
