#include "store/OutboxRepository.h"

#include "core/Clock.h"
#include "model/Lead.h"
#include "store/Database.h"
#include "store/OutboxRows.h"
#include "store/Sql.h"

namespace outreach {
namespace {

Error notFound(qint64 id, qint64 userId) {
    return Error::notFound(
        QStringLiteral("message"),
        QStringLiteral("message: no outbox message with id %1 for user %2").arg(id).arg(userId));
}

} // namespace

Result<std::optional<OutboxMessage>> OutboxRepository::enqueue(OutboxMessage draft) const {
    if (!OutboxMessage::isValidKind(draft.kind))
        return Error::badInput(QStringLiteral("kind"),
                               QStringLiteral("kind: unknown message kind"));
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    const qint64 now = m_clock.nowMs();
    // The lead and campaign must be this user's: the SELECT yields no row otherwise.
    Sql insert(
        *db,
        QStringLiteral(
            "INSERT INTO outbox (user_id, campaign_id, lead_id, sender_account_id, kind, "
            "to_address, subject, body_text, body_html, scheduled_for, status, "
            "idempotency_key, created_at, updated_at) SELECT :uid, :cid, :lid, :sid, "
            ":kind, :to, :subject, :text, :html, :at, 'pending', :key, :now, :now2 "
            "WHERE (CAST(:lid2 AS BIGINT) IS NULL OR EXISTS (SELECT 1 FROM leads WHERE id = :lid3 "
            "AND "
            "user_id = :uid2)) AND (CAST(:cid2 AS BIGINT) IS NULL OR EXISTS (SELECT 1 FROM "
            "campaigns "
            "WHERE id = :cid3 AND user_id = :uid3)) AND (CAST(:sid2 AS BIGINT) IS NULL OR EXISTS "
            "(SELECT 1 FROM sender_accounts WHERE id = :sid3 AND user_id = :uid4)) "
            "ON CONFLICT (idempotency_key) DO NOTHING RETURNING id"));
    for (const QString& p : {QStringLiteral(":uid"), QStringLiteral(":uid2"),
                             QStringLiteral(":uid3"), QStringLiteral(":uid4")})
        insert.bindInt(p, m_userId);
    for (const QString& p :
         {QStringLiteral(":cid"), QStringLiteral(":cid2"), QStringLiteral(":cid3")})
        insert.bindOptionalInt(p, draft.campaignId);
    for (const QString& p :
         {QStringLiteral(":lid"), QStringLiteral(":lid2"), QStringLiteral(":lid3")})
        insert.bindOptionalInt(p, draft.leadId);
    for (const QString& p :
         {QStringLiteral(":sid"), QStringLiteral(":sid2"), QStringLiteral(":sid3")})
        insert.bindOptionalInt(p, draft.senderAccountId);
    insert.bindText(QStringLiteral(":kind"), draft.kind)
        .bindText(QStringLiteral(":to"), Lead::normaliseEmail(draft.toAddress))
        .bindText(QStringLiteral(":subject"), draft.subject)
        .bindText(QStringLiteral(":text"), draft.bodyText)
        .bindText(QStringLiteral(":html"), draft.bodyHtml)
        .bindInt(QStringLiteral(":at"), draft.scheduledFor ? draft.scheduledFor : now)
        .bind(QStringLiteral(":key"), draft.idempotencyKey.isEmpty()
                                          ? QVariant(QMetaType::fromType<QString>())
                                          : QVariant(draft.idempotencyKey))
        .bindInt(QStringLiteral(":now"), now)
        .bindInt(QStringLiteral(":now2"), now);
    Result<std::optional<QVariant>> id = insert.execScalar();
    if (!id)
        return id.error();
    if (!id->has_value()) {
        if (!draft.idempotencyKey.isEmpty()) {
            Sql existing(*db, QStringLiteral("SELECT 1 FROM outbox WHERE idempotency_key = :key"));
            existing.bindText(QStringLiteral(":key"), draft.idempotencyKey);
            Result<std::optional<QVariant>> found = existing.execScalar();
            if (found && found->has_value())
                return std::optional<OutboxMessage>{};
        }
        return Error::notFound(
            QStringLiteral("lead"),
            QStringLiteral("lead, campaign or sender does not belong to user %1").arg(m_userId));
    }
    Result<OutboxMessage> stored = find((*id)->toLongLong());
    if (!stored)
        return stored.error();
    return std::optional<OutboxMessage>{*stored};
}

Result<OutboxMessage> OutboxRepository::find(qint64 id) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(*db, QStringLiteral("SELECT %1 FROM outbox WHERE id = :id AND user_id = :uid")
                       .arg(OutboxRows::columns));
    query.bindInt(QStringLiteral(":id"), id).bindInt(QStringLiteral(":uid"), m_userId);
    if (Status done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return notFound(id, m_userId);
    return OutboxRows::read(query);
}

Result<QList<OutboxMessage>> OutboxRepository::list(const QString& status, int limit) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(*db, QStringLiteral("SELECT %1 FROM outbox WHERE user_id = :uid AND (:status = '' OR "
                                  "status = :status2) ORDER BY scheduled_for, id LIMIT :limit")
                       .arg(OutboxRows::columns));
    query.bindInt(QStringLiteral(":uid"), m_userId)
        .bindText(QStringLiteral(":status"), status)
        .bindText(QStringLiteral(":status2"), status)
        .bindInt(QStringLiteral(":limit"), limit);
    if (Status done = query.exec(); !done)
        return done.error();
    QList<OutboxMessage> messages;
    while (query.next())
        messages.append(OutboxRows::read(query));
    return messages;
}

