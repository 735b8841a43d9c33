#include "store/LeadRoutingRepository.h"

#include "store/Database.h"
#include "store/Sql.h"

namespace outreach {

Result<QList<Lead>> LeadRoutingRepository::candidates(int minScore, std::optional<Cursor> after,
                                                      int limit) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    const QString page =
        after ? QStringLiteral("AND (score < :after_score OR (score = :after_score2 AND "
                               "id > :after_id))")
              : QString();
    Sql query(*db, QStringLiteral("SELECT id, campaign_id, email, first_name, last_name, "
                                  "company, title, source, score, created_at FROM leads "
                                  "WHERE user_id = :uid AND status = 'new' AND score >= :min %1 "
                                  "AND NOT EXISTS (SELECT 1 FROM suppression s WHERE s.email = "
                                  "leads.email AND (s.user_id = :uid2 OR s.user_id IS NULL)) "
                                  "ORDER BY score DESC, id ASC LIMIT :limit")
                       .arg(page));
    query.bindInt(QStringLiteral(":uid"), m_userId)
        .bindInt(QStringLiteral(":uid2"), m_userId)
        .bindInt(QStringLiteral(":min"), minScore)
        .bindInt(QStringLiteral(":limit"), limit);
    if (after)
        query.bindInt(QStringLiteral(":after_score"), after->score)
            .bindInt(QStringLiteral(":after_score2"), after->score)
            .bindInt(QStringLiteral(":after_id"), after->id);
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
        lead.createdAt = query.integer(QStringLiteral("created_at"));
        leads.append(lead);
    }
    return leads;
}

Result<LeadRoutingRepository::QueuedToday> LeadRoutingRepository::queuedSince(qint64 fromMs) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(*db, QStringLiteral("SELECT campaign_id, kind, COUNT(*) AS n FROM outbox "
                                  "WHERE user_id = :uid AND created_at >= :from AND "
                                  "status <> 'cancelled' AND kind <> 'test' "
                                  "GROUP BY campaign_id, kind"));
    query.bindInt(QStringLiteral(":uid"), m_userId).bindInt(QStringLiteral(":from"), fromMs);
    if (Status done = query.exec(); !done)
        return done.error();
    QueuedToday queued;
    while (query.next()) {
        const qint64 n = query.integer(QStringLiteral("n"));
        queued.total += n;
        const std::optional<qint64> campaign = query.optionalInt(QStringLiteral("campaign_id"));
        if (campaign && query.text(QStringLiteral("kind")) == QLatin1String("initial"))
            queued.initialsPerCampaign[*campaign] += n;
    }
    return queued;
}

} // namespace outreach
