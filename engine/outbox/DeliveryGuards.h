#pragma once

#include "core/Result.h"
#include "model/SenderAccount.h"
#include "model/User.h"
#include "outbox/DeliveryPolicy.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <optional>

namespace outreach {

class Clock;
class Database;
class UserScope;

// The deliverability guards of SPEC 8, evaluated per dispatch:
// - sending paused for the user (job send-campaign-emails paused for them, e.g. by this guard);
// - the user's sending window (SendingWindow, user setting "sending-window"), in their zone;
// - the bounce-rate guard: when hard bounces since the later of (now - bounceWindowMs) and
//   the guard's last trip exceed bounceThreshold of what was sent or bounced (at least
//   bounceMinSample of them), sending is paused for the user with a warning. Their data stays;
//   the admin resumes the job for the user after cleaning the list, and the bounces that
//   tripped the guard no longer count.
// - the daily cap of each sender account (0: no cap), counted from the start of the day in
//   the user's zone, including messages of this dispatch and sends of other engines.
class DeliveryGuards {
public:
    DeliveryGuards(const Database& database, const Clock& clock, const DeliveryPolicy& policy);

    // Why this user's mail must wait now; empty when it may go. Settings that cannot be read
    // are added to `problems` and hold the mail.
    QString holdReason(const User& user, const UserScope& scope, QStringList& problems);
    // How many more messages the account may send today; nullopt when it has no cap.
    Result<std::optional<qint64>> capLeft(const SenderAccount& account, const UserScope& scope,
                                          const QTimeZone& zone);
    void consume(qint64 senderAccountId);

    static QTimeZone zoneOf(const User& user);
    static inline const QString kBounceGuardSetting = QStringLiteral("bounce-guard");

private:
    QString bounceHold(const User& user, const UserScope& scope, QStringList& problems);

    const Database& m_database;
    const Clock& m_clock;
    const DeliveryPolicy& m_policy;
    std::optional<QSet<qint64>> m_paused;
    QHash<qint64, qint64> m_capLeft;
};

} // namespace outreach
