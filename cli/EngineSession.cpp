#include "cli/EngineSession.h"

#include "Engine.h"
#include "EngineThread.h"
#include "cli/CliContext.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QStandardPaths>

namespace outreach::cli {

QString EngineSession::dataDir(const CliContext& context) {
    const QString fromEnv =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("OUTREACH_DATA_DIR"));
    if (!fromEnv.isEmpty())
        return fromEnv;
    const DatabaseUrl& url = context.rawDatabase().url();
    if (url.isSqlite())
        return QFileInfo(url.sqlitePath()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

EngineOptions EngineSession::options(CliContext& context, const Database& database) {
    EngineOptions options;
    options.database = &database;
    options.clock = &context.clock();
    options.manualClock = context.manualClock();
    options.logging.dataDir = dataDir(context);
    return options;
}

Result<JobRun>
EngineSession::runToCompletion(CliContext& context, const Database& database,
                               const std::function<void(Engine*, quint64)>& trigger) {
    EngineOptions engineOptions = options(context, database);
    engineOptions.runScheduler = false;
    engineOptions.pruneHistory = false;
    EngineThread host(engineOptions);
    Engine* engine = host.engine();
    constexpr quint64 requestId = 1;
    std::optional<Result<JobRun>> outcome;
    qint64 runId = 0;
    QEventLoop loop;
    QObject::connect(engine, &Engine::started, &loop, [&] { trigger(engine, requestId); });
    QObject::connect(engine, &Engine::runAccepted, &loop, [&](quint64 id, const JobRun& run) {
        if (id == requestId)
            runId = run.id;
    });
    QObject::connect(engine, &Engine::runRefused, &loop, [&](quint64 id, const Error& error) {
        if (id != requestId)
            return;
        outcome = Result<JobRun>(error);
        host.requestStop();
    });
    QObject::connect(engine, &Engine::runFinished, &loop, [&](const JobRun& run) {
        if (run.id != runId)
            return;
        outcome = Result<JobRun>(run);
        host.requestStop();
    });
    QObject::connect(&host, &EngineThread::finished, &loop, &QEventLoop::quit);
    host.start();
    loop.exec();
    if (!outcome)
        return Error::runtime(QStringLiteral("the engine stopped before the run finished"));
    return *outcome;
}

} // namespace outreach::cli
