#include "QueryPlanCheck.h"

#include "store/Database.h"
#include "store/Sql.h"

#include <QRegularExpression>

namespace outreach::bench {

QueryPlanCheck::QueryPlanCheck(const Database& database) : m_database(database) {}

Result<QList<QueryPlanCheck::Plan>> QueryPlanCheck::explain(const Subject& s) const {
    constexpr qint64 day = 24LL * 60 * 60 * 1000;
    const QString u = QString::number(s.userId);
    const QString c = QString::number(s.campaignId);
    const QString now = QString::number(s.nowMs);
    const QString dayStart = QString::number(s.nowMs - s.nowMs % day);
    const QString weekAgo = QString::number(s.nowMs - 7 * day);
    const QString monthAgo = QString::number(s.nowMs - 30 * day);
    // withStep asks for up to 400 keys at once; the planner weighs a long IN list differently.
    QStringList keys;
    for (int lead = 1; lead <= 400; ++lead)
        keys << QStringLiteral("'step:%1:%2:initial'").arg(u).arg(lead);
    const QString stepKeys = keys.join(QStringLiteral(", "));
    const QList<std::pair<QString, QString>> queries{
        {QStringLiteral("outreach: routing candidates (LeadRoutingRepository::candidates)"),
         QStringLiteral("SELECT id, campaign_id, email, score FROM leads WHERE user_id = %1 AND "
                        "status = 'new' AND score >= 60 AND NOT EXISTS (SELECT 1 FROM suppression "
                        "s WHERE s.email = leads.email AND (s.user_id = %1 OR s.user_id IS NULL)) "
                        "ORDER BY score DESC, id ASC LIMIT 500")
             .arg(u)},
        {QStringLiteral("outreach, follow-ups: queued today (LeadRoutingRepository::queuedSince)"),
         QStringLiteral("SELECT campaign_id, kind, COUNT(*) AS n FROM outbox WHERE user_id = %1 "
                        "AND created_at >= %2 AND status <> 'cancelled' AND kind <> 'test' "
                        "GROUP BY campaign_id, kind")
             .arg(u, dayStart)},
        {QStringLiteral("outreach: already queued, 400 keys (LeadSequenceRepository::withStep)"),
         QStringLiteral("SELECT lead_id FROM outbox WHERE user_id = %1 AND idempotency_key IN "
                        "(%2)")
             .arg(u, stepKeys)},
        {QStringLiteral("follow-ups: due for follow-up 1 (LeadSequenceRepository::dueForNextStep)"),
         QStringLiteral("SELECT id, email, contacted_at FROM leads WHERE user_id = %1 AND "
                        "campaign_id = %2 AND status = 'contacted' AND contacted_at < %3 AND NOT "
                        "EXISTS (SELECT 1 FROM suppression s WHERE s.email = leads.email AND "
                        "(s.user_id = %1 OR s.user_id IS NULL)) ORDER BY contacted_at, id LIMIT "
                        "5000")
             .arg(u, c, now)},
        {QStringLiteral("follow-ups: due for follow-up 2 (LeadSequenceRepository::dueForNextStep)"),
         QStringLiteral("SELECT id, email, followup1_at FROM leads WHERE user_id = %1 AND "
                        "campaign_id = %2 AND status = 'followup1' AND followup1_at < %3 AND NOT "
                        "EXISTS (SELECT 1 FROM suppression s WHERE s.email = leads.email AND "
                        "(s.user_id = %1 OR s.user_id IS NULL)) ORDER BY followup1_at, id LIMIT "
                        "5000")
             .arg(u, c, now)},
        {QStringLiteral("completion: mail left (LeadSequenceRepository::backlog)"),
         QStringLiteral("SELECT COUNT(*) FROM outbox WHERE user_id = %1 AND campaign_id = %2 AND "
                        "status IN ('pending', 'retry', 'sending')")
             .arg(u, c)},
        {QStringLiteral("completion: leads waiting (LeadSequenceRepository::backlog)"),
         QStringLiteral("SELECT status, COUNT(*) AS n FROM leads WHERE user_id = %1 AND "
                        "campaign_id = %2 AND status IN ('contacted', 'followup1') GROUP BY "
                        "status")
             .arg(u, c)},
        {QStringLiteral("send: due rows (OutboxDeliveryRepository claim)"),
         QStringLiteral("SELECT id FROM outbox WHERE user_id = %1 AND status IN ('pending', "
                        "'retry') AND scheduled_for <= %2 AND (claim_expires_at IS NULL OR "
                        "claim_expires_at < %2) ORDER BY scheduled_for, id LIMIT 50")
             .arg(u, now)},
        {QStringLiteral("send: sender's daily cap (OutboxDeliveryRepository::sentSince)"),
         QStringLiteral("SELECT COUNT(*) FROM outbox WHERE user_id = %1 AND sender_account_id = "
                        "%2 AND kind <> 'test' AND ((status = 'sent' AND sent_at >= %3) OR "
                        "(status IN ('sending', 'unknown') AND updated_at >= %3))")
             .arg(u, QString::number(s.senderId), dayStart)},
        {QStringLiteral("send: bounce guard (OutboxDeliveryRepository::bounceCounts)"),
         QStringLiteral("SELECT COALESCE(SUM(CASE WHEN status = 'sent' THEN 1 ELSE 0 END), 0) "
                        "FROM outbox WHERE user_id = %1 AND kind <> 'test' AND ((status = 'sent' "
                        "AND sent_at >= %2) OR (status = 'failed' AND updated_at >= %2 AND "
                        "last_error LIKE 'bounced%'))")
             .arg(u, weekAgo)},
        {QStringLiteral("lead generation: source quota (ApiCallRepository::monthlyUsage)"),
         QStringLiteral("SELECT COUNT(*) FROM api_calls WHERE user_id = %1 AND source_id = %2 AND "
                        "called_at >= %3 AND called_at <= %4")
             .arg(u, QString::number(s.sourceId), monthAgo, now)},
        {QStringLiteral("lead generation, report: leads created (LeadStatsRepository)"),
         QStringLiteral("SELECT COUNT(*) FROM leads WHERE user_id = %1 AND created_at >= %2 AND "
                        "created_at < %3")
             .arg(u, monthAgo, now)},
        {QStringLiteral("report: leads contacted in the week (LeadStatsRepository)"),
         QStringLiteral("SELECT COUNT(*) FROM leads WHERE user_id = %1 AND contacted_at >= %2 "
                        "AND contacted_at < %3")
             .arg(u, weekAgo, now)},
        {QStringLiteral("report: conversions per source (LeadStatsRepository)"),
         QStringLiteral("SELECT source, COUNT(*) AS n FROM leads WHERE user_id = %1 AND "
                        "converted_at >= %2 AND converted_at < %3 GROUP BY source")
             .arg(u, weekAgo, now)},
        {QStringLiteral("report: calls per source (ApiCallRepository::totalsPerSource)"),
         QStringLiteral("SELECT source_id, COUNT(*) AS calls FROM api_calls WHERE user_id = %1 "
                        "AND called_at >= %2 AND called_at < %3 GROUP BY source_id")
             .arg(u, weekAgo, now)},
        {QStringLiteral("daily jobs: campaigns (CampaignRepository::listByStatus)"),
         QStringLiteral("SELECT id FROM campaigns WHERE user_id = %1 AND status = 'active' ORDER "
                        "BY id")
             .arg(u)},
        {QStringLiteral("daily jobs: 23-hour guard (CampaignRepository::lastRunOf)"),
         QStringLiteral("SELECT last_run_at FROM campaign_job_state WHERE campaign_id = %1 AND "
                        "job = 'daily-outreach' AND user_id = %2")
             .arg(c, u)},
    };
    QList<Plan> plans;
    for (const auto& [name, sql] : queries) {
        Result<Plan> plan = explainOne(name, sql);
        if (!plan)
            return plan.error();
        plans << *plan;
    }
    return plans;
}

Result<QueryPlanCheck::Plan> QueryPlanCheck::explainOne(const QString& name,
                                                        const QString& sql) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    const bool postgres = m_database.isPostgres();
    Sql query(*db, (postgres ? QStringLiteral("EXPLAIN ") : QStringLiteral("EXPLAIN QUERY PLAN ")) +
                       sql);
    if (Status done = query.exec(); !done)
        return Error::runtime(QStringLiteral("%1: %2").arg(name, done.error().message));
    static const QRegularExpression sqliteScan(QStringLiteral("^SCAN (\\w+)"));
    static const QRegularExpression postgresScan(QStringLiteral("Seq Scan on (\\w+)"));
    Plan plan;
    plan.name = name;
    while (query.next()) {
        const QString step = postgres ? query.value(0).toString() : query.value(3).toString();
        plan.steps << step;
        const QRegularExpressionMatch scan =
            (postgres ? postgresScan : sqliteScan).match(step.trimmed());
        if (scan.hasMatch() && !step.contains(QLatin1String("USING")))
            plan.fullScans << scan.captured(1);
    }
    return plan;
}

} // namespace outreach::bench
