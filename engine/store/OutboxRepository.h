#pragma once

#include "core/Result.h"
#include "model/OutboxMessage.h"
#include "store/ScopedRepository.h"

#include <QList>

namespace outreach {

// A user's outbox. Sending engines claim due rows with a lease (claimed_by, claim_expires_at)
// so that several engines on one database never send a row twice; on PostgreSQL the claim
// uses FOR UPDATE SKIP LOCKED so engines do not wait for each other.
class OutboxRepository : public ScopedRepository {
public:
    // Queues a message; with an idempotency key already used, nothing is queued and the
    // result is empty (a retried job repeats no side effect).
    Result<std::optional<OutboxMessage>> enqueue(OutboxMessage draft) const;
    Result<OutboxMessage> find(qint64 id) const; // NotFound (field "message")
    Result<QList<OutboxMessage>> list(const QString& status = {}, int limit = 1000) const;
    Result<qint64> countWithStatus(const QString& status) const;
    // Messages the server accepted since `sinceMs` (daily quotas and sender caps).
    Result<qint64> sentSince(qint64 sinceMs) const;

    // Claims up to `limit` due pending/retry rows, oldest first, for `owner` until `leaseUntil`.
    Result<QList<OutboxMessage>> claimDue(const QString& owner, int limit, qint64 leaseUntil) const;
    // The claim holder moves a row to `sending` right before the SMTP transaction.
    Status markSending(qint64 id, const QString& owner, qint64 leaseUntil) const;
    Status markSent(qint64 id, const QString& messageId) const;
    Status markRetry(qint64 id, const QString& error, qint64 nextAttemptAt) const;
    Status markFailed(qint64 id, const QString& error) const;
    Status releaseClaim(qint64 id, const QString& owner) const;

    // Admin decisions on rows whose fate is unknown (or failed): send again, or record that
    // the message did go out. Anything else is refused with the row's current status.
    Result<OutboxMessage> resend(qint64 id) const;
    Result<OutboxMessage> markSentByAdmin(qint64 id) const;
    // Pending follow-ups of a lead that replied, bounced or unsubscribed are cancelled.
    Result<int> cancelPendingForLead(qint64 leadId, const QString& reason) const;

private:
    friend class UserScope;
    using ScopedRepository::ScopedRepository;
    Status transition(qint64 id, const QString& sql, const QVariantMap& values) const;
};

} // namespace outreach