Result<qint64> OutboxRepository::countWithStatus(const QString& status) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(*db, QStringLiteral(
                       "SELECT COUNT(*) FROM outbox WHERE user_id = :uid AND status = :status"));
    query.bindInt(QStringLiteral(":uid"), m_userId).bindText(QStringLiteral(":status"), status);
    Result<std::optional<QVariant>> value = query.execScalar();
    if (!value)
        return value.error();
    return (*value)->toLongLong();
}

Result<qint64> OutboxRepository::sentSince(qint64 sinceMs) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(*db, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE user_id = :uid AND status = "
                                  "'sent' AND sent_at >= :since AND kind <> 'test'"));
    query.bindInt(QStringLiteral(":uid"), m_userId).bindInt(QStringLiteral(":since"), sinceMs);
    Result<std::optional<QVariant>> value = query.execScalar();
    if (!value)
        return value.error();
    return (*value)->toLongLong();
}

Result<QList<OutboxMessage>> OutboxRepository::claimDue(const QString& owner, int limit,
                                                        qint64 leaseUntil) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    const QString lock =
        m_database.isPostgres() ? QStringLiteral("FOR UPDATE SKIP LOCKED") : QString();
    // SQLite has one writer at a time, so its UPDATE ... WHERE id IN (SELECT ...) is atomic;
    // PostgreSQL's SKIP LOCKED lets concurrent engines take disjoint rows without waiting.
    Sql claim(*db, QStringLiteral("UPDATE outbox SET claimed_by = :owner, claim_expires_at = "
                                  ":until, updated_at = :now WHERE id IN (SELECT id FROM outbox "
                                  "WHERE user_id = :uid AND status IN ('pending', 'retry') AND "
                                  "scheduled_for <= :now2 AND (claim_expires_at IS NULL OR "
                                  "claim_expires_at < :now3) ORDER BY scheduled_for, id LIMIT "
                                  ":limit %1) RETURNING %2")
                       .arg(lock, OutboxRows::columns));
    const qint64 now = m_clock.nowMs();
    claim.bindText(QStringLiteral(":owner"), owner)
        .bindInt(QStringLiteral(":until"), leaseUntil)
        .bindInt(QStringLiteral(":now"), now)
        .bindInt(QStringLiteral(":now2"), now)
        .bindInt(QStringLiteral(":now3"), now)
        .bindInt(QStringLiteral(":uid"), m_userId)
        .bindInt(QStringLiteral(":limit"), limit);
    if (Status done = claim.exec(); !done)
        return done.error();
    QList<OutboxMessage> claimed;
    while (claim.next())
        claimed.append(OutboxRows::read(claim));
    std::sort(claimed.begin(), claimed.end(), [](const OutboxMessage& a, const OutboxMessage& b) {
        return a.scheduledFor != b.scheduledFor ? a.scheduledFor < b.scheduledFor : a.id < b.id;
    });
    return claimed;
}

Status OutboxRepository::transition(qint64 id, const QString& sql,
                                    const QVariantMap& values) const {
    return OutboxRows::transition(m_database, m_clock, m_userId, id, sql, values);
}

Status OutboxRepository::markSending(qint64 id, const QString& owner, qint64 leaseUntil) const {
    return transition(
        id,
        QStringLiteral("UPDATE outbox SET status = 'sending', attempts = attempts + 1, "
                       "claim_expires_at = :until, updated_at = :now WHERE id = :id AND "
                       "user_id = :uid AND claimed_by = :owner AND status IN "
                       "('pending', 'retry')"),
        {{QStringLiteral(":owner"), owner},
         {QStringLiteral(":until"), QVariant::fromValue<qlonglong>(leaseUntil)}});
}

