#include "store/WeeklyReportRepository.h"

#include "store/Database.h"
#include "store/Sql.h"

namespace outreach {

Status WeeklyReportRepository::save(const QString& isoWeek, qint64 computedAt,
                                    const QByteArray& data) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql upsert(*db, QStringLiteral("INSERT INTO weekly_reports (user_id, iso_week, computed_at, "
                                   "data) VALUES (:uid, :week, :at, :data) ON CONFLICT (user_id, "
                                   "iso_week) DO UPDATE SET computed_at = excluded.computed_at, "
                                   "data = excluded.data"));
    upsert.bindInt(QStringLiteral(":uid"), m_userId)
        .bindText(QStringLiteral(":week"), isoWeek)
        .bindInt(QStringLiteral(":at"), computedAt)
        .bindText(QStringLiteral(":data"), QString::fromUtf8(data));
    return upsert.exec();
}

Result<WeeklyReportRepository::Stored> WeeklyReportRepository::find(const QString& isoWeek) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(*db, QStringLiteral("SELECT iso_week, computed_at, data FROM weekly_reports "
                                  "WHERE user_id = :uid AND iso_week = :week"));
    query.bindInt(QStringLiteral(":uid"), m_userId).bindText(QStringLiteral(":week"), isoWeek);
    if (Status done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return Error::notFound(
            QStringLiteral("week"),
            QStringLiteral("week: no stored report for %1 of user %2").arg(isoWeek).arg(m_userId));
    return Stored{query.text(QStringLiteral("iso_week")),
                  query.integer(QStringLiteral("computed_at")),
                  query.text(QStringLiteral("data")).toUtf8()};
}

Result<QList<WeeklyReportRepository::Stored>> WeeklyReportRepository::list(int limit) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(*db, QStringLiteral("SELECT iso_week, computed_at, data FROM weekly_reports "
                                  "WHERE user_id = :uid ORDER BY iso_week DESC LIMIT :limit"));
    query.bindInt(QStringLiteral(":uid"), m_userId).bindInt(QStringLiteral(":limit"), limit);
    if (Status done = query.exec(); !done)
        return done.error();
    QList<Stored> reports;
    while (query.next())
        reports.append({query.text(QStringLiteral("iso_week")),
                        query.integer(QStringLiteral("computed_at")),
                        query.text(QStringLiteral("data")).toUtf8()});
    return reports;
}

} // namespace outreach
