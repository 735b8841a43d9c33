#include "store/JobRunUserRepository.h"

#include "store/Database.h"
#include "store/Sql.h"

namespace outreach {

JobRunUserRepository::JobRunUserRepository(const Database& database) : m_database(database) {}

Result<qint64> JobRunUserRepository::add(const JobRunUser& row) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql insert(*db, QStringLiteral("INSERT INTO job_run_users (run_id, user_id, user_email, "
                                   "status, items, error, note, started_at, finished_at, "
                                   "duration_ms) VALUES (:run, :user, :email, :status, :items, "
                                   ":error, :note, :started, :finished, :duration) RETURNING id"));
    insert.bindInt(QStringLiteral(":run"), row.runId)
        .bindInt(QStringLiteral(":user"), row.userId)
        .bindText(QStringLiteral(":email"), row.userEmail)
        .bindText(QStringLiteral(":status"), row.status)
        .bindInt(QStringLiteral(":items"), row.items)
        .bindText(QStringLiteral(":error"), row.error)
        .bindText(QStringLiteral(":note"), row.note)
        .bindInt(QStringLiteral(":started"), row.startedAt)
        .bindOptionalInt(QStringLiteral(":finished"), row.finishedAt)
        .bindInt(QStringLiteral(":duration"), row.durationMs);
    return insert.execReturningId();
}

Status JobRunUserRepository::update(const JobRunUser& row) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql update(*db, QStringLiteral("UPDATE job_run_users SET status = :status, items = :items, "
                                   "error = :error, note = :note, finished_at = :finished, "
                                   "duration_ms = :duration WHERE id = :id"));
    update.bindText(QStringLiteral(":status"), row.status)
        .bindInt(QStringLiteral(":items"), row.items)
        .bindText(QStringLiteral(":error"), row.error)
        .bindText(QStringLiteral(":note"), row.note)
        .bindOptionalInt(QStringLiteral(":finished"), row.finishedAt)
        .bindInt(QStringLiteral(":duration"), row.durationMs)
        .bindInt(QStringLiteral(":id"), row.id);
    return update.exec();
}

Result<QList<JobRunUser>> JobRunUserRepository::forRun(qint64 runId) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(*db, QStringLiteral("SELECT id, run_id, user_id, user_email, status, items, error, "
                                  "note, started_at, finished_at, duration_ms FROM job_run_users "
                                  "WHERE run_id = :run ORDER BY id"));
    query.bindInt(QStringLiteral(":run"), runId);
    if (Status done = query.exec(); !done)
        return done.error();
    QList<JobRunUser> rows;
    while (query.next()) {
        JobRunUser row;
        row.id = query.integer(QStringLiteral("id"));
        row.runId = query.integer(QStringLiteral("run_id"));
        row.userId = query.integer(QStringLiteral("user_id"));
        row.userEmail = query.text(QStringLiteral("user_email"));
        row.status = query.text(QStringLiteral("status"));
        row.items = query.integer(QStringLiteral("items"));
        row.error = query.text(QStringLiteral("error"));
        row.note = query.text(QStringLiteral("note"));
        row.startedAt = query.integer(QStringLiteral("started_at"));
        row.finishedAt = query.optionalInt(QStringLiteral("finished_at"));
        row.durationMs = query.integer(QStringLiteral("duration_ms"));
        rows.append(row);
    }
    return rows;
}

Result<QList<qint64>> JobRunUserRepository::failedUserIds(qint64 runId) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(*db, QStringLiteral("SELECT user_id FROM job_run_users WHERE run_id = :run AND "
                                  "status = 'failed' ORDER BY id"));
    query.bindInt(QStringLiteral(":run"), runId);
    if (Status done = query.exec(); !done)
        return done.error();
    QList<qint64> ids;
    while (query.next())
        ids.append(query.integer(QStringLiteral("user_id")));
    return ids;
}

Status JobRunUserRepository::failRunning(qint64 runId, qint64 at, const QString& error) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql update(*db, QStringLiteral("UPDATE job_run_users SET status = 'failed', error = :error, "
                                   "finished_at = :at WHERE run_id = :run AND status = 'running'"));
    update.bindText(QStringLiteral(":error"), error)
        .bindInt(QStringLiteral(":at"), at)
        .bindInt(QStringLiteral(":run"), runId);
    return update.exec();
}

} // namespace outreach
