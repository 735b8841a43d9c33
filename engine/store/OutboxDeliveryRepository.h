#pragma once

#include "core/Result.h"
#include "model/OutboxMessage.h"
#include "store/ScopedRepository.h"

#include <QList>
#include <QSet>
#include <QStringList>

namespace outreach {

// The sending engine's side of a user's outbox: the state changes around one SMTP attempt,
// batched so that thousands of messages cost a few statements each. Callers run the marks
// inside a write transaction (OutboxDispatcher does) so a batch lands whole or not at all.
//
// State rules (SPEC 3.11): a claimed row becomes `sending` (with the Message-ID it will carry
// and the sender account that sends it) before its first SMTP command; `sent` once the server
// accepted it; `retry`, `failed`, `cancelled` or `unknown` otherwise. A row whose outcome is not
// known is never put back in the queue by the engine.
class OutboxDeliveryRepository : public ScopedRepository {
public:
    struct SendingMark {
        qint64 id = 0;
        QString messageId; // "<token@sender-domain>", fixed before the transaction
        qint64 senderAccountId = 0;
    };

    // The claim and `sending` in one write transaction (the caller's): up to `limit` due
    // pending/retry rows that no live claim holds, oldest first, locked until the transaction
    // ends (PostgreSQL: FOR UPDATE SKIP LOCKED, so other engines take other rows; SQLite: the
    // caller's BEGIN IMMEDIATE keeps every other writer out). Rows that are then moved to
    // `sending` need no separate claim, and rows left alone were never claimed.
    Result<QList<OutboxMessage>> lockDue(int limit) const;
    // The same for one row (any pending/retry row of this user, due or not), e.g. a test send.
    Result<std::optional<OutboxMessage>> lockOne(qint64 id) const;
    // Moves rows locked by lockDue()/lockOne() (or claimed by `owner`) to `sending`, claimed by
    // `owner` until `leaseUntil`; returns the ids moved.
    Result<QSet<qint64>> markSending(const QList<SendingMark>& marks, const QString& owner,
                                     qint64 leaseUntil) const;
    // `sending` -> `sent` (the Message-ID was stored with `sending`); returns rows changed.
    Result<int> markSent(const QList<qint64>& ids) const;
    // `sending` -> `retry`. Without countAttempt the attempt is given back (the server or the
    // account failed, not this message), so a broken account cannot exhaust a lead's attempts.
    Status markRetry(qint64 id, const QString& error, qint64 nextAttemptAt,
                     bool countAttempt) const;
    // `sending` -> `failed`, or `unknown` (the server may have accepted it: only an admin
    // decides, SPEC 3.11).
    Status markFailed(qint64 id, const QString& error) const;
    Status markUnknown(qint64 id, const QString& error) const;
    // A claimed row that must not be sent (e.g. a suppressed address).
    Status markCancelled(qint64 id, const QString& reason) const;
    // A `sending` row whose transaction never started (the run was stopped) goes back to the
    // queue as it was, attempt given back.
    Status returnToQueue(qint64 id, const QString& owner) const;

    // Leads whose email went out move on (initial -> contacted, followupN -> followupN), unless
    // they already moved past that step (replied, bounced, unsubscribed, converted).
    Status advanceLeads(const QString& kind, const QList<qint64>& leadIds) const;

    // Messages sent, or possibly sent, through one sender account since `sinceMs` (test sends
    // excluded): the account's daily cap counts these.
    Result<qint64> countSentBySender(qint64 senderAccountId, qint64 sinceMs) const;
    struct BounceCounts {
        qint64 sent = 0;
        qint64 bounced = 0;
    };
    Result<BounceCounts> bounceCounts(qint64 sinceMs) const;

    // The row's last_error starts with this when the recipient's server bounced it.
    static inline const QString kBouncedPrefix = QStringLiteral("bounced: ");

private:
    friend class UserScope;
    using ScopedRepository::ScopedRepository;
    Status change(qint64 id, const QString& sql, const QVariantMap& values) const;
};

} // namespace outreach
