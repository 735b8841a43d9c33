#pragma once

#include "core/Result.h"
#include "model/AuditEntry.h"
#include "model/JobInfo.h"
#include "model/JobRun.h"
#include "model/User.h"

#include <QList>
#include <functional>
#include <optional>

namespace outreach {

class Clock;
class Database;
class JobRegistry;

// The admin's controls over jobs that do not run anything themselves: pause and resume a job
// or one job for one user, edit a schedule, pacing or grace period, ask for a run to be
// cancelled, change a user's status, set the retention period, and the job overview. Every
// change is audited with its optional reason in the same transaction (SPEC §3.14). Used by the
// Engine's slots on the engine thread and by `outreachctl` directly, so both behave the same.
class JobControl {
public:
    JobControl(const Database& database, const Clock& clock, const JobRegistry& registry,
               QString actor = {});

    // Creates the settings rows of registered jobs that have none yet.
    Status ensureJobs() const;

    Result<QList<JobInfo>> jobs() const;
    Result<JobInfo> job(const QString& name) const;

    Result<JobInfo> pause(const QString& name, const QString& reason) const;
    Result<JobInfo> resume(const QString& name, const QString& reason) const;
    Result<JobInfo> pauseForUser(const QString& name, qint64 userId, const QString& reason) const;
    Result<JobInfo> resumeForUser(const QString& name, qint64 userId, const QString& reason) const;
    // Validates the expression (errors name the field "schedule") and the zone ("tz").
    Result<JobInfo> setSchedule(const QString& name, const QString& expression, const QString& zone,
                                const QString& reason) const;
    Result<JobInfo> configure(const QString& name, std::optional<qint64> pacingMs,
                              std::optional<qint64> graceMs, const QString& reason) const;

    // Marks a running run for cancellation; the engine running it stops between units. A run
    // whose engine is gone (no live lease) is closed as cancelled at once. BadInput when the
    // run has already finished.
    Result<JobRun> requestCancel(qint64 runId, const QString& reason) const;

    // active | paused | disabled, audited as user.resume / user.pause / user.disable.
    Result<User> setUserStatus(qint64 userId, const QString& status, const QString& reason) const;

    Result<int> retentionDays(int fallback) const;
    Status setRetentionDays(int days, const QString& reason) const;

    // An unknown job name is bad input naming the field "job" and the jobs there are.
    Status checkJob(const QString& name) const;

private:
    Status audited(AuditEntry entry, const std::function<Status()>& change) const;

    const Database& m_database;
    const Clock& m_clock;
    const JobRegistry& m_registry;
    QString m_actor;
};

} // namespace outreach
