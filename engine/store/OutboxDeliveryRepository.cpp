#include "store/OutboxDeliveryRepository.h"

#include "core/Clock.h"
#include "store/Database.h"
#include "store/OutboxRows.h"
#include "store/Sql.h"

namespace outreach {
namespace {

// ":i0, :i1, ..." for an IN list of bound values; ids never become SQL text.
QString placeholders(qsizetype count) {
    QStringList names;
    names.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        names << QStringLiteral(":i%1").arg(i);
    return names.join(QStringLiteral(", "));
}

constexpr qsizetype kInListChunk = 400;

} // namespace

Result<QList<OutboxMessage>> OutboxDeliveryRepository::lockDue(int limit) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    const QString lock =
        m_database.isPostgres() ? QStringLiteral("FOR UPDATE SKIP LOCKED") : QString();
    Sql query(*db, QStringLiteral("SELECT %1 FROM outbox WHERE user_id = :uid AND status IN "
                                  "('pending', 'retry') AND scheduled_for <= :now AND "
                                  "(claim_expires_at IS NULL OR claim_expires_at < :now2) ORDER "
                                  "BY scheduled_for, id LIMIT :limit %2")
                       .arg(OutboxRows::columns, lock));
    const qint64 now = m_clock.nowMs();
    query.bindInt(QStringLiteral(":uid"), m_userId)
        .bindInt(QStringLiteral(":now"), now)
        .bindInt(QStringLiteral(":now2"), now)
        .bindInt(QStringLiteral(":limit"), limit);
    if (Status done = query.exec(); !done)
        return done.error();
    QList<OutboxMessage> rows;
    while (query.next())
        rows.append(OutboxRows::read(query));
    return rows;
}

Result<std::optional<OutboxMessage>> OutboxDeliveryRepository::lockOne(qint64 id) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    const QString lock =
        m_database.isPostgres() ? QStringLiteral("FOR UPDATE SKIP LOCKED") : QString();
    Sql query(*db, QStringLiteral("SELECT %1 FROM outbox WHERE id = :id AND user_id = :uid AND "
                                  "status IN ('pending', 'retry') AND (claim_expires_at IS NULL "
                                  "OR claim_expires_at < :now) %2")
                       .arg(OutboxRows::columns, lock));
    query.bindInt(QStringLiteral(":id"), id)
        .bindInt(QStringLiteral(":uid"), m_userId)
        .bindInt(QStringLiteral(":now"), m_clock.nowMs());
    if (Status done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return std::optional<OutboxMessage>{};
    return std::optional<OutboxMessage>{OutboxRows::read(query)};
}

Result<QSet<qint64>> OutboxDeliveryRepository::markSending(const QList<SendingMark>& marks,
                                                           const QString& owner,
                                                           qint64 leaseUntil) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    // One prepared statement, bound once per row.
    Sql update(*db, QStringLiteral("UPDATE outbox SET status = 'sending', attempts = attempts + 1, "
                                   "message_id = :mid, sender_account_id = :sid, claimed_by = "
                                   ":owner, claim_expires_at = :until, updated_at = :now WHERE id "
                                   "= :id AND user_id = :uid AND status IN ('pending', 'retry') "
                                   "AND (claim_expires_at IS NULL OR claim_expires_at < :now2 OR "
                                   "claimed_by = :owner2)"));
    const qint64 now = m_clock.nowMs();
    update.bindText(QStringLiteral(":owner"), owner)
        .bindText(QStringLiteral(":owner2"), owner)
        .bindInt(QStringLiteral(":until"), leaseUntil)
        .bindInt(QStringLiteral(":now"), now)
        .bindInt(QStringLiteral(":now2"), now)
        .bindInt(QStringLiteral(":uid"), m_userId);
    QSet<qint64> marked;
    for (const SendingMark& mark : marks) {
        update.bindInt(QStringLiteral(":id"), mark.id)
            .bindText(QStringLiteral(":mid"), mark.messageId)
            .bindInt(QStringLiteral(":sid"), mark.senderAccountId);
        if (Status done = update.exec(); !done)
            return done.error();
        if (update.rowsAffected() > 0)
            marked.insert(mark.id);
    }
    return marked;
}