Status OutboxRepository::markSent(qint64 id, const QString& messageId) const {
    return transition(
        id,
        QStringLiteral("UPDATE outbox SET status = 'sent', message_id = :mid, sent_at = "
                       ":now, last_error = '', claimed_by = '', claim_expires_at = NULL, "
                       "updated_at = :now2 WHERE id = :id AND user_id = :uid AND status "
                       "= 'sending'"),
        {{QStringLiteral(":mid"), messageId},
         {QStringLiteral(":now2"), QVariant::fromValue<qlonglong>(m_clock.nowMs())}});
}

Status OutboxRepository::markRetry(qint64 id, const QString& error, qint64 nextAttemptAt) const {
    return transition(
        id,
        QStringLiteral("UPDATE outbox SET status = 'retry', last_error = :error, "
                       "scheduled_for = :next, claimed_by = '', claim_expires_at = NULL, "
                       "updated_at = :now WHERE id = :id AND user_id = :uid AND status "
                       "= 'sending'"),
        {{QStringLiteral(":error"), error},
         {QStringLiteral(":next"), QVariant::fromValue<qlonglong>(nextAttemptAt)}});
}

Status OutboxRepository::markFailed(qint64 id, const QString& error) const {
    return transition(id,
                      QStringLiteral("UPDATE outbox SET status = 'failed', last_error = :error, "
                                     "claimed_by = '', claim_expires_at = NULL, updated_at = :now "
                                     "WHERE id = :id AND user_id = :uid AND status IN ('sending', "
                                     "'pending', 'retry')"),
                      {{QStringLiteral(":error"), error}});
}

Status OutboxRepository::releaseClaim(qint64 id, const QString& owner) const {
    return transition(id,
                      QStringLiteral("UPDATE outbox SET claimed_by = '', claim_expires_at = NULL, "
                                     "updated_at = :now WHERE id = :id AND user_id = :uid AND "
                                     "claimed_by = :owner AND status IN ('pending', 'retry')"),
                      {{QStringLiteral(":owner"), owner}});
}

Result<OutboxMessage> OutboxRepository::resend(qint64 id) const {
    Result<OutboxMessage> current = find(id);
    if (!current)
        return current;
    if (current->status != QLatin1String("unknown") && current->status != QLatin1String("failed"))
        return Error::badInput(QStringLiteral("message"),
                               QStringLiteral("message: %1 is %2; only unknown or failed messages "
                                              "can be resent")
                                   .arg(id)
                                   .arg(current->status));
    if (Status done = transition(
            id,
            QStringLiteral("UPDATE outbox SET status = 'pending', scheduled_for "
                           "= :now2, claimed_by = '', claim_expires_at = NULL, "
                           "updated_at = :now WHERE id = :id AND user_id = :uid "
                           "AND status IN ('unknown', 'failed')"),
            {{QStringLiteral(":now2"), QVariant::fromValue<qlonglong>(m_clock.nowMs())}});
        !done)
        return done.error();
    return find(id);
}

Result<OutboxMessage> OutboxRepository::markSentByAdmin(qint64 id) const {
    Result<OutboxMessage> current = find(id);
    if (!current)
        return current;
    if (current->status != QLatin1String("unknown"))
        return Error::badInput(QStringLiteral("message"),
                               QStringLiteral("message: %1 is %2; only unknown messages can be "
                                              "marked sent")
                                   .arg(id)
                                   .arg(current->status));
    if (Status done = transition(
            id,
            QStringLiteral("UPDATE outbox SET status = 'sent', sent_at = :now2, "
                           "claimed_by = '', claim_expires_at = NULL, updated_at "
                           "= :now WHERE id = :id AND user_id = :uid AND status = "
                           "'unknown'"),
            {{QStringLiteral(":now2"), QVariant::fromValue<qlonglong>(m_clock.nowMs())}});
        !done)
        return done.error();
    return find(id);
}

Result<int> OutboxRepository::cancelPendingForLead(qint64 leadId, const QString& reason) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql update(*db, QStringLiteral("UPDATE outbox SET status = 'cancelled', last_error = :reason, "
                                   "updated_at = :now WHERE user_id = :uid AND lead_id = :lid AND "
                                   "status IN ('pending', 'retry')"));
    update.bindText(QStringLiteral(":reason"), reason)
        .bindInt(QStringLiteral(":now"), m_clock.nowMs())
        .bindInt(QStringLiteral(":uid"), m_userId)
        .bindInt(QStringLiteral(":lid"), leadId);
    if (Status done = update.exec(); !done)
        return done.error();
    return update.rowsAffected();
}

} // namespace outreach
