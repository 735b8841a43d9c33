#include "store/UserSettingRepository.h"

#include "core/Clock.h"
#include "store/Database.h"
#include "store/Sql.h"

namespace outreach {

Result<std::optional<QString>> UserSettingRepository::value(const QString& name) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(*db, QStringLiteral(
                       "SELECT value FROM user_settings WHERE user_id = :uid AND name = :name"));
    query.bindInt(QStringLiteral(":uid"), m_userId).bindText(QStringLiteral(":name"), name);
    Result<std::optional<QVariant>> found = query.execScalar();
    if (!found)
        return found.error();
    if (!found->has_value())
        return std::optional<QString>{};
    return std::optional<QString>{(*found)->toString()};
}

Status UserSettingRepository::setValue(const QString& name, const QString& value) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql upsert(*db, QStringLiteral("INSERT INTO user_settings (user_id, name, value, updated_at) "
                                   "VALUES (:uid, :name, :value, :now) ON CONFLICT (user_id, "
                                   "name) DO UPDATE SET value = excluded.value, "
                                   "updated_at = excluded.updated_at"));
    upsert.bindInt(QStringLiteral(":uid"), m_userId)
        .bindText(QStringLiteral(":name"), name)
        .bindText(QStringLiteral(":value"), value)
        .bindInt(QStringLiteral(":now"), m_clock.nowMs());
    return upsert.exec();
}

Status UserSettingRepository::remove(const QString& name) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql del(*db, QStringLiteral("DELETE FROM user_settings WHERE user_id = :uid AND name = :name"));
    del.bindInt(QStringLiteral(":uid"), m_userId).bindText(QStringLiteral(":name"), name);
    return del.exec();
}

} // namespace outreach
