#pragma once

#include "mail/MimeMessage.h"
#include "model/OutboxMessage.h"
#include "model/SenderAccount.h"
#include "model/User.h"
#include "outbox/DeliveryReport.h"
#include "outbox/OutcomeRecorder.h"

#include <QList>
#include <QTimeZone>
#include <optional>

namespace outreach {

class Clock;
class Database;
class DeliveryGuards;
class MessageComposer;
class SenderTransports;
class UserScope;
struct DeliveryPolicy;
namespace mail {
class MailTransport;
}

// One user's share of a dispatch, made ready in ONE write transaction: lock the rows, cancel
// the suppressed ones, pick each row's sender account and transport, hold what is over an
// account's daily cap, build the messages and move them to `sending` with their Message-IDs.
// Locking and marking `sending` in one transaction is the claim: no separate claim write per
// row, SQLite writes each touched page once, and nothing is claimed at all when any step
// fails. The SMTP transactions start after the commit.
class UserBatch {
public:
    struct Ready {
        OutcomeRecorder::Settled settled;
        mail::MimeMessage message;
        mail::MailTransport* transport = nullptr;
    };
    struct Prepared {
        QList<Ready> ready;
        QList<MessageResult> ended; // rows settled without an SMTP transaction
        UserDelivery counts;        // claimed, suppressed, failed, deferred, problems
    };
    struct Target {
        const User& user;
        const UserScope& scope;
        QTimeZone zone;
        std::optional<QList<SenderAccount>>& accounts; // loaded once per dispatch
        std::optional<qint64> messageId;               // one row (a test send), or the due rows
    };

    UserBatch(const Database& database, const Clock& clock, const DeliveryPolicy& policy,
              SenderTransports& transports, DeliveryGuards& guards,
              const MessageComposer& composer);

    Prepared prepare(const Target& target);

private:
    Status fill(const Target& target, Prepared& out);
    void leave(const Target& target, const OutboxMessage& row, Prepared& out,
               const QString& problem);

    const Database& m_database;
    const Clock& m_clock;
    const DeliveryPolicy& m_policy;
    SenderTransports& m_transports;
    DeliveryGuards& m_guards;
    const MessageComposer& m_composer;
};

} // namespace outreach
