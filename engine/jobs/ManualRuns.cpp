#include "jobs/ManualRuns.h"

#include "core/TimeFormat.h"
#include "jobs/JobRegistry.h"
#include "jobs/RunCoordinator.h"
#include "logging/Logger.h"
#include "store/JobRunRepository.h"
#include "store/JobRunUserRepository.h"
#include "store/OccurrenceRepository.h"
#include "store/UserRepository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace outreach {
namespace {

QString compact(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

ManualRuns::ManualRuns(const EngineServices& services, RunCoordinator& runs)
    : m_services(services), m_runs(runs) {}

Result<JobRun> ManualRuns::start(const RunRequest& request) {
    if (!m_services.registry.find(request.job))
        return Error::notFound(
            QStringLiteral("job"),
            QStringLiteral("job: no job named '%1' (known: %2)")
                .arg(request.job, m_services.registry.names().join(QStringLiteral(", "))));
    const Database& database = m_services.database;
    const Clock& clock = m_services.clock;
    if (request.userId) {
        Result<User> user = UserRepository(database, clock).find(*request.userId);
        if (!user)
            return user.error();
        if (user->status == QLatin1String("disabled"))
            return Error::badInput(QStringLiteral("user"),
                                   QStringLiteral("user: user %1 is disabled; jobs never run "
                                                  "for a disabled user")
                                       .arg(user->id));
        if (user->status == QLatin1String("paused") && !request.force)
            return Error::badInput(QStringLiteral("user"),
                                   QStringLiteral("user: user %1 is paused; run a paused user by "
                                                  "hand only with --force (audited)")
                                       .arg(user->id));
    }
    QJsonObject details{{QStringLiteral("force"), request.force}};
    if (request.userId)
        details.insert(QStringLiteral("userId"), *request.userId);
    RunCoordinator::Start start;
    start.job = request.job;
    start.trigger = QStringLiteral("manual");
    start.selection.userId = request.userId;
    start.selection.force = request.force;
    start.reason = request.reason;
    start.requestedBy = m_services.actor;
    if (request.occurrenceAt) {
        start.occurrenceAt = request.occurrenceAt;
        start.occurrenceKey = TimeFormat::isoUtc(*request.occurrenceAt);
        details.insert(QStringLiteral("occurrence"), start.occurrenceKey);
    }
    start.audit = AuditEntry{.actor = m_services.actor,
                             .action = request.force ? QStringLiteral("job.run-forced")
                                                     : QStringLiteral("job.run"),
                             .targetType = QStringLiteral("job"),
                             .targetId = request.job,
                             .userId = request.userId,
                             .reason = request.reason,
                             .details = compact(details)};
    Result<JobRun> run = m_runs.start(start);
    if (run && request.occurrenceId)
        if (Status attached =
                OccurrenceRepository(database, clock).attachRun(*request.occurrenceId, run->id);
            !attached)
            Logger().error(QStringLiteral("cannot link occurrence %1 to run #%2: %3")
                               .arg(*request.occurrenceId)
                               .arg(run->id)
                               .arg(attached.error().message));
    return run;
}

Result<JobRun> ManualRuns::retry(qint64 runId, bool force, const QString& reason) {
    const Database& database = m_services.database;
    Result<JobRun> original = JobRunRepository(database, m_services.clock).find(runId);
    if (!original)
        return original.error();
    if (!original->isFinished())
        return Error::badInput(QStringLiteral("run"),
                               QStringLiteral("run: run #%1 is still running").arg(runId));
    Result<QList<qint64>> failed = JobRunUserRepository(database).failedUserIds(runId);
    if (!failed)
        return failed.error();
    if (failed->isEmpty())
        return Error::badInput(
            QStringLiteral("run"),
            QStringLiteral("run: run #%1 has no failed users to retry").arg(runId));
    RunCoordinator::Start start;
    start.job = original->job;
    start.trigger = QStringLiteral("retry");
    start.occurrenceAt = original->occurrenceAt;
    start.occurrenceKey = original->occurrenceKey; // same occurrence: done users stay done
    start.selection.userIds = *failed;
    start.selection.force = force;
    start.retryOf = runId;
    start.reason = reason;
    start.requestedBy = m_services.actor;
    QJsonObject details{{QStringLiteral("retryOf"), runId},
                        {QStringLiteral("force"), force},
                        {QStringLiteral("users"), qint64(failed->size())}};
    start.audit = AuditEntry{.actor = m_services.actor,
                             .action = QStringLiteral("job.retry"),
                             .targetType = QStringLiteral("job"),
                             .targetId = original->job,
                             .reason = reason,
                             .details = compact(details)};
    return m_runs.start(start);
}

} // namespace outreach
