#include "store/JobRunRepository.h"

#include "core/Clock.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QStringList>
#include <algorithm>

namespace outreach {
namespace {

const QString columns = QStringLiteral(
    "id, job, trigger_kind, status, occurrence_at, occurrence_key, started_at, finished_at, "
    "users_total, users_done, users_failed, users_skipped, items, owner, requested_by, error, "
    "retry_of, target_user_id, forced, cancel_requested, reason");

JobRun readRun(const Sql& row) {
    JobRun run;
    run.id = row.integer(QStringLiteral("id"));
    run.job = row.text(QStringLiteral("job"));
    run.trigger = row.text(QStringLiteral("trigger_kind"));
    run.status = row.text(QStringLiteral("status"));
    run.occurrenceAt = row.optionalInt(QStringLiteral("occurrence_at"));
    run.occurrenceKey = row.text(QStringLiteral("occurrence_key"));
    run.startedAt = row.integer(QStringLiteral("started_at"));
    run.finishedAt = row.optionalInt(QStringLiteral("finished_at"));
    run.usersTotal = int(row.integer(QStringLiteral("users_total")));
    run.usersDone = int(row.integer(QStringLiteral("users_done")));
    run.usersFailed = int(row.integer(QStringLiteral("users_failed")));
    run.usersSkipped = int(row.integer(QStringLiteral("users_skipped")));
    run.items = row.integer(QStringLiteral("items"));
    run.owner = row.text(QStringLiteral("owner"));
    run.requestedBy = row.text(QStringLiteral("requested_by"));
    run.error = row.text(QStringLiteral("error"));
    run.retryOf = row.optionalInt(QStringLiteral("retry_of"));
    run.targetUserId = row.optionalInt(QStringLiteral("target_user_id"));
    run.forced = row.integer(QStringLiteral("forced")) != 0;
    run.cancelRequested = row.integer(QStringLiteral("cancel_requested")) != 0;
    run.reason = row.text(QStringLiteral("reason"));
    return run;
}

Result<QList<JobRun>> readAll(Sql& query) {
    if (Status done = query.exec(); !done)
        return done.error();
    QList<JobRun> runs;
    while (query.next())
        runs.append(readRun(query));
    return runs;
}

} // namespace

JobRunRepository::JobRunRepository(const Database& database, const Clock& clock)
    : m_database(database), m_clock(clock) {}

Result<qint64> JobRunRepository::create(const JobRun& draft) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql insert(*db, QStringLiteral(
                        "INSERT INTO job_runs (job, trigger_kind, status, occurrence_at, "
                        "occurrence_key, started_at, users_total, owner, requested_by, retry_of, "
                        "target_user_id, forced, reason) VALUES (:job, :trigger, 'running', "
                        ":occurrence, :key, :started, :total, :owner, :by, :retry, :target, "
                        ":forced, :reason) RETURNING id"));
    insert.bindText(QStringLiteral(":job"), draft.job)
        .bindText(QStringLiteral(":trigger"), draft.trigger)
        .bindOptionalInt(QStringLiteral(":occurrence"), draft.occurrenceAt)
        .bindText(QStringLiteral(":key"), draft.occurrenceKey)
        .bindInt(QStringLiteral(":started"), draft.startedAt ? draft.startedAt : m_clock.nowMs())
        .bindInt(QStringLiteral(":total"), draft.usersTotal)
        .bindText(QStringLiteral(":owner"), draft.owner)
        .bindText(QStringLiteral(":by"), draft.requestedBy)
        .bindOptionalInt(QStringLiteral(":retry"), draft.retryOf)
        .bindOptionalInt(QStringLiteral(":target"), draft.targetUserId)
        .bindInt(QStringLiteral(":forced"), draft.forced ? 1 : 0)
        .bindText(QStringLiteral(":reason"), draft.reason);
    return insert.execReturningId();
}

Status JobRunRepository::setOccurrenceKey(qint64 runId, const QString& key) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql update(*db, QStringLiteral("UPDATE job_runs SET occurrence_key = :key WHERE id = :id"));
    update.bindText(QStringLiteral(":key"), key).bindInt(QStringLiteral(":id"), runId);
    return update.exec();
}

