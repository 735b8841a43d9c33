#pragma once

#include "core/Result.h"
#include "jobs/EngineServices.h"
#include "jobs/JobRunner.h"
#include "model/AuditEntry.h"
#include "model/JobRun.h"

#include <QHash>
#include <QObject>
#include <QThreadPool>
#include <optional>

namespace outreach {

// Starts runs and keeps track of the ones this engine is running. Starting is where rule 5
// is enforced: the job's lease is taken in the database (refused, with a clear message, while
// another run of the job holds it here or in any other process), runs a crashed engine left
// behind are closed, then the run row is created and a JobRunner carries it out.
class RunCoordinator final : public QObject {
    Q_OBJECT
public:
    struct Start {
        QString job{};
        QString trigger{}; // schedule | manual | catch-up | retry
        std::optional<qint64> occurrenceAt{};
        QString occurrenceKey{}; // empty: a fresh occurrence of its own, "manual:<run id>"
        JobRunner::Selection selection{};
        std::optional<qint64> retryOf{};
        QString reason{};
        QString requestedBy{};
        // Admin actions are audited in the same transaction that creates the run.
        std::optional<AuditEntry> audit{};
    };

    RunCoordinator(const EngineServices& services, int workerThreads, QObject* parent = nullptr);
    ~RunCoordinator() override;

    // The new run (already running), or Conflict when the job is running, NotFound for an
    // unknown job.
    Result<JobRun> start(const Start& request);
    // Cancels a run of this engine between units; false when it is not running here.
    bool cancel(qint64 runId, const QString& why);
    std::optional<qint64> runningRunOf(const QString& job) const;
    QList<JobRun> activeRuns() const;

    // Cancels every run; idle() follows once the last one has finished its unit and closed.
    void stopAll(const QString& why);
    bool isIdle() const { return m_active.isEmpty(); }

Q_SIGNALS:
    void runStarted(const outreach::JobRun& run);
    void runProgress(const outreach::RunProgress& progress);
    void userFinished(qint64 runId, const outreach::JobRunUser& outcome);
    void runFinished(const outreach::JobRun& run);
    void idle();

private:
    Error busy(const QString& job) const;
    void onFinished(JobRunner* runner, const JobRun& run);

    const EngineServices& m_services;
    QThreadPool m_pool;
    QHash<QString, JobRunner*> m_active; // by job
    bool m_stopping = false;
};

} // namespace outreach
