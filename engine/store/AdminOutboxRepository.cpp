#include "store/AdminOutboxRepository.h"

#include "core/Clock.h"
#include "store/Database.h"
#include "store/OutboxRows.h"
#include "store/Sql.h"

namespace outreach {

AdminOutboxRepository::AdminOutboxRepository(const Database& database, const Clock& clock)
    : m_database(database), m_clock(clock) {}

Result<int> AdminOutboxRepository::markInterruptedSendsUnknown() const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql update(*db, QStringLiteral("UPDATE outbox SET status = 'unknown', last_error = 'the engine "
                                   "stopped during the SMTP transaction; the server may have "
                                   "accepted it', claimed_by = '', claim_expires_at = NULL, "
                                   "updated_at = :now WHERE status = 'sending' AND "
                                   "(claim_expires_at IS NULL OR claim_expires_at < :now2)"));
    const qint64 now = m_clock.nowMs();
    update.bindInt(QStringLiteral(":now"), now).bindInt(QStringLiteral(":now2"), now);
    if (Status done = update.exec(); !done)
        return done.error();
    return update.rowsAffected();
}

Result<QList<OutboxMessage>> AdminOutboxRepository::list(const QString& status, int limit) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(*db, QStringLiteral("SELECT %1 FROM outbox WHERE (:status = '' OR status = :status2) "
                                  "ORDER BY scheduled_for, id LIMIT :limit")
                       .arg(OutboxRows::columns));
    query.bindText(QStringLiteral(":status"), status)
        .bindText(QStringLiteral(":status2"), status)
        .bindInt(QStringLiteral(":limit"), limit);
    if (Status done = query.exec(); !done)
        return done.error();
    QList<OutboxMessage> messages;
    while (query.next())
        messages.append(OutboxRows::read(query));
    return messages;
}

Result<qint64> AdminOutboxRepository::countWithStatus(const QString& status) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(*db, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = :status"));
    query.bindText(QStringLiteral(":status"), status);
    Result<std::optional<QVariant>> value = query.execScalar();
    if (!value)
        return value.error();
    return (*value)->toLongLong();
}

} // namespace outreach
