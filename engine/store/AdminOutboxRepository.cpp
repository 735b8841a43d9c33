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

namespace {

// The WHERE clause of a page query and its bound values: one placeholder per status, so the
// statuses are never SQL text; unknown status words are refused before they get here.
struct Where {
    QString clause;
    QList<QPair<QString, QVariant>> values;
};

Result<Where> whereFor(const OutboxQuery& query) {
    Where where{QStringLiteral("WHERE 1 = 1"), {}};
    QStringList placeholders;
    for (const QString& status : query.statuses) {
        if (!OutboxMessage::isValidStatus(status))
            return Error::badInput(
                QStringLiteral("status"),
                QStringLiteral("status: '%1' is not an outbox status").arg(status));
        const QString name = QStringLiteral(":s%1").arg(placeholders.size());
        placeholders << name;
        where.values.append({name, status});
    }
    if (!placeholders.isEmpty())
        where.clause +=
            QStringLiteral(" AND status IN (%1)").arg(placeholders.join(QStringLiteral(", ")));
    if (query.userId) {
        where.clause += QStringLiteral(" AND user_id = :uid");
        where.values.append(
            {QStringLiteral(":uid"), QVariant::fromValue<qlonglong>(*query.userId)});
    }
    return where;
}

} // namespace

Result<QList<OutboxMessage>> AdminOutboxRepository::page(const OutboxQuery& query) const {
    Result<Where> where = whereFor(query);
    if (!where)
        return where.error();
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    // LIMIT/OFFSET: the admin pages through a few hundred rows needing a decision at most;
    // the attention order (unknown first) cannot be expressed as a keyset on an index anyway.
    Sql select(*db, QStringLiteral("SELECT %1 FROM outbox %2 ORDER BY CASE status WHEN 'unknown' "
                                   "THEN 0 WHEN 'failed' THEN 1 WHEN 'retry' THEN 2 WHEN "
                                   "'sending' THEN 3 WHEN 'pending' THEN 4 ELSE 5 END, id DESC "
                                   "LIMIT :limit OFFSET :offset")
                        .arg(OutboxRows::columns, where->clause));
    for (const auto& [name, value] : std::as_const(where->values))
        select.bind(name, value);
    select.bindInt(QStringLiteral(":limit"), query.limit)
        .bindInt(QStringLiteral(":offset"), query.offset);
    if (Status done = select.exec(); !done)
        return done.error();
    QList<OutboxMessage> messages;
    while (select.next())
        messages.append(OutboxRows::read(select));
    return messages;
}

Result<qint64> AdminOutboxRepository::count(const OutboxQuery& query) const {
    Result<Where> where = whereFor(query);
    if (!where)
        return where.error();
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql select(*db, QStringLiteral("SELECT COUNT(*) FROM outbox %1").arg(where->clause));
    for (const auto& [name, value] : std::as_const(where->values))
        select.bind(name, value);
    Result<std::optional<QVariant>> value = select.execScalar();
    if (!value)
        return value.error();
    return *value ? (*value)->toLongLong() : 0;
}

} // namespace outreach
