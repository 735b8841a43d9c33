#include "campaigns/DailyCampaigns.h"

#include "campaigns/CampaignCalendar.h"
#include "store/UserScope.h"

namespace outreach {

Result<DailyCampaigns::Selection> DailyCampaigns::dueNow(const UserScope& scope,
                                                         const CampaignCalendar& calendar,
                                                         const QString& job, qint64 nowMs) {
    Result<QList<Campaign>> active = scope.campaigns().listByStatus(QStringLiteral("active"));
    if (!active)
        return active.error();
    Selection selection;
    for (const Campaign& campaign : *active) {
        if (campaign.scheduleType != QLatin1String("daily") ||
            !calendar.atScheduledHour(campaign, nowMs) || !calendar.withinDates(campaign, nowMs))
            continue;
        Result<std::optional<qint64>> last = scope.campaigns().lastRunOf(campaign.id, job);
        if (!last)
            return last.error();
        if (CampaignCalendar::guardAllows(*last, nowMs))
            selection.due << campaign;
        else
            selection.guarded << campaign;
    }
    return selection;
}

} // namespace outreach
