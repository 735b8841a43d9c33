#include "outbox/UserBatch.h"

#include "core/Clock.h"
#include "model/Lead.h"
#include "outbox/DeliveryGuards.h"
#include "outbox/DeliveryPolicy.h"
#include "outbox/MessageComposer.h"
#include "outbox/SenderTransports.h"
#include "outbox/WriteTransaction.h"
#include "store/UserScope.h"

#include <QSet>

namespace outreach {

UserBatch::UserBatch(const Database& database, const Clock& clock, const DeliveryPolicy& policy,
                     SenderTransports& transports, DeliveryGuards& guards,
                     const MessageComposer& composer)
    : m_database(database), m_clock(clock), m_policy(policy), m_transports(transports),
      m_guards(guards), m_composer(composer) {}

UserBatch::Prepared UserBatch::prepare(const Target& target) {
    Prepared out;
    const Status done = WriteTransaction::run(m_database, [&]() -> Status {
        out = Prepared{};
        return fill(target, out);
    });
    if (!done) {
        // Rolled back: nothing was claimed, nothing is sending.
        out = Prepared{};
        out.counts.problems << done.error().message;
    }
    out.counts.userId = target.user.id;
    return out;
}

// The row stays in the queue as it was: it was locked, never claimed.
void UserBatch::leave(const Target& target, const OutboxMessage& row, Prepared& out,
                      const QString& problem) {
    if (!problem.isEmpty() && !out.counts.problems.contains(problem))
        out.counts.problems << problem;
    ++out.counts.deferred;
    out.ended.append({target.user.id, row.id, row.status, problem, row.messageId});
}

Status UserBatch::fill(const Target& target, Prepared& out) {
    const UserScope& scope = target.scope;
    const qint64 userId = target.user.id;
    const qint64 leaseUntil = m_clock.nowMs() + m_policy.leaseMs;
    QList<OutboxMessage> rows;
    if (target.messageId) {
        Result<std::optional<OutboxMessage>> one =
            scope.outboxDelivery().lockOne(*target.messageId);
        if (!one)
            return one.error();
        if (!one->has_value()) {
            out.counts.problems << QStringLiteral("message %1 is not waiting to be sent (or "
                                                  "another engine is sending it)")
                                       .arg(*target.messageId);
            return Status::success();
        }
        rows << **one;
    } else {
        Result<QList<OutboxMessage>> due = scope.outboxDelivery().lockDue(m_policy.perUserLimit);
        if (!due)
            return due.error();
        rows = *due;
    }
    out.counts.claimed = int(rows.size());
    if (rows.isEmpty())
        return Status::success();
    if (!target.accounts) {
        Result<QList<SenderAccount>> accounts = scope.senders().list();
        if (!accounts)
            return accounts.error();
        target.accounts = *accounts;
    }
    QStringList addresses;
    for (const OutboxMessage& row : rows)
        addresses << row.toAddress;
    Result<QSet<QString>> suppressed = scope.suppression().suppressedAmong(addresses);
    if (!suppressed)
        return suppressed.error();

    const bool guarded = !target.messageId;
    const QDateTime now = m_clock.now();
    QList<OutboxDeliveryRepository::SendingMark> marks;
    for (const OutboxMessage& row : rows) {
        if (suppressed->contains(Lead::normaliseEmail(row.toAddress))) {
            const QString reason =
                QStringLiteral("suppressed: the address is on the suppression list");
            if (Status cancelled = scope.outboxDelivery().markCancelled(row.id, reason); !cancelled)
                return cancelled;
            ++out.counts.suppressed;
            out.ended.append({userId, row.id, QStringLiteral("cancelled"), reason, {}});
            continue;
        }
        // A row without a sender account goes out through the user's first one.
        const SenderAccount* account = nullptr;
        for (const SenderAccount& a : std::as_const(*target.accounts))
            if (!row.senderAccountId || a.id == *row.senderAccountId) {
                account = &a;
                break;
            }
        if (!account) {
            const QString problem =
                row.senderAccountId
                    ? QStringLiteral("sender %1 no longer exists").arg(*row.senderAccountId)
                    : QStringLiteral("the user has no sender account");
            leave(target, row, out, problem);
            continue;
        }
        Result<SenderTransports::Sender> sender = m_transports.resolve(*account);
        if (!sender) {
            leave(target, row, out, sender.error().message);
            continue;
        }
        if (guarded && row.kind != QLatin1String("test")) {
            Result<std::optional<qint64>> left = m_guards.capLeft(*account, scope, target.zone);
            if (!left)
                return left.error();
            if (left->has_value() && **left <= 0) {
                const QString problem = QStringLiteral("sender %1 reached its daily cap of %2")
                                            .arg(account->id)
                                            .arg(account->dailyCap);
                leave(target, row, out, problem);
                continue;
            }
        }
        Result<mail::MimeMessage> message = m_composer.compose(
            row, sender->from, account->postalAddress, MessageComposer::tokenFor(row), now);
        if (!message) {
            if (Status failed = scope.outbox().markFailed(row.id, message.error().message); !failed)
                return failed;
            ++out.counts.failed;
            out.ended.append(
                {userId, row.id, QStringLiteral("failed"), message.error().message, {}});
            continue;
        }
        m_guards.consume(account->id);
        marks.append({row.id, message->messageId(), account->id});
        out.ready.append({{userId,
                           row.id,
                           row.attempts + 1,
                           row.leadId,
                           row.kind,
                           row.toAddress,
                           message->messageId(),
                           {}},
                          *message,
                          sender->transport});
    }
    if (marks.isEmpty())
        return Status::success();
    Result<QSet<qint64>> marked =
        scope.outboxDelivery().markSending(marks, m_policy.owner, leaseUntil);
    if (!marked)
        return marked.error();
    if (marked->size() != marks.size())
        return Error::conflict(QStringLiteral("rows claimed in this transaction changed under it"));
    return Status::success();
}

} // namespace outreach
