#include "outbox/OutcomeRecorder.h"

#include "core/Clock.h"
#include "outbox/WriteTransaction.h"
#include "store/UserScope.h"

#include <QHash>
#include <QPair>

namespace outreach {

using mail::SendOutcome;

OutcomeRecorder::OutcomeRecorder(const Database& database, const Clock& clock,
                                 const DeliveryPolicy& policy)
    : m_database(database), m_clock(clock), m_policy(policy) {}

Result<QList<MessageResult>> OutcomeRecorder::record(const QList<Settled>& batch,
                                                     const ScopeOf& scopeOf) const {
    QList<MessageResult> results;
    Status done = WriteTransaction::run(m_database, [&]() -> Status {
        results.clear();
        // Accepted messages: one UPDATE per user, and one per (user, kind) for their leads.
        QHash<qint64, QList<qint64>> sentByUser;
        QHash<QPair<qint64, QString>, QList<qint64>> leadsByUserKind;
        for (const Settled& s : batch) {
            MessageResult result{s.userId, s.id, {}, {}, s.messageId};
            if (s.outcome.isSent()) {
                sentByUser[s.userId].append(s.id);
                if (s.leadId)
                    leadsByUserKind[{s.userId, s.kind}].append(*s.leadId);
                result.status = QStringLiteral("sent");
                result.detail = s.outcome.describe();
            } else if (Status one = recordOne(s, scopeOf(s.userId), result); !one) {
                return one;
            }
            results.append(result);
        }
        for (auto it = sentByUser.cbegin(); it != sentByUser.cend(); ++it) {
            Result<int> changed = scopeOf(it.key()).outboxDelivery().markSent(it.value());
            if (!changed)
                return changed.error();
        }
        for (auto it = leadsByUserKind.cbegin(); it != leadsByUserKind.cend(); ++it)
            if (Status moved = scopeOf(it.key().first)
                                   .outboxDelivery()
                                   .advanceLeads(it.key().second, it.value());
                !moved)
                return moved;
        return Status::success();
    });
    if (!done)
        return done.error();
    return results;
}

Status OutcomeRecorder::recordOne(const Settled& s, const UserScope& scope,
                                  MessageResult& result) const {
    const OutboxDeliveryRepository outbox = scope.outboxDelivery();
    const SendOutcome& o = s.outcome;
    const QString text = o.describe();
    const qint64 now = m_clock.nowMs();
    Status written;
    if (o.maybeDelivered) {
        result.status = QStringLiteral("unknown");
        written = outbox.markUnknown(s.id, text);
    } else if (o.kind == SendOutcome::Kind::Bounced) {
        result.status = QStringLiteral("failed");
        written = outbox.markFailed(s.id, OutboxDeliveryRepository::kBouncedPrefix + text);
        if (written)
            written = recordBounce(s, scope);
    } else if (o.concernsConnection()) {
        result.status = QStringLiteral("retry");
        written = outbox.markRetry(s.id, text, m_policy.nextAttemptAt(now, 1), false);
    } else if (o.kind == SendOutcome::Kind::Permanent) {
        result.status = QStringLiteral("failed");
        written = outbox.markFailed(s.id, text);
    } else if (s.attempts >= m_policy.maxAttempts) {
        result.status = QStringLiteral("failed");
        written = outbox.markFailed(
            s.id, QStringLiteral("gave up after %1 attempts: %2").arg(s.attempts).arg(text));
    } else {
        result.status = QStringLiteral("retry");
        written = outbox.markRetry(s.id, text, m_policy.nextAttemptAt(now, s.attempts), true);
    }
    result.detail = text;
    // A row an admin changed meanwhile (Conflict) keeps the admin's decision.
    if (!written && written.error().kind == Error::Kind::Conflict) {
        result.status = QStringLiteral("changed");
        return Status::success();
    }
    return written;
}

Status OutcomeRecorder::recordBounce(const Settled& s, const UserScope& scope) const {
    const QString reason = QStringLiteral("hard bounce: %1").arg(s.outcome.describe());
    if (Status added = scope.suppression().add(s.toAddress, reason); !added)
        return added;
    std::optional<qint64> leadId = s.leadId;
    if (!leadId) {
        if (Result<Lead> lead = scope.leads().findByEmail(s.toAddress); lead)
            leadId = lead->id;
    }
    if (!leadId)
        return Status::success();
    if (Result<Lead> marked = scope.leads().markStatus(*leadId, QStringLiteral("bounced"));
        !marked && marked.error().kind != Error::Kind::NotFound)
        return marked.error();
    Result<int> cancelled =
        scope.outbox().cancelPendingForLead(*leadId, QStringLiteral("the address bounced"));
    if (!cancelled)
        return cancelled.error();
    return Status::success();
}

} // namespace outreach
