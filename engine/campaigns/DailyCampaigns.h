#pragma once

#include "core/Result.h"
#include "model/Campaign.h"

#include <QList>

namespace outreach {

class CampaignCalendar;
class UserScope;

// Which of a user's daily campaigns an hourly job (lead generation, outreach) works on now
// (SPEC §4 jobs 1 and 2): active daily campaigns within their start and end dates whose
// scheduleTime hour is the current hour in the user's zone, and whose last run for this job
// is at least 23 hours old. Each job keeps its own last run per campaign, so lead generation
// and outreach never block each other.
class DailyCampaigns {
public:
    struct Selection {
        QList<Campaign> due{};
        QList<Campaign> guarded{}; // at their hour, but already run for this job today
    };

    static Result<Selection> dueNow(const UserScope& scope, const CampaignCalendar& calendar,
                                    const QString& job, qint64 nowMs);
};

} // namespace outreach
