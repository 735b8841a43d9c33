#include "store/InboundMailRepository.h"

#include "core/Clock.h"
#include "store/Database.h"
#include "store/Sql.h"

namespace outreach {
namespace {

constexpr qsizetype kMaxIdsLooked = 50;

InboundMailRepository::SentMessage sentFrom(const Sql& row) {
    InboundMailRepository::SentMessage m;
    m.outboxId = row.integer(QStringLiteral("id"));
    m.leadId = row.optionalInt(QStringLiteral("lead_id"));
    m.toAddress = row.text(QStringLiteral("to_address"));
    m.kind = row.text(QStringLiteral("kind"));
    return m;
}

} // namespace

Result<bool> InboundMailRepository::record(const InboundMessage& message) const {
    if (!InboundMessage::isValidKind(message.kind))
        return Error::badInput(
            QStringLiteral("kind"),
            QStringLiteral("kind: '%1' is not a received-message kind").arg(message.kind));
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql insert(*db, QStringLiteral(
                        "INSERT INTO inbound_messages (user_id, message_key, sender_account_id, "
                        "kind, lead_id, outbox_id, from_address, subject, snippet, detail, "
                        "received_at, processed_at) VALUES (:uid, :key, :sender, :kind, :lead, "
                        ":outbox, :from, :subject, :snippet, :detail, :received, :now) "
                        "ON CONFLICT (user_id, message_key) DO NOTHING"));
    insert.bindInt(QStringLiteral(":uid"), m_userId)
        .bindText(QStringLiteral(":key"), message.messageKey)
        .bindOptionalInt(QStringLiteral(":sender"), message.senderAccountId)
        .bindText(QStringLiteral(":kind"), message.kind)
        .bindOptionalInt(QStringLiteral(":lead"), message.leadId)
        .bindOptionalInt(QStringLiteral(":outbox"), message.outboxId)
        .bindText(QStringLiteral(":from"), message.fromAddress.left(320))
        .bindText(QStringLiteral(":subject"), message.subject.left(500))
        .bindText(QStringLiteral(":snippet"), message.snippet.left(1000))
        .bindText(QStringLiteral(":detail"), message.detail.left(1000))
        .bindOptionalInt(QStringLiteral(":received"), message.receivedAt)
        .bindInt(QStringLiteral(":now"), m_clock.nowMs());
    if (Status done = insert.exec(); !done)
        return done.error();
    return insert.rowsAffected() > 0;
}

Status InboundMailRepository::recordThen(const InboundMessage& message,
                                         const std::function<Status()>& effects) const {
    // The insert comes first, so the transaction holds the write lock from its first
    // statement and never has to upgrade a stale read snapshot (SQLite WAL).
    return m_database.transaction([&](QSqlDatabase&) -> Status {
        Result<bool> stored = record(message);
        if (!stored)
            return stored.error();
        return *stored ? effects() : Status::success();
    });
}

Result<bool> InboundMailRepository::isKnown(const QString& messageKey) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(*db, QStringLiteral("SELECT 1 FROM inbound_messages WHERE user_id = :uid AND "
                                  "message_key = :key"));
    query.bindInt(QStringLiteral(":uid"), m_userId).bindText(QStringLiteral(":key"), messageKey);
    Result<std::optional<QVariant>> found = query.execScalar();
    if (!found)
        return found.error();
    return found->has_value();
}

Result<QList<InboundMessage>> InboundMailRepository::list(std::optional<qint64> leadId,
                                                          const QString& kind, int limit) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    QString where;
    if (leadId)
        where += QStringLiteral(" AND lead_id = :lead");
    if (!kind.isEmpty())
        where += QStringLiteral(" AND kind = :kind");
    Sql query(*db, QStringLiteral("SELECT id, user_id, message_key, sender_account_id, kind, "
                                  "lead_id, outbox_id, from_address, subject, snippet, detail, "
                                  "received_at, processed_at FROM inbound_messages WHERE user_id "
                                  "= :uid%1 ORDER BY processed_at DESC, id DESC LIMIT :limit")
                       .arg(where));
    query.bindInt(QStringLiteral(":uid"), m_userId).bindInt(QStringLiteral(":limit"), limit);
    if (leadId)
        query.bindInt(QStringLiteral(":lead"), *leadId);
    if (!kind.isEmpty())
        query.bindText(QStringLiteral(":kind"), kind);
    if (Status done = query.exec(); !done)
        return done.error();
    QList<InboundMessage> out;
    while (query.next()) {
        InboundMessage m;
        m.id = query.integer(QStringLiteral("id"));
        m.userId = query.integer(QStringLiteral("user_id"));
        m.messageKey = query.text(QStringLiteral("message_key"));
        m.senderAccountId = query.optionalInt(QStringLiteral("sender_account_id"));
        m.kind = query.text(QStringLiteral("kind"));
        m.leadId = query.optionalInt(QStringLiteral("lead_id"));
        m.outboxId = query.optionalInt(QStringLiteral("outbox_id"));
        m.fromAddress = query.text(QStringLiteral("from_address"));
        m.subject = query.text(QStringLiteral("subject"));
        m.snippet = query.text(QStringLiteral("snippet"));
        m.detail = query.text(QStringLiteral("detail"));
        m.receivedAt = query.optionalInt(QStringLiteral("received_at"));
        m.processedAt = query.integer(QStringLiteral("processed_at"));
        out.append(m);
    }
    return out;
}

