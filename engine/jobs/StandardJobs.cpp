#include "jobs/StandardJobs.h"

#include "jobs/Job.h"

namespace outreach {

const QList<StandardJobs::Entry>& StandardJobs::all() {
    constexpr qint64 day = Job::kDefaultGraceMs;
    static const QList<Entry> entries{
        {kDailyLeadGeneration,
         QStringLiteral("Pulls leads for daily campaigns at their hour from each user's sources"),
         QStringLiteral("0 * * * *"), 1000, day},
        {kDailyOutreach,
         QStringLiteral("Queues initial emails to new leads for daily campaigns at their hour"),
         QStringLiteral("0 * * * *"), 1000, day},
        {kFollowUpChecker,
         QStringLiteral("Queues follow-ups 1 and 2 to contacted leads that have not replied"),
         QStringLiteral("0 10 * * *"), 500, day},
        {kScheduledCampaigns,
         QStringLiteral("Starts one-time and recurring campaigns whose time has come"),
         QStringLiteral("* * * * *"), 500, day},
        {kSendCampaignEmails,
         QStringLiteral("Sends due emails from each user's outbox through their sender account"),
         QStringLiteral("* * * * *"), 100, day},
        // A week: a report missed on Monday morning is still worth making on Tuesday.
        {kApiPerformanceReport,
         QStringLiteral("Computes each user's weekly lead-source and funnel report"),
         QStringLiteral("0 8 * * 1"), 100, 7 * day},
        {kReplyChecker,
         QStringLiteral("Reads sender mailboxes for replies, bounces and unsubscribes"),
         QStringLiteral("*/5 * * * *"), 500, day},
    };
    return entries;
}

std::optional<StandardJobs::Entry> StandardJobs::find(const QString& name) {
    for (const Entry& entry : all())
        if (entry.name == name)
            return entry;
    return std::nullopt;
}

} // namespace outreach
