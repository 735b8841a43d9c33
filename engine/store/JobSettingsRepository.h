#pragma once

#include "core/Result.h"
#include "model/JobSettings.h"

#include <QList>

namespace outreach {

class Clock;
class Database;

// Admin-level: the settings of every job (schedules, pause, pacing, grace) and the
// scheduler's per-job high-water mark. Not user-owned.
class JobSettingsRepository {
public:
    JobSettingsRepository(const Database& database, const Clock& clock);

    // Creates the rows that do not exist yet from these defaults; existing rows keep the
    // admin's edits.
    Status ensure(const QList<JobSettings>& defaults) const;
    Result<JobSettings> find(const QString& job) const; // NotFound names the field "job"
    Result<QList<JobSettings>> all() const;

    Status setPaused(const QString& job, bool paused, const QString& reason) const;
    // Also moves the high-water mark to now: the new expression's past fires are not "missed".
    Status setSchedule(const QString& job, const QString& expression, const QString& zone) const;
    Status setPacing(const QString& job, qint64 pacingMs) const;
    Status setGrace(const QString& job, qint64 graceMs) const;

    // Compare-and-set of the high-water mark: true when this caller moved it from `expected`
    // to `through` (and so owns the decisions for the fires in between).
    Result<bool> claimEvaluation(const QString& job, std::optional<qint64> expected,
                                 qint64 through) const;

private:
    const Database& m_database;
    const Clock& m_clock;
};

} // namespace outreach
