#include "jobs/StandardJob.h"

#include "campaigns/CampaignCalendar.h"
#include "campaigns/DailyCampaigns.h"
#include "jobs/JobContext.h"

#include <QtGlobal>

namespace outreach {

StandardJob::StandardJob(const QString& name) {
    const std::optional<StandardJobs::Entry> entry = StandardJobs::find(name);
    // A typo here is a programming error, caught the first time the registry is built.
    if (!entry)
        qFatal("StandardJob: '%s' is not in the StandardJobs catalogue", qPrintable(name));
    m_entry = *entry;
}

Result<QList<Campaign>>
StandardJob::dailyCampaignsDue(JobContext& context, const QString& guardedNote, qint64 now) const {
    Result<CampaignCalendar> calendar = CampaignCalendar::forUser(context.user());
    if (!calendar)
        return calendar.error();
    Result<DailyCampaigns::Selection> selection =
        DailyCampaigns::dueNow(context.scope(), *calendar, name(), now);
    if (!selection)
        return selection.error();
    for (const Campaign& campaign : selection->guarded)
        context.log().info(QStringLiteral("campaign %1 (%2): %3 less than 23 hours ago; skipped")
                               .arg(campaign.id)
                               .arg(campaign.name, guardedNote));
    if (selection->due.isEmpty())
        context.log().debug(QStringLiteral("no daily campaign is at its hour"));
    return selection->due;
}

} // namespace outreach
