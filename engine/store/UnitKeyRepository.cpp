#include "store/UnitKeyRepository.h"

#include "core/Clock.h"
#include "store/Database.h"
#include "store/Sql.h"

namespace outreach {

UnitKeyRepository::UnitKeyRepository(const Database& database, const Clock& clock)
    : m_database(database), m_clock(clock) {}

Result<UnitKeyRepository::Claim> UnitKeyRepository::claim(const QString& job, qint64 userId,
                                                          const QString& occurrence,
                                                          qint64 runId) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql upsert(*db, QStringLiteral(
                        "INSERT INTO job_unit_keys (job, user_id, occurrence, status, run_id, "
                        "updated_at) VALUES (:job, :user, :occurrence, 'claimed', :run, :now) ON "
                        "CONFLICT (job, user_id, occurrence) DO UPDATE SET status = 'claimed', "
                        "run_id = excluded.run_id, updated_at = excluded.updated_at WHERE "
                        "job_unit_keys.status = 'incomplete' RETURNING run_id"));
    upsert.bindText(QStringLiteral(":job"), job)
        .bindInt(QStringLiteral(":user"), userId)
        .bindText(QStringLiteral(":occurrence"), occurrence)
        .bindInt(QStringLiteral(":run"), runId)
        .bindInt(QStringLiteral(":now"), m_clock.nowMs());
    Result<std::optional<QVariant>> returned = upsert.execScalar();
    if (!returned)
        return returned.error();
    if (returned->has_value())
        return Claim{.claimed = true};
    Sql query(*db, QStringLiteral("SELECT status, run_id FROM job_unit_keys WHERE job = :job AND "
                                  "user_id = :user AND occurrence = :occurrence"));
    query.bindText(QStringLiteral(":job"), job)
        .bindInt(QStringLiteral(":user"), userId)
        .bindText(QStringLiteral(":occurrence"), occurrence);
    if (Status done = query.exec(); !done)
        return done.error();
    Claim existing;
    if (query.next()) {
        existing.status = query.text(QStringLiteral("status"));
        existing.runId = query.optionalInt(QStringLiteral("run_id"));
    }
    return existing;
}

Status UnitKeyRepository::finish(const QString& job, qint64 userId, const QString& occurrence,
                                 qint64 runId, bool done) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql update(*db, QStringLiteral("UPDATE job_unit_keys SET status = :status, updated_at = :now "
                                   "WHERE job = :job AND user_id = :user AND occurrence = "
                                   ":occurrence AND run_id = :run"));
    update
        .bindText(QStringLiteral(":status"),
                  done ? QStringLiteral("done") : QStringLiteral("incomplete"))
        .bindInt(QStringLiteral(":now"), m_clock.nowMs())
        .bindText(QStringLiteral(":job"), job)
        .bindInt(QStringLiteral(":user"), userId)
        .bindText(QStringLiteral(":occurrence"), occurrence)
        .bindInt(QStringLiteral(":run"), runId);
    return update.exec();
}

Status UnitKeyRepository::releaseRun(qint64 runId) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql update(*db, QStringLiteral("UPDATE job_unit_keys SET status = 'incomplete', updated_at = "
                                   ":now WHERE run_id = :run AND status = 'claimed'"));
    update.bindInt(QStringLiteral(":now"), m_clock.nowMs()).bindInt(QStringLiteral(":run"), runId);
    return update.exec();
}

Result<int> UnitKeyRepository::pruneBatch(qint64 cutoff, int batch) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    // Only finished keys go: a claimed key belongs to a run that may still be going.
    Sql remove(*db, QStringLiteral("DELETE FROM job_unit_keys WHERE (job, user_id, occurrence) IN "
                                   "(SELECT job, user_id, occurrence FROM job_unit_keys WHERE "
                                   "updated_at < :cutoff AND status <> 'claimed' LIMIT :batch)"));
    remove.bindInt(QStringLiteral(":cutoff"), cutoff).bindInt(QStringLiteral(":batch"), batch);
    if (Status done = remove.exec(); !done)
        return done.error();
    return remove.rowsAffected();
}

} // namespace outreach