Result<int> OutboxDeliveryRepository::markSent(const QList<qint64>& ids) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    int changed = 0;
    const qint64 now = m_clock.nowMs();
    for (qsizetype start = 0; start < ids.size(); start += kInListChunk) {
        const QList<qint64> chunk = ids.mid(start, kInListChunk);
        Sql update(
            *db, QStringLiteral("UPDATE outbox SET status = 'sent', sent_at = :now, last_error = "
                                "'', claimed_by = '', claim_expires_at = NULL, updated_at = "
                                ":now2 WHERE user_id = :uid AND status = 'sending' AND id IN (%1)")
                     .arg(placeholders(chunk.size())));
        update.bindInt(QStringLiteral(":now"), now)
            .bindInt(QStringLiteral(":now2"), now)
            .bindInt(QStringLiteral(":uid"), m_userId);
        for (qsizetype i = 0; i < chunk.size(); ++i)
            update.bindInt(QStringLiteral(":i%1").arg(i), chunk[i]);
        if (Status done = update.exec(); !done)
            return done.error();
        changed += update.rowsAffected();
    }
    return changed;
}

Status OutboxDeliveryRepository::change(qint64 id, const QString& sql,
                                        const QVariantMap& values) const {
    return OutboxRows::transition(m_database, m_clock, m_userId, id, sql, values);
}

Status OutboxDeliveryRepository::markRetry(qint64 id, const QString& error, qint64 nextAttemptAt,
                                           bool countAttempt) const {
    return change(
        id,
        QStringLiteral("UPDATE outbox SET status = 'retry', last_error = :error, "
                       "scheduled_for = :next, attempts = attempts - :giveBack, "
                       "claimed_by = '', claim_expires_at = NULL, updated_at = :now "
                       "WHERE id = :id AND user_id = :uid AND status = 'sending'"),
        {{QStringLiteral(":error"), error},
         {QStringLiteral(":next"), QVariant::fromValue<qlonglong>(nextAttemptAt)},
         {QStringLiteral(":giveBack"), QVariant::fromValue<qlonglong>(countAttempt ? 0 : 1)}});
}

Status OutboxDeliveryRepository::markFailed(qint64 id, const QString& error) const {
    return change(id,
                  QStringLiteral("UPDATE outbox SET status = 'failed', last_error = :error, "
                                 "claimed_by = '', claim_expires_at = NULL, updated_at = :now "
                                 "WHERE id = :id AND user_id = :uid AND status = 'sending'"),
                  {{QStringLiteral(":error"), error}});
}

Status OutboxDeliveryRepository::markUnknown(qint64 id, const QString& error) const {
    return change(id,
                  QStringLiteral("UPDATE outbox SET status = 'unknown', last_error = :error, "
                                 "claimed_by = '', claim_expires_at = NULL, updated_at = :now "
                                 "WHERE id = :id AND user_id = :uid AND status = 'sending'"),
                  {{QStringLiteral(":error"), error}});
}

Status OutboxDeliveryRepository::markCancelled(qint64 id, const QString& reason) const {
    return change(id,
                  QStringLiteral("UPDATE outbox SET status = 'cancelled', last_error = :error, "
                                 "claimed_by = '', claim_expires_at = NULL, updated_at = :now "
                                 "WHERE id = :id AND user_id = :uid AND status IN ('pending', "
                                 "'retry')"),
                  {{QStringLiteral(":error"), reason}});
}

Status OutboxDeliveryRepository::returnToQueue(qint64 id, const QString& owner) const {
    return change(id,
                  QStringLiteral("UPDATE outbox SET status = CASE WHEN attempts > 1 THEN 'retry' "
                                 "ELSE 'pending' END, attempts = attempts - 1, claimed_by = '', "
                                 "claim_expires_at = NULL, updated_at = :now WHERE id = :id AND "
                                 "user_id = :uid AND claimed_by = :owner AND status = 'sending'"),
                  {{QStringLiteral(":owner"), owner}});
}