Status JobRunRepository::setTotal(qint64 runId, int usersTotal) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql update(*db, QStringLiteral("UPDATE job_runs SET users_total = :total WHERE id = :id"));
    update.bindInt(QStringLiteral(":total"), usersTotal).bindInt(QStringLiteral(":id"), runId);
    return update.exec();
}

Status JobRunRepository::updateCounts(const JobRun& run) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql update(*db, QStringLiteral("UPDATE job_runs SET users_done = :done, users_failed = "
                                   ":failed, users_skipped = :skipped, items = :items WHERE id = "
                                   ":id"));
    update.bindInt(QStringLiteral(":done"), run.usersDone)
        .bindInt(QStringLiteral(":failed"), run.usersFailed)
        .bindInt(QStringLiteral(":skipped"), run.usersSkipped)
        .bindInt(QStringLiteral(":items"), run.items)
        .bindInt(QStringLiteral(":id"), run.id);
    return update.exec();
}

Status JobRunRepository::finish(const JobRun& run) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql update(*db, QStringLiteral("UPDATE job_runs SET status = :status, finished_at = "
                                   ":finished, error = :error, users_total = :total, users_done = "
                                   ":done, users_failed = :failed, users_skipped = :skipped, "
                                   "items = :items WHERE id = :id"));
    update.bindText(QStringLiteral(":status"), run.status)
        .bindOptionalInt(QStringLiteral(":finished"), run.finishedAt)
        .bindText(QStringLiteral(":error"), run.error)
        .bindInt(QStringLiteral(":total"), run.usersTotal)
        .bindInt(QStringLiteral(":done"), run.usersDone)
        .bindInt(QStringLiteral(":failed"), run.usersFailed)
        .bindInt(QStringLiteral(":skipped"), run.usersSkipped)
        .bindInt(QStringLiteral(":items"), run.items)
        .bindInt(QStringLiteral(":id"), run.id);
    return update.exec();
}

Result<JobRun> JobRunRepository::find(qint64 runId) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(*db, QStringLiteral("SELECT %1 FROM job_runs WHERE id = :id").arg(columns));
    query.bindInt(QStringLiteral(":id"), runId);
    Result<QList<JobRun>> runs = readAll(query);
    if (!runs)
        return runs.error();
    if (runs->isEmpty())
        return Error::notFound(QStringLiteral("run"),
                               QStringLiteral("run: no run with id %1").arg(runId));
    return runs->first();
}

Result<QList<JobRun>> JobRunRepository::list(const RunFilter& filter) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    QStringList where{QStringLiteral("1 = 1")};
    if (!filter.job.isEmpty())
        where << QStringLiteral("job = :job");
    if (!filter.status.isEmpty())
        where << QStringLiteral("status = :status");
    if (filter.userId)
        where << QStringLiteral("EXISTS (SELECT 1 FROM job_run_users u WHERE u.run_id = "
                                "job_runs.id AND u.user_id = :user)");
    Sql query(*db, QStringLiteral("SELECT %1 FROM job_runs WHERE %2 ORDER BY started_at DESC, id "
                                  "DESC LIMIT :limit")
                       .arg(columns, where.join(QStringLiteral(" AND "))));
    if (!filter.job.isEmpty())
        query.bindText(QStringLiteral(":job"), filter.job);
    if (!filter.status.isEmpty())
        query.bindText(QStringLiteral(":status"), filter.status);
    if (filter.userId)
        query.bindInt(QStringLiteral(":user"), *filter.userId);
    query.bindInt(QStringLiteral(":limit"), std::max(1, filter.limit));
    return readAll(query);
}

Result<std::optional<JobRun>> JobRunRepository::latestOf(const QString& job) const {
    Result<QList<JobRun>> runs = list(RunFilter{.job = job, .limit = 1});
    if (!runs)
        return runs.error();
    return runs->isEmpty() ? std::optional<JobRun>{} : std::optional<JobRun>{runs->first()};
}

Result<std::optional<JobRun>> JobRunRepository::runningOf(const QString& job) const {
    Result<QList<JobRun>> runs =
        list(RunFilter{.job = job, .status = QStringLiteral("running"), .limit = 1});
    if (!runs)
        return runs.error();
    return runs->isEmpty() ? std::optional<JobRun>{} : std::optional<JobRun>{runs->first()};
}

