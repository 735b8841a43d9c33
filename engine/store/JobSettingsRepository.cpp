#include "store/JobSettingsRepository.h"

#include "core/Clock.h"
#include "store/Database.h"
#include "store/Sql.h"

namespace outreach {
namespace {

const QString columns = QStringLiteral("job, schedule, time_zone, paused, pause_reason, pacing_ms, "
                                       "grace_ms, evaluated_through, updated_at");

JobSettings readSettings(const Sql& row) {
    JobSettings s;
    s.job = row.text(QStringLiteral("job"));
    s.schedule = row.text(QStringLiteral("schedule"));
    s.timeZone = row.text(QStringLiteral("time_zone"));
    s.paused = row.integer(QStringLiteral("paused")) != 0;
    s.pauseReason = row.text(QStringLiteral("pause_reason"));
    s.pacingMs = row.integer(QStringLiteral("pacing_ms"));
    s.graceMs = row.integer(QStringLiteral("grace_ms"));
    s.evaluatedThrough = row.optionalInt(QStringLiteral("evaluated_through"));
    s.updatedAt = row.integer(QStringLiteral("updated_at"));
    return s;
}

Error unknownJob(const QString& job) {
    return Error::notFound(QStringLiteral("job"),
                           QStringLiteral("job: no job named '%1'").arg(job));
}

} // namespace

JobSettingsRepository::JobSettingsRepository(const Database& database, const Clock& clock)
    : m_database(database), m_clock(clock) {}

Status JobSettingsRepository::ensure(const QList<JobSettings>& defaults) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    for (const JobSettings& s : defaults) {
        Sql insert(*db,
                   QStringLiteral("INSERT INTO job_settings (job, schedule, time_zone, paused, "
                                  "pause_reason, pacing_ms, grace_ms, updated_at) VALUES "
                                  "(:job, :schedule, :zone, 0, '', :pacing, :grace, :now) "
                                  "ON CONFLICT (job) DO NOTHING"));
        insert.bindText(QStringLiteral(":job"), s.job)
            .bindText(QStringLiteral(":schedule"), s.schedule)
            .bindText(QStringLiteral(":zone"), s.timeZone)
            .bindInt(QStringLiteral(":pacing"), s.pacingMs)
            .bindInt(QStringLiteral(":grace"), s.graceMs)
            .bindInt(QStringLiteral(":now"), m_clock.nowMs());
        if (Status done = insert.exec(); !done)
            return done;
    }
    return Status::success();
}

Result<JobSettings> JobSettingsRepository::find(const QString& job) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(*db, QStringLiteral("SELECT %1 FROM job_settings WHERE job = :job").arg(columns));
    query.bindText(QStringLiteral(":job"), job);
    if (Status done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return unknownJob(job);
    return readSettings(query);
}

Result<QList<JobSettings>> JobSettingsRepository::all() const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(*db, QStringLiteral("SELECT %1 FROM job_settings ORDER BY job").arg(columns));
    if (Status done = query.exec(); !done)
        return done.error();
    QList<JobSettings> list;
    while (query.next())
        list.append(readSettings(query));
    return list;
}

namespace {

Status updateOne(const Database& database, const QString& job, const QString& assignments,
                 const QVariantMap& values) {
    Result<QSqlDatabase> db = database.connection();
    if (!db)
        return db.error();
    Sql update(*db, QStringLiteral("UPDATE job_settings SET %1 WHERE job = :job").arg(assignments));
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        update.bind(it.key(), it.value());
    update.bindText(QStringLiteral(":job"), job);
    if (Status done = update.exec(); !done)
        return done;
    if (update.rowsAffected() == 0)
        return unknownJob(job);
    return Status::success();
}

} // namespace

Status JobSettingsRepository::setPaused(const QString& job, bool paused,
                                        const QString& reason) const {
    return updateOne(m_database, job,
                     QStringLiteral("paused = :paused, pause_reason = :reason, updated_at = :now"),
                     {{QStringLiteral(":paused"), paused ? 1 : 0},
                      {QStringLiteral(":reason"), paused ? reason : QStringLiteral("")},
                      {QStringLiteral(":now"), m_clock.nowMs()}});
}

Status JobSettingsRepository::setSchedule(const QString& job, const QString& expression,
                                          const QString& zone) const {
    const qint64 now = m_clock.nowMs();
    return updateOne(m_database, job,
                     QStringLiteral("schedule = :schedule, time_zone = :zone, evaluated_through = "
                                    ":through, updated_at = :now"),
                     {{QStringLiteral(":schedule"), expression},
                      {QStringLiteral(":zone"), zone},
                      {QStringLiteral(":through"), now},
                      {QStringLiteral(":now"), now}});
}

Status JobSettingsRepository::setPacing(const QString& job, qint64 pacingMs) const {
    return updateOne(
        m_database, job, QStringLiteral("pacing_ms = :pacing, updated_at = :now"),
        {{QStringLiteral(":pacing"), pacingMs}, {QStringLiteral(":now"), m_clock.nowMs()}});
}

Status JobSettingsRepository::setGrace(const QString& job, qint64 graceMs) const {
    return updateOne(
        m_database, job, QStringLiteral("grace_ms = :grace, updated_at = :now"),
        {{QStringLiteral(":grace"), graceMs}, {QStringLiteral(":now"), m_clock.nowMs()}});
}

Result<bool> JobSettingsRepository::claimEvaluation(const QString& job,
                                                    std::optional<qint64> expected,
                                                    qint64 through) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    // The WHERE clause is the whole lock: of two engines reading the same mark, only the first
    // UPDATE still finds it, so only one records (and runs) the fires in between.
    Sql update(*db, expected
                        ? QStringLiteral("UPDATE job_settings SET evaluated_through = :through "
                                         "WHERE job = :job AND evaluated_through = :expected")
                        : QStringLiteral("UPDATE job_settings SET evaluated_through = :through "
                                         "WHERE job = :job AND evaluated_through IS NULL"));
    update.bindInt(QStringLiteral(":through"), through).bindText(QStringLiteral(":job"), job);
    if (expected)
        update.bindInt(QStringLiteral(":expected"), *expected);
    if (Status done = update.exec(); !done)
        return done.error();
    return update.rowsAffected() == 1;
}

} // namespace outreach