Status OutboxDeliveryRepository::advanceLeads(const QString& kind,
                                              const QList<qint64>& leadIds) const {
    // The step a sent message stands for, and the statuses it may move a lead on from.
    QString status;
    QString column;
    QString from;
    if (kind == QLatin1String("initial")) {
        status = QStringLiteral("contacted");
        column = QStringLiteral("contacted_at");
        from = QStringLiteral("'new'");
    } else if (kind == QLatin1String("followup1")) {
        status = QStringLiteral("followup1");
        column = QStringLiteral("followup1_at");
        from = QStringLiteral("'new', 'contacted'");
    } else if (kind == QLatin1String("followup2")) {
        status = QStringLiteral("followup2");
        column = QStringLiteral("followup2_at");
        from = QStringLiteral("'new', 'contacted', 'followup1'");
    } else {
        return Status::success(); // test sends are not part of a lead's sequence
    }
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    const qint64 now = m_clock.nowMs();
    for (qsizetype start = 0; start < leadIds.size(); start += kInListChunk) {
        const QList<qint64> chunk = leadIds.mid(start, kInListChunk);
        Sql update(*db, QStringLiteral("UPDATE leads SET status = :status, %1 = :now, updated_at "
                                       "= :now2 WHERE user_id = :uid AND status IN (%2) AND id "
                                       "IN (%3)")
                            .arg(column, from, placeholders(chunk.size())));
        update.bindText(QStringLiteral(":status"), status)
            .bindInt(QStringLiteral(":now"), now)
            .bindInt(QStringLiteral(":now2"), now)
            .bindInt(QStringLiteral(":uid"), m_userId);
        for (qsizetype i = 0; i < chunk.size(); ++i)
            update.bindInt(QStringLiteral(":i%1").arg(i), chunk[i]);
        if (Status done = update.exec(); !done)
            return done;
    }
    return Status::success();
}

Result<qint64> OutboxDeliveryRepository::countSentBySender(qint64 senderAccountId,
                                                           qint64 sinceMs) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(*db, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE user_id = :uid AND "
                                  "sender_account_id = :sid AND kind <> 'test' AND ((status = "
                                  "'sent' AND sent_at >= :since) OR (status IN ('sending', "
                                  "'unknown') AND updated_at >= :since2))"));
    query.bindInt(QStringLiteral(":uid"), m_userId)
        .bindInt(QStringLiteral(":sid"), senderAccountId)
        .bindInt(QStringLiteral(":since"), sinceMs)
        .bindInt(QStringLiteral(":since2"), sinceMs);
    Result<std::optional<QVariant>> value = query.execScalar();
    if (!value)
        return value.error();
    return (*value)->toLongLong();
}

Result<OutboxDeliveryRepository::BounceCounts>
OutboxDeliveryRepository::bounceCounts(qint64 sinceMs) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(*db, QStringLiteral("SELECT COALESCE(SUM(CASE WHEN status = 'sent' THEN 1 ELSE 0 "
                                  "END), 0), COALESCE(SUM(CASE WHEN status = 'failed' THEN 1 ELSE "
                                  "0 END), 0) FROM outbox WHERE user_id = :uid AND kind <> 'test' "
                                  "AND ((status = 'sent' AND sent_at >= :since) OR (status = "
                                  "'failed' AND updated_at >= :since2 AND last_error LIKE "
                                  ":prefix))"));
    query.bindInt(QStringLiteral(":uid"), m_userId)
        .bindInt(QStringLiteral(":since"), sinceMs)
        .bindInt(QStringLiteral(":since2"), sinceMs)
        .bindText(QStringLiteral(":prefix"), kBouncedPrefix + QLatin1Char('%'));
    if (Status done = query.exec(); !done)
        return done.error();
    BounceCounts counts;
    if (query.next()) {
        counts.sent = query.value(0).toLongLong();
        counts.bounced = query.value(1).toLongLong();
    }
    return counts;
}

} // namespace outreach
