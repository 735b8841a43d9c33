#pragma once

#include "core/Result.h"
#include "model/User.h"

#include <QJsonObject>
#include <QStringList>

namespace outreach {

class Clock;
class Database;
class UserScope;

// Follow-ups (SPEC §4 job 3), for one user: in each of their active or scheduled campaigns
// with follow-ups on, a lead still at `contacted` whose initial email went out at least
// followUp1DelayDays days ago gets follow-up 1; a lead at `followup1` whose follow-up 1 went
// out at least followUp2DelayDays days ago gets follow-up 2. Days are calendar days in the
// user's zone (sent on Monday with a delay of 3: due from Thursday 00:00 there).
//
// Never to leads that replied, bounced, unsubscribed or converted (they have left those
// statuses), nor to suppressed addresses. Follow-ups count against the user's daily email
// quota; those over it wait for the next day. Each step is queued at most once per lead
// (LeadSequenceRepository::stepKey), however often the planner runs.
class FollowUpPlanner {
public:
    struct Result {
        int followUp1 = 0;
        int followUp2 = 0;
        int alreadyQueued = 0;
        int heldByQuota = 0;
        QStringList problems{}; // campaigns whose follow-ups cannot be prepared
        QJsonObject toJson() const;
    };

    FollowUpPlanner(const Database& database, const Clock& clock);

    outreach::Result<Result> queueDue(const UserScope& scope, const User& user) const;

    static constexpr int kPageSize = 5000;

private:
    const Database& m_database;
    const Clock& m_clock;
};

} // namespace outreach
