#include "store/EngineSettingsRepository.h"

#include "core/Clock.h"
#include "store/Database.h"
#include "store/Sql.h"

namespace outreach {

EngineSettingsRepository::EngineSettingsRepository(const Database& database, const Clock& clock)
    : m_database(database), m_clock(clock) {}

Result<std::optional<QString>> EngineSettingsRepository::value(const QString& key) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(*db, QStringLiteral("SELECT value FROM engine_settings WHERE key = :key"));
    query.bindText(QStringLiteral(":key"), key);
    Result<std::optional<QVariant>> found = query.execScalar();
    if (!found)
        return found.error();
    if (!found->has_value())
        return std::optional<QString>{};
    return std::optional<QString>{(*found)->toString()};
}

Status EngineSettingsRepository::setValue(const QString& key, const QString& value) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql upsert(*db, QStringLiteral("INSERT INTO engine_settings (key, value, updated_at) VALUES "
                                   "(:key, :value, :now) ON CONFLICT (key) DO UPDATE SET value = "
                                   "excluded.value, updated_at = excluded.updated_at"));
    upsert.bindText(QStringLiteral(":key"), key)
        .bindText(QStringLiteral(":value"), value)
        .bindInt(QStringLiteral(":now"), m_clock.nowMs());
    return upsert.exec();
}

} // namespace outreach
