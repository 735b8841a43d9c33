#include "jobs/DailyOutreachJob.h"

#include "campaigns/CampaignCalendar.h"
#include "campaigns/DailyCampaigns.h"
#include "campaigns/InitialOutreach.h"
#include "core/Clock.h"
#include "jobs/JobContext.h"
#include "store/UserScope.h"

namespace outreach {

DailyOutreachJob::DailyOutreachJob() : StandardJob(StandardJobs::kDailyOutreach) {}

Status DailyOutreachJob::runForUser(JobContext& context) {
    const qint64 now = context.clock().nowMs();
    Result<CampaignCalendar> calendar = CampaignCalendar::forUser(context.user());
    if (!calendar)
        return calendar.error();
    Result<DailyCampaigns::Selection> selection =
        DailyCampaigns::dueNow(context.scope(), *calendar, name(), now);
    if (!selection)
        return selection.error();
    for (const Campaign& campaign : selection->guarded)
        context.log().info(QStringLiteral("campaign %1 (%2): outreach ran less than 23 hours "
                                          "ago; skipped")
                               .arg(campaign.id)
                               .arg(campaign.name));
    if (selection->due.isEmpty()) {
        context.log().debug(QStringLiteral("no daily campaign is at its hour"));
        return Status::success();
    }
    const UserScope& scope = context.scope();
    Result<InitialOutreach::Result> result =
        InitialOutreach(context.database(), context.clock())
            .run(scope, context.user(), selection->due,
                 [&](const InitialOutreach::Result& pass) -> Status {
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
