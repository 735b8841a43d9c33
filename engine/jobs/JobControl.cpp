#include "jobs/JobControl.h"

#include "core/Clock.h"
#include "core/CronExpression.h"
#include "core/TimeFormat.h"
#include "jobs/JobRegistry.h"
#include "jobs/RunReconciler.h"
#include "jobs/Scheduler.h"
#include "store/AuditRepository.h"
#include "store/Database.h"
#include "store/EngineSettingsRepository.h"
#include "store/JobRunRepository.h"
#include "store/JobSettingsRepository.h"
#include "store/JobUserPauseRepository.h"
#include "store/LeaseRepository.h"
#include "store/UserRepository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace outreach {
namespace {

QString compact(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

JobControl::JobControl(const Database& database, const Clock& clock, const JobRegistry& registry,
                       QString actor)
    : m_database(database), m_clock(clock), m_registry(registry), m_actor(std::move(actor)) {}

Status JobControl::ensureJobs() const {
    return JobSettingsRepository(m_database, m_clock).ensure(m_registry.defaults());
}

Status JobControl::checkJob(const QString& name) const {
    if (m_registry.find(name))
        return Status::success();
    return Error::notFound(QStringLiteral("job"),
                           QStringLiteral("job: no job named '%1' (known: %2)")
                               .arg(name, m_registry.names().join(QStringLiteral(", "))));
}

Status JobControl::audited(AuditEntry entry, const std::function<Status()>& change) const {
    if (entry.actor.isEmpty())
        entry.actor = m_actor;
    return m_database.transaction([&](QSqlDatabase&) -> Status {
        if (Status done = change(); !done)
            return done;
        return AuditRepository(m_database, m_clock).record(entry);
    });
}

Result<JobInfo> JobControl::job(const QString& name) const {
    if (Status known = checkJob(name); !known)
        return known.error();
    Result<JobSettings> settings = JobSettingsRepository(m_database, m_clock).find(name);
    if (!settings)
        return settings.error();
    JobInfo info;
    info.name = name;
    info.description = m_registry.find(name)->description();
    info.schedule = settings->schedule;
    info.timeZone = settings->timeZone;
    info.paused = settings->paused;
    info.pauseReason = settings->pauseReason;
    info.pacingMs = settings->pacingMs;
    info.graceMs = settings->graceMs;
    if (!settings->paused)
        info.nextRuns = Scheduler::nextFires(*settings, m_clock.nowMs(), 3);
    const JobRunRepository runs(m_database, m_clock);
    Result<std::optional<JobRun>> last = runs.latestOf(name);
    if (!last)
        return last.error();
    info.lastRun = *last;
    Result<std::optional<JobRun>> running = runs.runningOf(name);
    if (!running)
        return running.error();
    if (*running)
        info.runningRunId = (*running)->id;
    Result<QSet<qint64>> paused = JobUserPauseRepository(m_database, m_clock).pausedUsers(name);
    if (!paused)
        return paused.error();
    info.pausedUserIds = paused->values();
    std::sort(info.pausedUserIds.begin(), info.pausedUserIds.end());
    return info;
}

Result<QList<JobInfo>> JobControl::jobs() const {
    QList<JobInfo> list;
    for (const QString& name : m_registry.names()) {
        Result<JobInfo> info = job(name);
        if (!info)
            return info.error();
        list.append(*info);
    }
    return list;
}

Result<JobInfo> JobControl::pause(const QString& name, const QString& reason) const {
    if (Status known = checkJob(name); !known)
        return known.error();
    Status done = audited(
        {.action = QStringLiteral("job.pause"),
         .targetType = QStringLiteral("job"),
         .targetId = name,
         .reason = reason},
        [&] { return JobSettingsRepository(m_database, m_clock).setPaused(name, true, reason); });
    if (!done)
        return done.error();
    return job(name);
}

Result<JobInfo> JobControl::resume(const QString& name, const QString& reason) const {
    if (Status known = checkJob(name); !known)
        return known.error();
    Status done = audited(
        {.action = QStringLiteral("job.resume"),
         .targetType = QStringLiteral("job"),
         .targetId = name,
         .reason = reason},
        [&] { return JobSettingsRepository(m_database, m_clock).setPaused(name, false, {}); });
    if (!done)
        return done.error();
    return job(name);
}

Result<JobInfo> JobControl::pauseForUser(const QString& name, qint64 userId,
                                         const QString& reason) const {
    if (Status known = checkJob(name); !known)
        return known.error();
    if (Result<User> user = UserRepository(m_database, m_clock).find(userId); !user)
        return user.error();
    Status done = audited(
        {.action = QStringLiteral("job.pause-user"),
         .targetType = QStringLiteral("job"),
         .targetId = name,
         .userId = userId,
         .reason = reason},
        [&] { return JobUserPauseRepository(m_database, m_clock).pause(name, userId, reason); });
    if (!done)
        return done.error();
    return job(name);
}

Result<JobInfo> JobControl::resumeForUser(const QString& name, qint64 userId,
                                          const QString& reason) const {
    if (Status known = checkJob(name); !known)
        return known.error();
    if (Result<User> user = UserRepository(m_database, m_clock).find(userId); !user)
        return user.error();
    Status done = audited(
        {.action = QStringLiteral("job.resume-user"),
         .targetType = QStringLiteral("job"),
         .targetId = name,
         .userId = userId,
         .reason = reason},
        [&]() -> Status {
            Result<bool> lifted = JobUserPauseRepository(m_database, m_clock).resume(name, userId);
            if (!lifted)
                return lifted.error();
            if (!*lifted)
                return Error::badInput(QStringLiteral("user"),
                                       QStringLiteral("user: job '%1' is not paused for user %2")
                                           .arg(name)
                                           .arg(userId));
            return Status::success();
        });
    if (!done)
        return done.error();
    return job(name);
}

Result<JobInfo> JobControl::setSchedule(const QString& name, const QString& expression,
                                        const QString& zone, const QString& reason) const {
    if (Status known = checkJob(name); !known)
        return known.error();
    Result<CronExpression> parsed = CronExpression::parse(expression);
    if (!parsed)
        return parsed.error();
    Result<QTimeZone> tz = TimeFormat::parseZone(QStringLiteral("tz"), zone);
    if (!tz)
        return tz.error();
    const QString normalised = parsed->text();
    Status done =
        audited({.action = QStringLiteral("job.schedule"),
                 .targetType = QStringLiteral("job"),
                 .targetId = name,
                 .reason = reason,
                 .details = compact({{QStringLiteral("schedule"), normalised},
                                     {QStringLiteral("timeZone"), QString::fromUtf8(tz->id())}})},
                [&] {
                    return JobSettingsRepository(m_database, m_clock)
                        .setSchedule(name, normalised, QString::fromUtf8(tz->id()));
                });
    if (!done)
        return done.error();
    return job(name);
}

Result<JobInfo> JobControl::configure(const QString& name, std::optional<qint64> pacingMs,
                                      std::optional<qint64> graceMs, const QString& reason) const {
    if (Status known = checkJob(name); !known)
        return known.error();
    if (pacingMs && (*pacingMs < 0 || *pacingMs > 3600000))
        return Error::badInput(QStringLiteral("pacing-ms"),
                               QStringLiteral("pacing-ms: must be between 0 and 3600000"));
    if (graceMs && *graceMs < 0)
        return Error::badInput(QStringLiteral("grace-minutes"),
                               QStringLiteral("grace-minutes: must not be negative"));
    QJsonObject details;
    if (pacingMs)
        details.insert(QStringLiteral("pacingMs"), *pacingMs);
    if (graceMs)
        details.insert(QStringLiteral("graceMinutes"), *graceMs / 60000);
    const JobSettingsRepository settings(m_database, m_clock);
    Status done = audited({.action = QStringLiteral("job.configure"),
                           .targetType = QStringLiteral("job"),
                           .targetId = name,
                           .reason = reason,
                           .details = compact(details)},
                          [&]() -> Status {
                              if (pacingMs)
                                  if (Status set = settings.setPacing(name, *pacingMs); !set)
                                      return set;
                              if (graceMs)
                                  return settings.setGrace(name, *graceMs);
                              return Status::success();
                          });
    if (!done)
        return done.error();
    return job(name);
}

Result<JobRun> JobControl::requestCancel(qint64 runId, const QString& reason) const {
    const JobRunRepository runs(m_database, m_clock);
    Result<JobRun> run = runs.find(runId);
    if (!run)
        return run.error();
    if (run->isFinished())
        return Error::badInput(QStringLiteral("run"), QStringLiteral("run: run #%1 is not running "
                                                                     "(it %2)")
                                                          .arg(runId)
                                                          .arg(run->status));
    Result<std::optional<LeaseRepository::Lease>> lease =
        LeaseRepository(m_database, m_clock).holder(run->job);
    if (!lease)
        return lease.error();
    const bool engineAlive = lease->has_value() && (*lease)->owner == run->owner &&
                             (*lease)->expiresAt >= m_clock.nowMs();
    Status done = audited({.action = QStringLiteral("run.cancel"),
                           .targetType = QStringLiteral("run"),
                           .targetId = QString::number(runId),
                           .reason = reason,
                           .details = compact({{QStringLiteral("job"), run->job}})},
                          [&] { return runs.requestCancel(runId); });
    if (!done)
        return done.error();
    if (!engineAlive)
        if (Status closed = RunReconciler(m_database, m_clock)
                                .close(runId, true,
                                       QStringLiteral("cancelled: the engine running it was gone"));
            !closed)
            return closed.error();
    return runs.find(runId);
}

Result<User> JobControl::setUserStatus(qint64 userId, const QString& status,
                                       const QString& reason) const {
    if (!User::isValidStatus(status))
        return Error::badInput(
            QStringLiteral("status"),
            QStringLiteral("status: '%1' is not active, paused or disabled").arg(status));
    const QString verb = status == QLatin1String("active")   ? QStringLiteral("resume")
                         : status == QLatin1String("paused") ? QStringLiteral("pause")
                                                             : QStringLiteral("disable");
    User changed;
    Status done = audited({.action = QStringLiteral("user.") + verb,
                           .targetType = QStringLiteral("user"),
                           .targetId = QString::number(userId),
                           .userId = userId,
                           .reason = reason},
                          [&]() -> Status {
                              Result<User> updated =
                                  UserRepository(m_database, m_clock).setStatus(userId, status);
                              if (!updated)
                                  return updated.error();
                              changed = *updated;
                              return Status::success();
                          });
    if (!done)
        return done.error();
    return changed;
}

Result<int> JobControl::retentionDays(int fallback) const {
    Result<std::optional<QString>> value =
        EngineSettingsRepository(m_database, m_clock)
            .value(QLatin1String(EngineSettingsRepository::kRetentionDays));
    if (!value)
        return value.error();
    bool ok = false;
    const int days = value->value_or(QString()).toInt(&ok);
    return ok && days > 0 ? days : fallback;
}

Status JobControl::setRetentionDays(int days, const QString& reason) const {
    if (days < 1)
        return Error::badInput(QStringLiteral("days"),
                               QStringLiteral("days: keep logs for at least 1 day"));
    return audited({.action = QStringLiteral("settings.retention"),
                    .targetType = QStringLiteral("settings"),
                    .targetId = QLatin1String(EngineSettingsRepository::kRetentionDays),
                    .reason = reason,
                    .details = compact({{QStringLiteral("days"), days}})},
                   [&] {
                       return EngineSettingsRepository(m_database, m_clock)
                           .setValue(QLatin1String(EngineSettingsRepository::kRetentionDays),
                                     QString::number(days));
                   });
}

} // namespace outreach
