#include "store/JobUserPauseRepository.h"

#include "core/Clock.h"
#include "store/Database.h"
#include "store/Sql.h"

namespace outreach {

JobUserPauseRepository::JobUserPauseRepository(const Database& database, const Clock& clock)
    : m_database(database), m_clock(clock) {}

Status JobUserPauseRepository::pause(const QString& job, qint64 userId,
                                     const QString& reason) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql insert(*db, QStringLiteral("INSERT INTO job_user_pauses (job, user_id, reason, paused_at) "
                                   "VALUES (:job, :user, :reason, :now) ON CONFLICT (job, user_id) "
                                   "DO UPDATE SET reason = excluded.reason"));
    insert.bindText(QStringLiteral(":job"), job)
        .bindInt(QStringLiteral(":user"), userId)
        .bindText(QStringLiteral(":reason"), reason)
        .bindInt(QStringLiteral(":now"), m_clock.nowMs());
    return insert.exec();
}

Result<bool> JobUserPauseRepository::resume(const QString& job, qint64 userId) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql remove(*db,
               QStringLiteral("DELETE FROM job_user_pauses WHERE job = :job AND user_id = :user"));
    remove.bindText(QStringLiteral(":job"), job).bindInt(QStringLiteral(":user"), userId);
    if (Status done = remove.exec(); !done)
        return done.error();
    return remove.rowsAffected() > 0;
}

Result<QSet<qint64>> JobUserPauseRepository::pausedUsers(const QString& job) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(*db, QStringLiteral("SELECT user_id FROM job_user_pauses WHERE job = :job"));
    query.bindText(QStringLiteral(":job"), job);
    if (Status done = query.exec(); !done)
        return done.error();
    QSet<qint64> users;
    while (query.next())
        users.insert(query.integer(QStringLiteral("user_id")));
    return users;
}

} // namespace outreach
