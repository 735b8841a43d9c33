#pragma once

#include "core/Result.h"
#include "model/OutboxMessage.h"

#include <QString>

namespace outreach {

class Clock;
class Database;

// The admin's decision on a message whose fate is unknown (or that failed): send it again
// (`resend`: back to pending, due now, same Message-ID) or record that it did go out
// (`mark-sent`, unknown rows only). The change and its audit entry ("outbox.resend" /
// "outbox.mark-sent", with the optional reason) are stored in one transaction. The one path
// for `outreachctl outbox resend|mark-sent` and the console's Outbox page, so both are audited
// alike; the row is reached through its owner's UserScope.
class OutboxDecision {
public:
    enum class Kind { Resend, MarkSent };

    OutboxDecision(const Database& database, const Clock& clock, QString actor = {});

    // BadInput (field "message") when the row's status does not allow it; NotFound for an
    // unknown id.
    Result<OutboxMessage> apply(Kind kind, qint64 messageId, const QString& reason) const;

    static QString verb(Kind kind); // "resend" | "mark-sent", as in the CLI and the audit log

private:
    const Database& m_database;
    const Clock& m_clock;
    QString m_actor;
};

} // namespace outreach
