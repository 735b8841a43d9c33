#include "store/OutboxRows.h"

#include "core/Clock.h"
#include "store/Database.h"
#include "store/Sql.h"

namespace outreach::OutboxRows {

const QString columns = QStringLiteral(
    "id, user_id, campaign_id, lead_id, sender_account_id, kind, to_address, subject, "
    "body_text, body_html, scheduled_for, status, attempts, last_error, message_id, sent_at, "
    "idempotency_key, created_at, updated_at");

OutboxMessage read(const Sql& row) {
    OutboxMessage m;
    m.id = row.integer(QStringLiteral("id"));
    m.userId = row.integer(QStringLiteral("user_id"));
    m.campaignId = row.optionalInt(QStringLiteral("campaign_id"));
    m.leadId = row.optionalInt(QStringLiteral("lead_id"));
    m.senderAccountId = row.optionalInt(QStringLiteral("sender_account_id"));
    m.kind = row.text(QStringLiteral("kind"));
    m.toAddress = row.text(QStringLiteral("to_address"));
    m.subject = row.text(QStringLiteral("subject"));
    m.bodyText = row.text(QStringLiteral("body_text"));
    m.bodyHtml = row.text(QStringLiteral("body_html"));
    m.scheduledFor = row.integer(QStringLiteral("scheduled_for"));
    m.status = row.text(QStringLiteral("status"));
    m.attempts = int(row.integer(QStringLiteral("attempts")));
    m.lastError = row.text(QStringLiteral("last_error"));
    m.messageId = row.text(QStringLiteral("message_id"));
    m.sentAt = row.optionalInt(QStringLiteral("sent_at"));
    m.idempotencyKey = row.text(QStringLiteral("idempotency_key"));
    m.createdAt = row.integer(QStringLiteral("created_at"));
    m.updatedAt = row.integer(QStringLiteral("updated_at"));
    return m;
}

Status transition(const Database& database, const Clock& clock, qint64 userId, qint64 id,
                  const QString& sql, const QVariantMap& values) {
    Result<QSqlDatabase> db = database.connection();
    if (!db)
        return db.error();
    Sql update(*db, sql);
    update.bindInt(QStringLiteral(":id"), id)
        .bindInt(QStringLiteral(":uid"), userId)
        .bindInt(QStringLiteral(":now"), clock.nowMs());
    for (auto it = values.begin(); it != values.end(); ++it)
        update.bind(it.key(), it.value());
    if (Status done = update.exec(); !done)
        return done;
    if (update.rowsAffected() == 0)
        return Error::conflict(
            QStringLiteral("message %1 is no longer in the expected state").arg(id));
    return Status::success();
}

} // namespace outreach::OutboxRows
