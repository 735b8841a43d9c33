#pragma once

#include "core/Result.h"
#include "model/Campaign.h"

namespace outreach {

class CampaignCalendar;
class UserScope;

// When a campaign is over (SPEC §4 jobs 4 and 5): it will start no new sequence (a one-time
// campaign that has run, or any campaign past its end date) and nothing of it is still in
// flight (no email pending, retrying or sending; with follow-ups on, no lead still waiting
// for one). Such a campaign becomes `completed`. Paused, draft and completed campaigns are
// left alone, and so are manual campaigns, which run whenever the admin says.
class CampaignCompletion {
public:
    // Whether the campaign's schedule is over, so only its backlog keeps it open.
    static bool schedulingOver(const Campaign& campaign, const CampaignCalendar& calendar,
                               qint64 nowMs);
    // Marks the campaign completed when it is over; true when it did.
    static Result<bool> check(const UserScope& scope, const CampaignCalendar& calendar,
                              const Campaign& campaign, qint64 nowMs);
};

} // namespace outreach
