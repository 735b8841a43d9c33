#pragma once

#include "core/Result.h"
#include "model/Lead.h"
#include "store/ScopedRepository.h"

#include <QList>
#include <QSet>

namespace outreach {

// The reads and writes behind a lead's email sequence (initial -> follow-up 1 -> follow-up 2)
// within one campaign: the campaign a lead was routed to, the leads due for their next step,
// and what a campaign still has in flight (its completion check).
class LeadSequenceRepository : public ScopedRepository {
public:
    struct Backlog {
        qint64 queued = 0;      // outbox rows pending, retry or sending
        qint64 contacted = 0;   // leads waiting for follow-up 1
        qint64 followedUp1 = 0; // leads waiting for follow-up 2
    };

    // Routing a lead to a campaign makes it that campaign's lead (SPEC §2: "campaign once
    // routed"), so its follow-ups come from the same campaign's templates.
    Status assignCampaign(qint64 leadId, qint64 campaignId) const;

    // The campaign's leads at `fromStatus` (contacted or followup1) that reached it before
    // `cutoffMs`, oldest step first, leaving out suppressed addresses (the user's list or the
    // agency-wide one). Leads that replied, bounced, unsubscribed or converted have another
    // status and never match.
    Result<QList<Lead>> dueForNextStep(qint64 campaignId, const QString& fromStatus,
                                       qint64 cutoffMs, int limit) const;

    Result<Backlog> backlog(qint64 campaignId) const;

    // The leads among `leadIds` that already have this step in the outbox, whatever became of
    // it: routing passes them over, so a lead whose initial email still waits (a paused
    // sending window, a retry) neither takes a second campaign's room nor changes campaign.
    Result<QSet<qint64>> withStep(const QList<qint64>& leadIds, const QString& kind) const;

    // The idempotency key of one step of one lead's sequence. One per (user, lead, step) for
    // ever: a retried run, a second manual trigger or the next day's run can never queue the
    // same step to the same lead twice (the outbox key is unique).
    static QString stepKey(qint64 userId, qint64 leadId, const QString& kind);

private:
    friend class UserScope;
    using ScopedRepository::ScopedRepository;
};

} // namespace outreach
