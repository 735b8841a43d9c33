#pragma once

#include "jobs/StandardJob.h"
#include "outbox/DeliveryPolicy.h"

namespace outreach {

// SPEC §4 job 5: sends the user's due outbox rows, oldest first, at most
// perUserLimit per run (engine setting "jobs.send-campaign-emails.per-user-limit", default
// 50), through the user's own sender account. Retries with backoff, bounces and suppression
// are the outbox delivery service's (OutboxDelivery); this job then checks the campaigns whose
// mail settled for completion. Account problems (no sender, a refused login) fail the user.
class SendCampaignEmailsJob final : public StandardJob {
public:
    SendCampaignEmailsJob();
    Status runForUser(JobContext& context) override;

    static constexpr const char* kPerUserLimitKey = "jobs.send-campaign-emails.per-user-limit";
    // The delivery policy of a run: the agency's mail settings and the per-user limit.
    static Result<DeliveryPolicy> policy(const Database& database, const Clock& clock);
};

} // namespace outreach