Result<qint64> JobRunRepository::latestId() const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(*db, QStringLiteral("SELECT MAX(id) FROM job_runs"));
    Result<std::optional<QVariant>> max = query.execScalar();
    if (!max)
        return max.error();
    return max->has_value() && !(*max)->isNull() ? (*max)->toLongLong() : qint64(0);
}

Result<QList<JobRun>> JobRunRepository::createdAfter(qint64 afterId, int limit) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(*db,
              QStringLiteral("SELECT %1 FROM job_runs WHERE id > :after ORDER BY id LIMIT :limit")
                  .arg(columns));
    query.bindInt(QStringLiteral(":after"), afterId)
        .bindInt(QStringLiteral(":limit"), std::max(1, limit));
    return readAll(query);
}

Status JobRunRepository::requestCancel(qint64 runId) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql update(*db, QStringLiteral("UPDATE job_runs SET cancel_requested = 1 WHERE id = :id"));
    update.bindInt(QStringLiteral(":id"), runId);
    return update.exec();
}

Result<bool> JobRunRepository::cancelRequested(qint64 runId) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(*db, QStringLiteral("SELECT cancel_requested FROM job_runs WHERE id = :id"));
    query.bindInt(QStringLiteral(":id"), runId);
    Result<std::optional<QVariant>> value = query.execScalar();
    if (!value)
        return value.error();
    return value->has_value() && (*value)->toLongLong() != 0;
}

Result<QList<qint64>> JobRunRepository::orphans(const QString& job) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    // The lease is matched by owner, not by run id: between taking the lease and binding the
    // new run to it, a live run's lease still has no run id.
    Sql query(*db, job.isEmpty()
                       ? QStringLiteral("SELECT id FROM job_runs r WHERE status = 'running' AND "
                                        "NOT EXISTS (SELECT 1 FROM job_leases l WHERE l.job = "
                                        "r.job AND l.owner = r.owner AND l.expires_at >= :now)")
                       : QStringLiteral("SELECT id FROM job_runs WHERE status = 'running' AND "
                                        "job = :job"));
    if (job.isEmpty())
        query.bindInt(QStringLiteral(":now"), m_clock.nowMs());
    else
        query.bindText(QStringLiteral(":job"), job);
    if (Status done = query.exec(); !done)
        return done.error();
    QList<qint64> ids;
    while (query.next())
        ids.append(query.integer(QStringLiteral("id")));
    return ids;
}

namespace {

Status closeRun(const Database& database, qint64 runId, const QString& status, qint64 at,
                const QString& error) {
    Result<QSqlDatabase> db = database.connection();
    if (!db)
        return db.error();
    Sql update(*db, QStringLiteral("UPDATE job_runs SET status = :status, finished_at = :at, "
                                   "error = :error WHERE id = :id AND status = 'running'"));
    update.bindText(QStringLiteral(":status"), status)
        .bindInt(QStringLiteral(":at"), at)
        .bindText(QStringLiteral(":error"), error)
        .bindInt(QStringLiteral(":id"), runId);
    return update.exec();
}

} // namespace

Status JobRunRepository::markAbandoned(qint64 runId, const QString& error) const {
    return closeRun(m_database, runId, QStringLiteral("failed"), m_clock.nowMs(), error);
}

Status JobRunRepository::markCancelled(qint64 runId, const QString& error) const {
    return closeRun(m_database, runId, QStringLiteral("cancelled"), m_clock.nowMs(), error);
}

Result<int> JobRunRepository::pruneBatch(qint64 cutoff, int batch) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql remove(*db, QStringLiteral("DELETE FROM job_runs WHERE id IN (SELECT id FROM job_runs "
                                   "WHERE started_at < :cutoff AND status <> 'running' ORDER BY "
                                   "started_at LIMIT :batch)"));
    remove.bindInt(QStringLiteral(":cutoff"), cutoff).bindInt(QStringLiteral(":batch"), batch);
    if (Status done = remove.exec(); !done)
        return done.error();
    return remove.rowsAffected();
}

} // namespace outreach
