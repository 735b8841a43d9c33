#pragma once

#include "EngineOptions.h"
#include "core/Result.h"
#include "model/JobRun.h"

#include <functional>

namespace outreach {
class Engine;
class EngineThread;
} // namespace outreach

namespace outreach::cli {

class CliContext;

// The engine as `outreachctl` uses it: the same Engine the console embeds, on its own thread,
// configured from the command line (database, clock, data dir), driven through its slots and
// signals while the command's thread waits in an event loop (a CLI has no GUI to keep alive).
class EngineSession {
public:
    // The folder for the rotating log file: OUTREACH_DATA_DIR, else the SQLite file's folder,
    // else the application data folder.
    static QString dataDir(const CliContext& context);
    static EngineOptions options(CliContext& context, const Database& database);

    // Starts an engine without its scheduler, asks it for one run through `trigger` (which
    // invokes a run slot with the request id it is given), waits for the run to finish, stops
    // the engine and returns the finished run, or the reason the run was refused.
    static Result<JobRun> runToCompletion(CliContext& context, const Database& database,
                                          const std::function<void(Engine*, quint64)>& trigger);
};

} // namespace outreach::cli
