#include "jobs/RunCoordinator.h"

#include "core/Clock.h"
#include "core/TimeFormat.h"
#include "jobs/Job.h"
#include "jobs/JobRegistry.h"
#include "jobs/RunReconciler.h"
#include "logging/Logger.h"
#include "store/AuditRepository.h"
#include "store/Database.h"
#include "store/JobRunRepository.h"
#include "store/JobSettingsRepository.h"
#include "store/LeaseRepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace outreach {

RunCoordinator::RunCoordinator(const EngineServices& services, int workerThreads, QObject* parent)
    : QObject(parent), m_services(services) {
    m_pool.setMaxThreadCount(std::max(1, workerThreads));
}

RunCoordinator::~RunCoordinator() {
    // The orderly way out is stopAll() and waiting for idle(); this is the last resort: let the
    // units in flight finish, take their outcomes, and close every run as cancelled.
    for (JobRunner* runner : std::as_const(m_active))
        runner->requestCancel(QStringLiteral("the engine was shut down"));
    m_pool.waitForDone();
    const QList<JobRunner*> runners = m_active.values();
    for (JobRunner* runner : runners) {
        QCoreApplication::sendPostedEvents(runner, QEvent::MetaCall);
        runner->abortNow(QStringLiteral("the engine was shut down"));
    }
}

Error RunCoordinator::busy(const QString& job) const {
    if (const auto it = m_active.constFind(job); it != m_active.constEnd())
        return Error::conflict(QStringLiteral("job '%1' is already running (run #%2, in this "
                                              "engine); not started")
                                   .arg(job)
                                   .arg((*it)->run().id));
    Result<std::optional<LeaseRepository::Lease>> holder =
        LeaseRepository(m_services.database, m_services.clock).holder(job);
    if (!holder || !holder->has_value())
        return Error::conflict(
            QStringLiteral("job '%1' was just started by another engine; not started").arg(job));
    const LeaseRepository::Lease& lease = **holder;
    return Error::conflict(
        QStringLiteral("job '%1' is already running (%2, engine %3, lease valid until %4); not "
                       "started")
            .arg(job,
                 lease.runId ? QStringLiteral("run #%1").arg(*lease.runId)
                             : QStringLiteral("starting"),
                 lease.owner, TimeFormat::isoUtc(lease.expiresAt)));
}

Result<JobRun> RunCoordinator::start(const Start& request) {
    Job* job = m_services.registry.find(request.job);
    if (!job)
        return Error::notFound(
            QStringLiteral("job"),
            QStringLiteral("job: no job named '%1' (known: %2)")
                .arg(request.job, m_services.registry.names().join(QStringLiteral(", "))));
    Result<JobSettings> settings =
        JobSettingsRepository(m_services.database, m_services.clock).find(request.job);
    if (!settings)
        return settings.error();
    if (m_active.contains(request.job))
        return busy(request.job);
    const LeaseRepository leases(m_services.database, m_services.clock);
    Result<bool> acquired = leases.acquire(request.job, m_services.owner, m_services.leaseTtlMs);
    if (!acquired)
        return acquired.error();
    if (!*acquired)
        return busy(request.job);

    auto giveBack = [&](const Error& error) -> Result<JobRun> {
        if (Status released = leases.release(request.job, m_services.owner); !released)
            Logger().warning(QStringLiteral("cannot release the lease of %1: %2")
                                 .arg(request.job, released.error().message));
        return error;
    };
    // Holding the lease, any run of this job still marked running was left by a dead engine.
    if (Result<int> closed =
            RunReconciler(m_services.database, m_services.clock).closeOrphans(request.job);
        !closed)
        return giveBack(closed.error());

    JobRun run;
    run.job = request.job;
    run.trigger = request.trigger;
    run.status = QStringLiteral("running");
    run.occurrenceAt = request.occurrenceAt;
    run.occurrenceKey = request.occurrenceKey;
    run.startedAt = m_services.clock.nowMs();
    run.owner = m_services.owner;
    run.requestedBy = request.requestedBy;
    run.retryOf = request.retryOf;
    run.targetUserId = request.selection.userId;
    run.forced = request.selection.force;
    run.reason = request.reason;
    const JobRunRepository runs(m_services.database, m_services.clock);
    Status created = m_services.database.transaction([&](QSqlDatabase&) -> Status {
        Result<qint64> id = runs.create(run);
        if (!id)
            return id.error();
        run.id = *id;
        if (run.occurrenceKey.isEmpty()) {
            run.occurrenceKey = QStringLiteral("manual:%1").arg(run.id);
            if (Status keyed = runs.setOccurrenceKey(run.id, run.occurrenceKey); !keyed)
                return keyed;
        }
        if (Status bound = leases.bindRun(run.job, m_services.owner, run.id); !bound)
            return bound;
        if (!request.audit)
            return Status::success();
        AuditEntry entry = *request.audit;
        QJsonObject details = QJsonDocument::fromJson(entry.details.toUtf8()).object();
        details.insert(QStringLiteral("runId"), run.id);
        entry.details = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
        return AuditRepository(m_services.database, m_services.clock).record(entry);
    });
    if (!created)
        return giveBack(created.error());

    auto* runner =
        new JobRunner(m_services, *job, run, request.selection, settings->pacingMs, m_pool, this);
    m_active.insert(run.job, runner);
    connect(runner, &JobRunner::progress, this, &RunCoordinator::runProgress);
    connect(runner, &JobRunner::userFinished, this,
            [this, id = run.id](const JobRunUser& outcome) { Q_EMIT userFinished(id, outcome); });
    connect(runner, &JobRunner::finished, this,
            [this, runner](const JobRun& finished) { onFinished(runner, finished); });
    Q_EMIT runStarted(run);
    // Started on the next turn of the event loop: the caller learns the run id first.
    QTimer::singleShot(0, runner, &JobRunner::start);
    return run;
}

void RunCoordinator::onFinished(JobRunner* runner, const JobRun& run) {
    m_active.remove(run.job);
    runner->deleteLater();
    Q_EMIT runFinished(run);
    if (m_stopping && m_active.isEmpty())
        Q_EMIT idle();
}

bool RunCoordinator::cancel(qint64 runId, const QString& why) {
    for (JobRunner* runner : std::as_const(m_active))
        if (runner->run().id == runId) {
            runner->requestCancel(why);
            return true;
        }
    return false;
}

std::optional<qint64> RunCoordinator::runningRunOf(const QString& job) const {
    if (const auto it = m_active.constFind(job); it != m_active.constEnd())
        return (*it)->run().id;
    return std::nullopt;
}

QList<JobRun> RunCoordinator::activeRuns() const {
    QList<JobRun> runs;
    for (const JobRunner* runner : m_active)
        runs.append(runner->run());
    return runs;
}

void RunCoordinator::stopAll(const QString& why) {
    m_stopping = true;
    if (m_active.isEmpty()) {
        QTimer::singleShot(0, this, &RunCoordinator::idle);
        return;
    }
    for (JobRunner* runner : std::as_const(m_active))
        runner->requestCancel(why);
}

} // namespace outreach
