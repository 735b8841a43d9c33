#pragma once

#include "core/Result.h"
#include "mail/SendOutcome.h"
#include "outbox/DeliveryPolicy.h"
#include "outbox/DeliveryReport.h"

#include <QList>
#include <functional>
#include <optional>

namespace outreach {

class Clock;
class Database;
class UserScope;

// Writes what the transports reported back to the outbox, a batch per transaction:
//   accepted                     -> sent (lead moves on: contacted, followup1, followup2)
//   whole message sent, no reply -> unknown (maybe delivered: never retried silently)
//   5.1.x about the recipient    -> failed "bounced: ...", lead bounced, address suppressed
//                                   for the user, the lead's pending mail cancelled
//   other 5xx                    -> failed
//   4xx, network, timeout        -> retry after backoff; failed after maxAttempts
//   connect/TLS/greeting/EHLO/AUTH failures (the server or the account, not the message)
//                                -> retry after backoff with the attempt given back, and a
//                                   problem for the admin
class OutcomeRecorder {
public:
    struct Settled {
        qint64 userId = 0;
        qint64 id = 0;
        int attempts = 0; // including this one
        std::optional<qint64> leadId;
        QString kind;
        QString toAddress;
        QString messageId;
        mail::SendOutcome outcome;
    };
    using ScopeOf = std::function<const UserScope&(qint64 userId)>;

    OutcomeRecorder(const Database& database, const Clock& clock, const DeliveryPolicy& policy);

    // One transaction for the whole batch. On error nothing was written: the rows stay
    // `sending` and become `unknown` at the next start unless a later attempt records them.
    Result<QList<MessageResult>> record(const QList<Settled>& batch, const ScopeOf& scopeOf) const;

private:
    Status recordOne(const Settled& s, const UserScope& scope, MessageResult& result) const;
    Status recordBounce(const Settled& s, const UserScope& scope) const;

    const Database& m_database;
    const Clock& m_clock;
    const DeliveryPolicy& m_policy;
};

} // namespace outreach
