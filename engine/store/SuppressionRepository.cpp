#include "store/SuppressionRepository.h"

#include "core/Clock.h"
#include "model/Lead.h"
#include "store/Database.h"
#include "store/Sql.h"

namespace outreach {

Status SuppressionRepository::add(const QString& email, const QString& reason) const {
    Result<bool> already = isSuppressed(email);
    if (!already)
        return already.error();
    if (*already)
        return Status::success();
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql insert(*db, QStringLiteral("INSERT INTO suppression (user_id, email, reason, created_at) "
                                   "VALUES (:uid, :email, :reason, :now)"));
    insert.bindInt(QStringLiteral(":uid"), m_userId)
        .bindText(QStringLiteral(":email"), Lead::normaliseEmail(email))
        .bindText(QStringLiteral(":reason"), reason)
        .bindInt(QStringLiteral(":now"), m_clock.nowMs());
    return insert.exec();
}

Result<bool> SuppressionRepository::isSuppressed(const QString& email) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(*db, QStringLiteral("SELECT 1 FROM suppression WHERE email = :email AND (user_id = "
                                  ":uid OR user_id IS NULL) LIMIT 1"));
    query.bindText(QStringLiteral(":email"), Lead::normaliseEmail(email))
        .bindInt(QStringLiteral(":uid"), m_userId);
    Result<std::optional<QVariant>> found = query.execScalar();
    if (!found)
        return found.error();
    return found->has_value();
}

Result<QSet<QString>> SuppressionRepository::suppressedAmong(const QStringList& emails) const {
    QSet<QString> suppressed;
    if (emails.isEmpty())
        return suppressed;
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    constexpr qsizetype kChunk = 400;
    for (qsizetype start = 0; start < emails.size(); start += kChunk) {
        const QStringList chunk = emails.mid(start, kChunk);
        QStringList names;
        for (qsizetype i = 0; i < chunk.size(); ++i)
            names << QStringLiteral(":e%1").arg(i);
        Sql query(*db, QStringLiteral("SELECT DISTINCT email FROM suppression WHERE (user_id = "
                                      ":uid OR user_id IS NULL) AND email IN (%1)")
                           .arg(names.join(QStringLiteral(", "))));
        query.bindInt(QStringLiteral(":uid"), m_userId);
        for (qsizetype i = 0; i < chunk.size(); ++i)
            query.bindText(names[i], Lead::normaliseEmail(chunk[i]));
        if (Status done = query.exec(); !done)
            return done.error();
        while (query.next())
            suppressed.insert(query.value(0).toString());
    }
    return suppressed;
}

} // namespace outreach
