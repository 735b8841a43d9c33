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

} // namespace outreach
