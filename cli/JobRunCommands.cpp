#include "cli/JobRunCommands.h"

#include "Engine.h"
#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "cli/EngineSession.h"
#include "cli/RunPrinter.h"
#include "core/TimeFormat.h"

namespace outreach::cli {
namespace {

Status finish(CliContext& context, const Database& database, const Result<JobRun>& run) {
    if (!run)
        return run.error();
    if (Status printed = RunPrinter::print(context, database, *run); !printed)
        return printed;
    return RunPrinter::outcome(*run);
}

} // namespace

Status JobRunCommands::runJob(CliContext& context, CommandLine& line) {
    Result<QString> name = line.takePositional(QStringLiteral("job"));
    if (!name)
        return name.error();
    RunRequest request;
    request.job = *name;
    request.force = line.flag(QStringLiteral("force"));
    request.reason = line.option(QStringLiteral("reason")).value_or(QString());
    if (std::optional<QString> user = line.option(QStringLiteral("user"))) {
        Result<qint64> id = CommandLine::parseId(QStringLiteral("user"), *user);
        if (!id)
            return id.error();
        request.userId = *id;
    }
    if (std::optional<QString> at = line.option(QStringLiteral("occurrence"))) {
        Result<QDateTime> instant = TimeFormat::parseInstant(QStringLiteral("occurrence"), *at);
        if (!instant)
            return instant.error();
        request.occurrenceAt = instant->toMSecsSinceEpoch();
    }
    if (Status ok = line.expectOnly({QStringLiteral("user"), QStringLiteral("force"),
                                     QStringLiteral("reason"), QStringLiteral("occurrence")},
                                    QStringLiteral("jobs run"));
        !ok)
        return ok;
    if (request.force && !request.userId)
        return Error::badInput(QStringLiteral("force"),
                               QStringLiteral("force: --force applies to one paused user; give "
                                              "--user ID"));
    Result<const Database*> db = context.database();
    if (!db)
        return db.error();
    Result<JobRun> run =
        EngineSession::runToCompletion(context, **db, [request](Engine* engine, quint64 requestId) {
            RunRequest withId = request;
            withId.requestId = requestId;
            QMetaObject::invokeMethod(
                engine, [engine, withId] { engine->runJob(withId); }, Qt::QueuedConnection);
        });
    return finish(context, **db, run);
}

Status JobRunCommands::retry(CliContext& context, CommandLine& line) {
    Result<qint64> runId = line.takeId(QStringLiteral("run"));
    if (!runId)
        return runId.error();
    const bool force = line.flag(QStringLiteral("force"));
    const QString reason = line.option(QStringLiteral("reason")).value_or(QString());
    if (Status ok = line.expectOnly({QStringLiteral("force"), QStringLiteral("reason")},
                                    QStringLiteral("jobs retry"));
        !ok)
        return ok;
    Result<const Database*> db = context.database();
    if (!db)
        return db.error();
    Result<JobRun> run =
        EngineSession::runToCompletion(context, **db, [&](Engine* engine, quint64 requestId) {
            QMetaObject::invokeMethod(
                engine,
                [engine, requestId, id = *runId, force, reason] {
                    engine->retryRun(requestId, id, force, reason);
                },
                Qt::QueuedConnection);
        });
    return finish(context, **db, run);
}

Status JobRunCommands::runMissed(CliContext& context, CommandLine& line) {
    Result<qint64> occurrenceId = line.takeId(QStringLiteral("occurrence"));
    if (!occurrenceId)
        return occurrenceId.error();
    const QString reason = line.option(QStringLiteral("reason")).value_or(QString());
    if (Status ok = line.expectOnly({QStringLiteral("reason")}, QStringLiteral("jobs run-missed"));
        !ok)
        return ok;
    Result<const Database*> db = context.database();
    if (!db)
        return db.error();
    Result<JobRun> run =
        EngineSession::runToCompletion(context, **db, [&](Engine* engine, quint64 requestId) {
            QMetaObject::invokeMethod(
                engine,
                [engine, requestId, id = *occurrenceId, reason] {
                    engine->runOccurrence(requestId, id, reason);
                },
                Qt::QueuedConnection);
        });
    return finish(context, **db, run);
}

} // namespace outreach::cli
