#include "store/OccurrenceRepository.h"

#include "core/Clock.h"
#include "store/Database.h"
#include "store/Sql.h"

namespace outreach {
namespace {

const QString columns = QStringLiteral(
    "id, job, scheduled_at, last_at, fire_count, decision, reason, run_id, decided_at");

JobOccurrence readOccurrence(const Sql& row) {
    JobOccurrence o;
    o.id = row.integer(QStringLiteral("id"));
    o.job = row.text(QStringLiteral("job"));
    o.scheduledAt = row.integer(QStringLiteral("scheduled_at"));
    o.lastAt = row.integer(QStringLiteral("last_at"));
    o.fireCount = int(row.integer(QStringLiteral("fire_count")));
    o.decision = row.text(QStringLiteral("decision"));
    o.reason = row.text(QStringLiteral("reason"));
    o.runId = row.optionalInt(QStringLiteral("run_id"));
    o.decidedAt = row.integer(QStringLiteral("decided_at"));
    return o;
}

} // namespace

OccurrenceRepository::OccurrenceRepository(const Database& database, const Clock& clock)
    : m_database(database), m_clock(clock) {}

Result<qint64> OccurrenceRepository::record(JobOccurrence occurrence) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    const qint64 now = m_clock.nowMs();
    if (occurrence.decision == QLatin1String("skipped") && !occurrence.runId) {
        Result<QList<JobOccurrence>> latest = list(occurrence.job, 1);
        if (!latest)
            return latest.error();
        if (!latest->isEmpty()) {
            const JobOccurrence& previous = latest->first();
            if (previous.decision == occurrence.decision && previous.reason == occurrence.reason &&
                !previous.runId && previous.lastAt < occurrence.scheduledAt) {
                Sql extend(*db, QStringLiteral("UPDATE job_occurrences SET last_at = :last, "
                                               "fire_count = fire_count + :count, decided_at = "
                                               ":now WHERE id = :id"));
                extend.bindInt(QStringLiteral(":last"), occurrence.lastAt)
                    .bindInt(QStringLiteral(":count"), occurrence.fireCount)
                    .bindInt(QStringLiteral(":now"), now)
                    .bindInt(QStringLiteral(":id"), previous.id);
                if (Status done = extend.exec(); !done)
                    return done.error();
                return previous.id;
            }
        }
    }
    Sql insert(*db, QStringLiteral("INSERT INTO job_occurrences (job, scheduled_at, last_at, "
                                   "fire_count, decision, reason, run_id, decided_at) VALUES "
                                   "(:job, :first, :last, :count, :decision, :reason, :run, :now) "
                                   "ON CONFLICT (job, scheduled_at) DO NOTHING RETURNING id"));
    insert.bindText(QStringLiteral(":job"), occurrence.job)
        .bindInt(QStringLiteral(":first"), occurrence.scheduledAt)
        .bindInt(QStringLiteral(":last"), occurrence.lastAt)
        .bindInt(QStringLiteral(":count"), occurrence.fireCount)
        .bindText(QStringLiteral(":decision"), occurrence.decision)
        .bindText(QStringLiteral(":reason"), occurrence.reason)
        .bindOptionalInt(QStringLiteral(":run"), occurrence.runId)
        .bindInt(QStringLiteral(":now"), now);
    Result<std::optional<QVariant>> id = insert.execScalar();
    if (!id)
        return id.error();
    if (!id->has_value())
        return Error::conflict(QStringLiteral("the fire of %1 at %2 already has a decision")
                                   .arg(occurrence.job)
                                   .arg(occurrence.scheduledAt));
    return (*id)->toLongLong();
}

Status OccurrenceRepository::attachRun(qint64 occurrenceId, qint64 runId) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql update(*db, QStringLiteral("UPDATE job_occurrences SET run_id = :run WHERE id = :id"));
    update.bindInt(QStringLiteral(":run"), runId).bindInt(QStringLiteral(":id"), occurrenceId);
    return update.exec();
}

Result<JobOccurrence> OccurrenceRepository::find(qint64 id) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(*db, QStringLiteral("SELECT %1 FROM job_occurrences WHERE id = :id").arg(columns));
    query.bindInt(QStringLiteral(":id"), id);
    if (Status done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return Error::notFound(QStringLiteral("occurrence"),
                               QStringLiteral("occurrence: no occurrence with id %1").arg(id));
    return readOccurrence(query);
}

Result<QList<JobOccurrence>> OccurrenceRepository::list(const QString& job, int limit) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(*db, QStringLiteral("SELECT %1 FROM job_occurrences WHERE job = :job ORDER BY "
                                  "scheduled_at DESC LIMIT :limit")
                       .arg(columns));
    query.bindText(QStringLiteral(":job"), job).bindInt(QStringLiteral(":limit"), limit);
    if (Status done = query.exec(); !done)
        return done.error();
    QList<JobOccurrence> list;
    while (query.next())
        list.append(readOccurrence(query));
    return list;
}

Result<int> OccurrenceRepository::pruneBatch(qint64 cutoff, int batch) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql remove(*db, QStringLiteral("DELETE FROM job_occurrences WHERE id IN (SELECT id FROM "
                                   "job_occurrences WHERE decided_at < :cutoff LIMIT :batch)"));
    remove.bindInt(QStringLiteral(":cutoff"), cutoff).bindInt(QStringLiteral(":batch"), batch);
    if (Status done = remove.exec(); !done)
        return done.error();
    return remove.rowsAffected();
}

} // namespace outreach
