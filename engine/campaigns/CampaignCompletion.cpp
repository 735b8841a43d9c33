#include "campaigns/CampaignCompletion.h"

#include "campaigns/CampaignCalendar.h"
#include "logging/Logger.h"
#include "store/UserScope.h"

namespace outreach {

bool CampaignCompletion::schedulingOver(const Campaign& campaign, const CampaignCalendar& calendar,
                                        qint64 nowMs) {
    if (campaign.status != QLatin1String("active") && campaign.status != QLatin1String("scheduled"))
        return false;
    if (campaign.scheduleType == QLatin1String("manual"))
        return false;
    if (calendar.pastEndDate(campaign, nowMs))
        return true;
    return campaign.scheduleType == QLatin1String("once") && campaign.lastRunAt.has_value() &&
           !campaign.nextRunAt.has_value();
}

Result<bool> CampaignCompletion::check(const UserScope& scope, const CampaignCalendar& calendar,
                                       const Campaign& campaign, qint64 nowMs) {
    if (!schedulingOver(campaign, calendar, nowMs))
        return false;
    Result<LeadSequenceRepository::Backlog> backlog = scope.sequences().backlog(campaign.id);
    if (!backlog)
        return backlog.error();
    if (backlog->queued > 0)
        return false;
    // Leads wait only for follow-ups that can come: the campaign has them on and a body for
    // the step.
    if (campaign.followUpEnabled) {
        if (backlog->contacted > 0 && !campaign.bodyFollowUp1.trimmed().isEmpty())
            return false;
        if (backlog->followedUp1 > 0 && !campaign.bodyFollowUp2.trimmed().isEmpty())
            return false;
    }
    Result<Campaign> done = scope.campaigns().setStatus(campaign.id, QStringLiteral("completed"));
    if (!done)
        return done.error();
    Logger().info(QStringLiteral("campaign %1 (%2) completed: its schedule is over and none of "
                                 "its mail is still to go")
                      .arg(campaign.id)
                      .arg(campaign.name));
    return true;
}

} // namespace outreach
