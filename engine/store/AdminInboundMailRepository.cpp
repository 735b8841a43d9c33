#include "store/AdminInboundMailRepository.h"

#include "store/Database.h"
#include "store/Sql.h"

namespace outreach {

AdminInboundMailRepository::AdminInboundMailRepository(const Database& database)
    : m_database(database) {}

Result<qint64> AdminInboundMailRepository::countSince(const QString& kind, qint64 sinceMs) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(*db, QStringLiteral("SELECT COUNT(*) FROM inbound_messages WHERE kind = :kind AND "
                                  "processed_at >= :since"));
    query.bindText(QStringLiteral(":kind"), kind).bindInt(QStringLiteral(":since"), sinceMs);
    Result<std::optional<QVariant>> count = query.execScalar();
    if (!count)
        return count.error();
    return count->value_or(QVariant(0)).toLongLong();
}

} // namespace outreach
