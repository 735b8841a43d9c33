#include "store/EngineHostRepository.h"

#include "core/Clock.h"
#include "store/Database.h"
#include "store/Sql.h"

namespace outreach {

EngineHostRepository::EngineHostRepository(const Database& database, const Clock& clock)
    : m_database(database), m_clock(clock) {}

Status EngineHostRepository::announce(const EngineHost& host, qint64 ttlMs) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    const qint64 now = m_clock.nowMs();
    Sql upsert(*db, QStringLiteral(
                        "INSERT INTO engine_hosts (owner, role, host, pid, started_at, expires_at) "
                        "VALUES (:owner, :role, :host, :pid, :started, :expires) ON CONFLICT "
                        "(owner) DO UPDATE SET expires_at = excluded.expires_at"));
    upsert.bindText(QStringLiteral(":owner"), host.owner)
        .bindText(QStringLiteral(":role"), host.role)
        .bindText(QStringLiteral(":host"), host.host)
        .bindInt(QStringLiteral(":pid"), host.pid)
        .bindInt(QStringLiteral(":started"), host.startedAt ? host.startedAt : now)
        .bindInt(QStringLiteral(":expires"), now + ttlMs);
    return upsert.exec();
}

Result<bool> EngineHostRepository::renew(const QString& owner, qint64 ttlMs) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql update(
        *db, QStringLiteral("UPDATE engine_hosts SET expires_at = :expires WHERE owner = :owner"));
    update.bindInt(QStringLiteral(":expires"), m_clock.nowMs() + ttlMs)
        .bindText(QStringLiteral(":owner"), owner);
    if (Status done = update.exec(); !done)
        return done.error();
    return update.rowsAffected() == 1;
}

Status EngineHostRepository::withdraw(const QString& owner) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql remove(*db, QStringLiteral("DELETE FROM engine_hosts WHERE owner = :owner"));
    remove.bindText(QStringLiteral(":owner"), owner);
    return remove.exec();
}

Result<QList<EngineHost>> EngineHostRepository::live(const QString& exceptOwner) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(*db, QStringLiteral("SELECT owner, role, host, pid, started_at, expires_at FROM "
                                  "engine_hosts WHERE expires_at > :now AND owner <> :except "
                                  "ORDER BY started_at, owner"));
    query.bindInt(QStringLiteral(":now"), m_clock.nowMs())
        .bindText(QStringLiteral(":except"), exceptOwner);
    if (Status done = query.exec(); !done)
        return done.error();
    QList<EngineHost> hosts;
    while (query.next())
        hosts.append(EngineHost{.owner = query.text(QStringLiteral("owner")),
                                .role = query.text(QStringLiteral("role")),
                                .host = query.text(QStringLiteral("host")),
                                .pid = query.integer(QStringLiteral("pid")),
                                .startedAt = query.integer(QStringLiteral("started_at")),
                                .expiresAt = query.integer(QStringLiteral("expires_at"))});
    return hosts;
}

} // namespace outreach