Result<qint64> InboundMailRepository::countSince(const QString& kind, qint64 sinceMs) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(*db, QStringLiteral("SELECT COUNT(*) FROM inbound_messages WHERE user_id = :uid "
                                  "AND kind = :kind AND processed_at >= :since"));
    query.bindInt(QStringLiteral(":uid"), m_userId)
        .bindText(QStringLiteral(":kind"), kind)
        .bindInt(QStringLiteral(":since"), sinceMs);
    Result<std::optional<QVariant>> count = query.execScalar();
    if (!count)
        return count.error();
    return count->value_or(QVariant(0)).toLongLong();
}

Result<std::optional<InboundMailRepository::SentMessage>>
InboundMailRepository::findSent(const QStringList& messageIds) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    for (const QString& id : messageIds.mid(0, kMaxIdsLooked)) {
        // Stored as MimeMessage::messageId() gives it ("<left@domain>"); a bare form is
        // matched too so that a row written without brackets still threads.
        const QString bare = id.startsWith(QLatin1Char('<')) && id.endsWith(QLatin1Char('>'))
                                 ? id.mid(1).chopped(1)
                                 : id;
        Sql query(*db, QStringLiteral("SELECT id, lead_id, to_address, kind FROM outbox WHERE "
                                      "user_id = :uid AND message_id IN (:bracketed, :bare) "
                                      "ORDER BY id LIMIT 1"));
        query.bindInt(QStringLiteral(":uid"), m_userId)
            .bindText(QStringLiteral(":bracketed"), QLatin1Char('<') + bare + QLatin1Char('>'))
            .bindText(QStringLiteral(":bare"), bare);
        if (Status done = query.exec(); !done)
            return done.error();
        if (query.next())
            return std::optional<SentMessage>(sentFrom(query));
    }
    return std::optional<SentMessage>();
}

Result<std::optional<qint64>> InboundMailRepository::firstSentAt() const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(*db, QStringLiteral("SELECT MIN(sent_at) FROM outbox WHERE user_id = :uid AND "
                                  "message_id <> '' AND sent_at IS NOT NULL"));
    query.bindInt(QStringLiteral(":uid"), m_userId);
    Result<std::optional<QVariant>> first = query.execScalar();
    if (!first)
        return first.error();
    if (!first->has_value() || (*first)->isNull())
        return std::optional<qint64>();
    return std::optional<qint64>((*first)->toLongLong());
}

Result<std::optional<InboundMailRepository::SentMessage>>
InboundMailRepository::findSentByToken(const QString& token) const {
    // Tokens are lower-case base32, so they hold no LIKE wildcard.
    for (const QChar c : token)
        if (!((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
              (c >= QLatin1Char('2') && c <= QLatin1Char('7'))))
            return std::optional<SentMessage>();
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(*db, QStringLiteral("SELECT id, lead_id, to_address, kind FROM outbox WHERE "
                                  "user_id = :uid AND message_id LIKE :pattern ORDER BY id "
                                  "LIMIT 1"));
    query.bindInt(QStringLiteral(":uid"), m_userId)
        .bindText(QStringLiteral(":pattern"), QLatin1Char('<') + token + QStringLiteral("@%"));
    if (Status done = query.exec(); !done)
        return done.error();
    if (query.next())
        return std::optional<SentMessage>(sentFrom(query));
    return std::optional<SentMessage>();
}

} // namespace outreach
