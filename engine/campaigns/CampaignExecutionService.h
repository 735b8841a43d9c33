#pragma once

#include "campaigns/InitialOutreach.h"
#include "core/Result.h"
#include "model/Campaign.h"
#include "model/User.h"
#include "sources/LeadGenerationOutcome.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <functional>
#include <optional>

namespace outreach {

class CampaignCalendar;
class Clock;
class Database;
class UserScope;

// Executing a campaign: lead generation from the user's enabled sources (when they have any),
// then initial emails to the campaign's share of the user's new hot and warm leads, within
// its daily limit and the user's daily quota (InitialOutreach). Two callers:
//   - the scheduled-campaigns job (SPEC §4 job 4), through runScheduled(): one-time campaigns
//     whose start date and time have come run once; recurring campaigns run when nextRunAt
//     has come and their end date has not passed, and nextRunAt moves on by the recurrence
//     interval; a campaign whose schedule is over and whose mail is all out is completed;
//   - "Run campaign now" (console, `outreachctl campaigns run ID`), through runNow():
//     regardless of the schedule and guards, audited.
// Blocking: lead generation runs on a local event loop (BlockingLeadGeneration), so callers
// are engine worker threads or the CLI, never the GUI thread.
class CampaignExecutionService {
public:
    using StopCheck = std::function<bool()>;

    struct Execution {
        qint64 campaignId = 0;
        QString campaignName{};
        std::optional<LeadGenerationOutcome> generation{}; // none: the user has no source
        InitialOutreach::Result outreach{};
        QJsonObject toJson() const;
        QString summary() const; // "12 new leads from 2 calls (0 failed); 10 emails queued"
    };

    struct ScheduledPass {
        QList<Execution> executions{};
        QList<qint64> completed{};
        int notDue = 0;
        int guarded = 0;        // due, but run for this job less than 23 hours ago
        QStringList problems{}; // per campaign; the pass went on with the others
    };

    CampaignExecutionService(const Database& database, const Clock& clock);

    // Job 4 for one user; `job` names the per-campaign last-run state it keeps.
    Result<ScheduledPass> runScheduled(const UserScope& scope, const User& user, const QString& job,
                                       const StopCheck& shouldStop = {}) const;

    // Runs one campaign now and records the admin action (action campaign.run) in the audit
    // log, with the outcome or the error. Draft, paused and completed campaigns are refused.
    Result<Execution> runNow(const UserScope& scope, const User& user, qint64 campaignId,
                             const QString& actor, const QString& reason,
                             const StopCheck& shouldStop = {}) const;

private:
    // `record` runs in the transaction that queues the mail; it gets the campaign as stored.
    Result<Execution> execute(const UserScope& scope, const User& user, const Campaign& campaign,
                              const StopCheck& shouldStop,
                              const std::function<Status(Campaign&)>& record) const;
    Status runOne(const UserScope& scope, const User& user, const CampaignCalendar& calendar,
                  const Campaign& campaign, const QString& job, const StopCheck& shouldStop,
                  ScheduledPass& pass) const;

    const Database& m_database;
    const Clock& m_clock;
};

} // namespace outreach
