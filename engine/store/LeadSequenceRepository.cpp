#include "store/LeadSequenceRepository.h"

#include "core/Clock.h"
#include "store/Database.h"
#include "store/Sql.h"

namespace outreach {

QString LeadSequenceRepository::stepKey(qint64 userId, qint64 leadId, const QString& kind) {
    return QStringLiteral("step:%1:%2:%3").arg(userId).arg(leadId).arg(kind);
}

Status LeadSequenceRepository::assignCampaign(qint64 leadId, qint64 campaignId) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql update(*db, QStringLiteral("UPDATE leads SET campaign_id = :cid, updated_at = :now "
                                   "WHERE id = :lid AND user_id = :uid AND EXISTS (SELECT 1 FROM "
                                   "campaigns WHERE id = :cid2 AND user_id = :uid2)"));
    update.bindInt(QStringLiteral(":cid"), campaignId)
        .bindInt(QStringLiteral(":cid2"), campaignId)
        .bindInt(QStringLiteral(":now"), m_clock.nowMs())
        .bindInt(QStringLiteral(":lid"), leadId)
        .bindInt(QStringLiteral(":uid"), m_userId)
        .bindInt(QStringLiteral(":uid2"), m_userId);
    if (Status done = update.exec(); !done)
        return done;
    if (update.rowsAffected() == 0)
        return Error::notFound(QStringLiteral("lead"),
                               QStringLiteral("lead %1 or campaign %2 does not belong to user %3")
                                   .arg(leadId)
                                   .arg(campaignId)
                                   .arg(m_userId));
    return Status::success();
}

Result<QList<Lead>> LeadSequenceRepository::dueForNextStep(qint64 campaignId,
                                                           const QString& fromStatus,
                                                           qint64 cutoffMs, int limit) const {
    // The stamp column of each status a next step starts from: a closed set, never user text.
    QString stamp;
    if (fromStatus == QLatin1String("contacted"))
        stamp = QStringLiteral("contacted_at");
    else if (fromStatus == QLatin1String("followup1"))
        stamp = QStringLiteral("followup1_at");
    else
        return Error::badInput(
            QStringLiteral("status"),
            QStringLiteral("status: no follow-up comes after '%1'").arg(fromStatus));
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(*db, QStringLiteral("SELECT id, campaign_id, email, first_name, last_name, company, "
                                  "title, source, score, status, created_at, %1 AS stamp FROM "
                                  "leads WHERE user_id = :uid AND campaign_id = :cid AND status = "
                                  ":status AND %1 < :cutoff AND NOT EXISTS (SELECT 1 FROM "
                                  "suppression s WHERE s.email = leads.email AND (s.user_id = "
                                  ":uid2 OR s.user_id IS NULL)) ORDER BY %1, id LIMIT :limit")
                       .arg(stamp));
    query.bindInt(QStringLiteral(":uid"), m_userId)
        .bindInt(QStringLiteral(":uid2"), m_userId)
        .bindInt(QStringLiteral(":cid"), campaignId)
        .bindText(QStringLiteral(":status"), fromStatus)
        .bindInt(QStringLiteral(":cutoff"), cutoffMs)
        .bindInt(QStringLiteral(":limit"), limit);
    if (Status done = query.exec(); !done)
        return done.error();
    QList<Lead> leads;
    while (query.next()) {
        Lead lead;
        lead.id = query.integer(QStringLiteral("id"));
        lead.userId = m_userId;
        lead.campaignId = query.optionalInt(QStringLiteral("campaign_id"));
        lead.email = query.text(QStringLiteral("email"));
        lead.firstName = query.text(QStringLiteral("first_name"));
        lead.lastName = query.text(QStringLiteral("last_name"));
        lead.company = query.text(QStringLiteral("company"));
        lead.title = query.text(QStringLiteral("title"));
        lead.source = query.text(QStringLiteral("source"));
        lead.score = int(query.integer(QStringLiteral("score")));
        lead.status = query.text(QStringLiteral("status"));
        lead.createdAt = query.integer(QStringLiteral("created_at"));
        if (fromStatus == QLatin1String("contacted"))
            lead.contactedAt = query.integer(QStringLiteral("stamp"));
        else
            lead.followUp1At = query.integer(QStringLiteral("stamp"));
        leads.append(lead);
    }
    return leads;
}

Result<LeadSequenceRepository::Backlog> LeadSequenceRepository::backlog(qint64 campaignId) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Backlog backlog;
    Sql queued(*db, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE user_id = :uid AND "
                                   "campaign_id = :cid AND status IN ('pending', 'retry', "
                                   "'sending')"));
    queued.bindInt(QStringLiteral(":uid"), m_userId).bindInt(QStringLiteral(":cid"), campaignId);
    Result<std::optional<QVariant>> count = queued.execScalar();
    if (!count)
        return count.error();
    backlog.queued = count->value_or(QVariant(0)).toLongLong();
    Sql waiting(*db, QStringLiteral("SELECT status, COUNT(*) AS n FROM leads WHERE user_id = "
                                    ":uid AND campaign_id = :cid AND status IN ('contacted', "
                                    "'followup1') GROUP BY status"));
    waiting.bindInt(QStringLiteral(":uid"), m_userId).bindInt(QStringLiteral(":cid"), campaignId);
    if (Status done = waiting.exec(); !done)
        return done.error();
    while (waiting.next()) {
        const qint64 n = waiting.integer(QStringLiteral("n"));
        if (waiting.text(QStringLiteral("status")) == QLatin1String("contacted"))
            backlog.contacted = n;
        else
            backlog.followedUp1 = n;
    }
    return backlog;
}

Result<QSet<qint64>> LeadSequenceRepository::withStep(const QList<qint64>& leadIds,
                                                      const QString& kind) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    // Looked up by idempotency key: the outbox's unique index answers each one directly.
    constexpr qsizetype chunkSize = 400;
    QSet<qint64> found;
    for (qsizetype start = 0; start < leadIds.size(); start += chunkSize) {
        const QList<qint64> chunk = leadIds.mid(start, chunkSize);
        QStringList placeholders;
        for (qsizetype i = 0; i < chunk.size(); ++i)
            placeholders << QStringLiteral(":k%1").arg(i);
        Sql query(*db, QStringLiteral("SELECT lead_id FROM outbox WHERE user_id = :uid AND "
                                      "idempotency_key IN (%1)")
                           .arg(placeholders.join(QStringLiteral(", "))));
        query.bindInt(QStringLiteral(":uid"), m_userId);
        for (qsizetype i = 0; i < chunk.size(); ++i)
            query.bindText(QStringLiteral(":k%1").arg(i), stepKey(m_userId, chunk[i], kind));
        if (Status done = query.exec(); !done)
            return done.error();
        while (query.next())
            found.insert(query.integer(QStringLiteral("lead_id")));
    }
    return found;
}

} // namespace outreach
