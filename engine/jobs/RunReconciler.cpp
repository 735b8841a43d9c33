#include "jobs/RunReconciler.h"

#include "core/Clock.h"
#include "store/Database.h"
#include "store/JobRunRepository.h"
#include "store/JobRunUserRepository.h"
#include "store/UnitKeyRepository.h"

namespace outreach {

RunReconciler::RunReconciler(const Database& database, const Clock& clock)
    : m_database(database), m_clock(clock) {}

Result<int> RunReconciler::closeOrphans(const QString& job) const {
    Result<QList<qint64>> orphans = JobRunRepository(m_database, m_clock).orphans(job);
    if (!orphans)
        return orphans.error();
    for (qint64 runId : *orphans)
        if (Status closed = close(runId, false,
                                  QStringLiteral("abandoned: the engine running it stopped "
                                                 "without finishing (its lease expired)"));
            !closed)
            return closed.error();
    return int(orphans->size());
}

Status RunReconciler::close(qint64 runId, bool cancelled, const QString& error) const {
    return m_database.transaction([&](QSqlDatabase&) -> Status {
        if (Status users =
                JobRunUserRepository(m_database)
                    .failRunning(
                        runId, m_clock.nowMs(),
                        QStringLiteral("the engine stopped during this user's unit of work"));
            !users)
            return users;
        if (Status keys = UnitKeyRepository(m_database, m_clock).releaseRun(runId); !keys)
            return keys;
        const JobRunRepository runs(m_database, m_clock);
        return cancelled ? runs.markCancelled(runId, error) : runs.markAbandoned(runId, error);
    });
}

} // namespace outreach
