#include "store/LeaseRepository.h"

#include "core/Clock.h"
#include "store/Database.h"
#include "store/Sql.h"

namespace outreach {

LeaseRepository::LeaseRepository(const Database& database, const Clock& clock)
    : m_database(database), m_clock(clock) {}

Result<bool> LeaseRepository::acquire(const QString& job, const QString& owner,
                                      qint64 ttlMs) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    const qint64 now = m_clock.nowMs();
    // Insert, or take over only an expired lease. Both backends evaluate the conflict and the
    // WHERE under the row's lock, so of two processes trying at once exactly one gets a row
    // back. The lease is also refused to its own owner while valid: one run per job, full stop.
    Sql upsert(*db, QStringLiteral(
                        "INSERT INTO job_leases (job, owner, run_id, acquired_at, expires_at) "
                        "VALUES (:job, :owner, NULL, :now, :expires) ON CONFLICT (job) DO UPDATE "
                        "SET owner = excluded.owner, run_id = NULL, acquired_at = "
                        "excluded.acquired_at, expires_at = excluded.expires_at WHERE "
                        "job_leases.expires_at < excluded.acquired_at RETURNING owner"));
    upsert.bindText(QStringLiteral(":job"), job)
        .bindText(QStringLiteral(":owner"), owner)
        .bindInt(QStringLiteral(":now"), now)
        .bindInt(QStringLiteral(":expires"), now + ttlMs);
    Result<std::optional<QVariant>> returned = upsert.execScalar();
    if (!returned)
        return returned.error();
    return returned->has_value() && (*returned)->toString() == owner;
}

Status LeaseRepository::bindRun(const QString& job, const QString& owner, qint64 runId) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql update(*db, QStringLiteral("UPDATE job_leases SET run_id = :run WHERE job = :job AND "
                                   "owner = :owner"));
    update.bindInt(QStringLiteral(":run"), runId)
        .bindText(QStringLiteral(":job"), job)
        .bindText(QStringLiteral(":owner"), owner);
    return update.exec();
}

Result<bool> LeaseRepository::renew(const QString& job, const QString& owner, qint64 ttlMs) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql update(*db, QStringLiteral("UPDATE job_leases SET expires_at = :expires WHERE job = :job "
                                   "AND owner = :owner"));
    update.bindInt(QStringLiteral(":expires"), m_clock.nowMs() + ttlMs)
        .bindText(QStringLiteral(":job"), job)
        .bindText(QStringLiteral(":owner"), owner);
    if (Status done = update.exec(); !done)
        return done.error();
    return update.rowsAffected() == 1;
}

Status LeaseRepository::release(const QString& job, const QString& owner) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql remove(*db, QStringLiteral("DELETE FROM job_leases WHERE job = :job AND owner = :owner"));
    remove.bindText(QStringLiteral(":job"), job).bindText(QStringLiteral(":owner"), owner);
    return remove.exec();
}

Result<std::optional<LeaseRepository::Lease>> LeaseRepository::holder(const QString& job) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(*db, QStringLiteral("SELECT job, owner, run_id, acquired_at, expires_at FROM "
                                  "job_leases WHERE job = :job"));
    query.bindText(QStringLiteral(":job"), job);
    if (Status done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return std::optional<Lease>{};
    Lease lease;
    lease.job = query.text(QStringLiteral("job"));
    lease.owner = query.text(QStringLiteral("owner"));
    lease.runId = query.optionalInt(QStringLiteral("run_id"));
    lease.acquiredAt = query.integer(QStringLiteral("acquired_at"));
    lease.expiresAt = query.integer(QStringLiteral("expires_at"));
    return std::optional<Lease>{lease};
}

} // namespace outreach
