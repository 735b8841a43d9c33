#include "store/LeadStatsRepository.h"

#include "store/Database.h"
#include "store/Sql.h"

namespace outreach {

Result<LeadStatsRepository::CreatedSummary> LeadStatsRepository::created(qint64 fromMs,
                                                                         qint64 toMs) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(
        *db, QStringLiteral("SELECT COUNT(*) AS n, "
                            "COALESCE(SUM(CASE WHEN score >= 80 THEN 1 ELSE 0 END), 0) AS hot, "
                            "COALESCE(SUM(CASE WHEN score >= 60 AND score < 80 THEN 1 ELSE 0 END), "
                            "0) AS warm, COALESCE(SUM(score), 0) AS score_sum "
                            "FROM leads WHERE user_id = :uid AND created_at >= :from AND "
                            "created_at < :to"));
    query.bindInt(QStringLiteral(":uid"), m_userId)
        .bindInt(QStringLiteral(":from"), fromMs)
        .bindInt(QStringLiteral(":to"), toMs);
    if (Status done = query.exec(); !done)
        return done.error();
    CreatedSummary summary;
    if (query.next()) {
        summary.count = query.integer(QStringLiteral("n"));
        summary.hot = query.integer(QStringLiteral("hot"));
        summary.warm = query.integer(QStringLiteral("warm"));
        summary.scoreSum = query.integer(QStringLiteral("score_sum"));
    }
    return summary;
}

Result<qint64> LeadStatsRepository::createdCount(qint64 fromMs, qint64 toMs) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(*db, QStringLiteral("SELECT COUNT(*) FROM leads WHERE user_id = :uid AND "
                                  "created_at >= :from AND created_at < :to"));
    query.bindInt(QStringLiteral(":uid"), m_userId)
        .bindInt(QStringLiteral(":from"), fromMs)
        .bindInt(QStringLiteral(":to"), toMs);
    Result<std::optional<QVariant>> value = query.execScalar();
    if (!value)
        return value.error();
    return value->has_value() ? (*value)->toLongLong() : 0;
}

Result<qint64> LeadStatsRepository::reached(Step step, qint64 fromMs, qint64 toMs) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    // The column comes from this closed set, never from the caller's text.
    QString column;
    switch (step) {
    case Step::Contacted:
        column = QStringLiteral("contacted_at");
        break;
    case Step::Replied:
        column = QStringLiteral("replied_at");
        break;
    case Step::Converted:
        column = QStringLiteral("converted_at");
        break;
    }
    Sql query(*db, QStringLiteral("SELECT COUNT(*) FROM leads WHERE user_id = :uid AND "
                                  "%1 >= :from AND %1 < :to")
                       .arg(column));
    query.bindInt(QStringLiteral(":uid"), m_userId)
        .bindInt(QStringLiteral(":from"), fromMs)
        .bindInt(QStringLiteral(":to"), toMs);
    Result<std::optional<QVariant>> value = query.execScalar();
    if (!value)
        return value.error();
    return value->has_value() ? (*value)->toLongLong() : 0;
}

Result<QHash<QString, qint64>> LeadStatsRepository::conversionsByOrigin(qint64 fromMs,
                                                                        qint64 toMs) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(*db, QStringLiteral("SELECT source, COUNT(*) AS n FROM leads WHERE user_id = :uid "
                                  "AND converted_at >= :from AND converted_at < :to "
                                  "GROUP BY source"));
    query.bindInt(QStringLiteral(":uid"), m_userId)
        .bindInt(QStringLiteral(":from"), fromMs)
        .bindInt(QStringLiteral(":to"), toMs);
    if (Status done = query.exec(); !done)
        return done.error();
    QHash<QString, qint64> counts;
    while (query.next())
        counts.insert(query.text(QStringLiteral("source")), query.integer(QStringLiteral("n")));
    return counts;
}

} // namespace outreach
