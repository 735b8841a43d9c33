#include "store/AdminQuotaRepository.h"

#include "core/QuotaMonth.h"
#include "model/LeadSource.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QJsonArray>

namespace outreach {

AdminQuotaRepository::AdminQuotaRepository(const Database& database) : m_database(database) {}

QJsonObject AdminQuotaRepository::UserQuotas::toJson() const {
    QJsonArray list;
    for (const QuotaUsage& q : items)
        list.append(q.toJson());
    return {{QStringLiteral("userId"), userId},   {QStringLiteral("email"), email},
            {QStringLiteral("name"), name},       {QStringLiteral("status"), status},
            {QStringLiteral("warning"), warning}, {QStringLiteral("items"), list}};
}

Result<QList<AdminQuotaRepository::UserQuotas>> AdminQuotaRepository::usage(qint64 asOfMs) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    const QuotaMonth month = QuotaMonth::containing(asOfMs);

    // Correlated counts: one index range scan per user and per source over this month only
    // (leads_user_created, api_calls_user_time), so the cost follows the number of users and
    // this month's activity, not the history kept.
    Sql users(*db, QStringLiteral("SELECT u.id, u.email, u.name, u.status, u.monthly_lead_quota, "
                                  "(SELECT COUNT(*) FROM leads l WHERE l.user_id = u.id AND "
                                  "l.created_at >= :from AND l.created_at <= :asof) AS used "
                                  "FROM users u ORDER BY u.id"));
    users.bindInt(QStringLiteral(":from"), month.startMs())
        .bindInt(QStringLiteral(":asof"), asOfMs);
    if (Status done = users.exec(); !done)
        return done.error();
    QList<UserQuotas> result;
    QHash<qint64, qsizetype> index;
    QHash<qint64, QuotaUsage> leadQuota;
    while (users.next()) {
        UserQuotas u;
        u.userId = users.integer(QStringLiteral("id"));
        u.email = users.text(QStringLiteral("email"));
        u.name = users.text(QStringLiteral("name"));
        u.status = users.text(QStringLiteral("status"));
        leadQuota.insert(u.userId, QuotaUsage::forMonthlyLeads(
                                       users.integer(QStringLiteral("monthly_lead_quota")),
                                       users.integer(QStringLiteral("used")), asOfMs));
        index.insert(u.userId, result.size());
        result.append(u);
    }

    Sql sources(*db, QStringLiteral("SELECT s.id, s.user_id, s.kind, s.endpoint, s.enabled, "
                                    "s.monthly_quota, (SELECT COUNT(*) FROM api_calls a WHERE "
                                    "a.user_id = s.user_id AND a.source_id = s.id AND "
                                    "a.called_at >= :from AND a.called_at <= :asof) AS used "
                                    "FROM lead_sources s ORDER BY s.user_id, s.id"));
    sources.bindInt(QStringLiteral(":from"), month.startMs())
        .bindInt(QStringLiteral(":asof"), asOfMs);
    if (Status done = sources.exec(); !done)
        return done.error();
    while (sources.next()) {
        LeadSource s;
        s.id = sources.integer(QStringLiteral("id"));
        s.userId = sources.integer(QStringLiteral("user_id"));
        s.kind = sources.text(QStringLiteral("kind"));
        s.endpoint = sources.text(QStringLiteral("endpoint"));
        s.enabled = sources.integer(QStringLiteral("enabled")) != 0;
        s.monthlyQuota = int(sources.integer(QStringLiteral("monthly_quota")));
        if (!index.contains(s.userId))
            continue;
        result[index.value(s.userId)].items.append(
            QuotaUsage::forSource(s, sources.integer(QStringLiteral("used")), asOfMs));
    }
    for (UserQuotas& u : result) {
        u.items.append(leadQuota.value(u.userId));
        for (const QuotaUsage& q : std::as_const(u.items))
            u.warning = u.warning || q.warning;
    }
    return result;
}

} // namespace outreach
