#include "cli/ServeCommand.h"

#include "Engine.h"
#include "EngineThread.h"
#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "cli/EngineSession.h"
#include "cli/SignalWatcher.h"

#include <QEventLoop>
#include <csignal>

namespace outreach::cli {

QString ServeCommand::usage() const {
    return QStringLiteral("serve                              (headless scheduler; SIGINT/SIGTERM "
                          "stop it cleanly)\n");
}

Status ServeCommand::run(CliContext& context, CommandLine& line) {
    if (Status ok = line.expectOnly({}, QStringLiteral("serve")); !ok)
        return ok;
    Result<const Database*> db = context.database();
    if (!db)
        return db.error();
    EngineOptions options = EngineSession::options(context, **db);
    options.logging.toStderr = true; // progress and decisions are the server's log
    SignalWatcher watcher;
    if (!watcher.isActive())
        return Error::runtime(QStringLiteral("cannot watch for SIGINT/SIGTERM"));
    EngineThread host(options);
    QEventLoop loop;
    bool stopping = false;
    QObject::connect(&watcher, &SignalWatcher::signalled, &loop, [&](int number) {
        if (stopping)
            return;
        stopping = true;
        context.err() << "outreachctl serve: " << (number == SIGTERM ? "SIGTERM" : "SIGINT")
                      << " received; finishing the current unit of work\n";
        context.err().flush();
        host.requestStop();
    });
    QObject::connect(&host, &EngineThread::finished, &loop, &QEventLoop::quit);
    host.start();
    loop.exec();
    return Status::success();
}

} // namespace outreach::cli
