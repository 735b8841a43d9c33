#pragma once

#include "core/Result.h"
#include "model/JobOccurrence.h"

#include <QList>

namespace outreach {

class Clock;
class Database;

// Admin-level: the recorded decision for every scheduled fire of every job.
class OccurrenceRepository {
public:
    OccurrenceRepository(const Database& database, const Clock& clock);

    // Stores a decision and returns its row id. A skip that continues the job's latest row
    // (same decision and reason, no run) extends that row instead of adding one, so a paused
    // every-minute job leaves one growing row rather than 1,440 a day.
    Result<qint64> record(JobOccurrence occurrence) const;
    Status attachRun(qint64 occurrenceId, qint64 runId) const;
    Result<JobOccurrence> find(qint64 id) const; // NotFound names the field "occurrence"
    Result<QList<JobOccurrence>> list(const QString& job, int limit) const; // newest first
    Result<int> pruneBatch(qint64 cutoff, int batch) const;

private:
    const Database& m_database;
    const Clock& m_clock;
};

} // namespace outreach
