#include "outbox/OutboxDecision.h"

#include "model/AuditEntry.h"
#include "store/AdminOwnershipRepository.h"
#include "store/AuditRepository.h"
#include "store/Database.h"
#include "store/UserScope.h"

namespace outreach {

OutboxDecision::OutboxDecision(const Database& database, const Clock& clock, QString actor)
    : m_database(database), m_clock(clock), m_actor(std::move(actor)) {}

QString OutboxDecision::verb(Kind kind) {
    return kind == Kind::Resend ? QStringLiteral("resend") : QStringLiteral("mark-sent");
}

Result<OutboxMessage> OutboxDecision::apply(Kind kind, qint64 messageId,
                                            const QString& reason) const {
    Result<qint64> owner = AdminOwnershipRepository(m_database).ownerOfMessage(messageId);
    if (!owner)
        return owner.error();
    Result<UserScope> scope = UserScope::open(m_database, m_clock, *owner);
    if (!scope)
        return scope.error();
    const AuditEntry entry{.actor = m_actor,
                           .action = QStringLiteral("outbox.") + verb(kind),
                           .targetType = QStringLiteral("message"),
                           .targetId = QString::number(messageId),
                           .userId = *owner,
                           .reason = reason};
    OutboxMessage changed;
    Status done = m_database.transaction([&](QSqlDatabase&) -> Status {
        Result<OutboxMessage> updated = kind == Kind::Resend
                                            ? scope->outbox().resend(messageId)
                                            : scope->outbox().markSentByAdmin(messageId);
        if (!updated)
            return updated.error();
        changed = *updated;
        return AuditRepository(m_database, m_clock).record(entry);
    });
    if (!done)
        return done.error();
    return changed;
}

} // namespace outreach
