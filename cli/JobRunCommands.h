#pragma once

#include "core/Result.h"

namespace outreach::cli {

class CliContext;
class CommandLine;

// The `jobs` sub-commands that run something, in this process, to completion:
//   jobs run NAME [--user ID] [--force] [--reason R] [--occurrence ISO8601]
//   jobs retry RUN_ID [--force] [--reason R]
//   jobs run-missed OCCURRENCE_ID [--reason R]
// Each prints the finished run with its per-user outcomes; the exit code is 0 only when the
// run succeeded (1 when it ended partial, failed or cancelled, or was refused because the job
// is running; 2 for bad input).
class JobRunCommands {
public:
    static Status runJob(CliContext& context, CommandLine& line);
    static Status retry(CliContext& context, CommandLine& line);
    static Status runMissed(CliContext& context, CommandLine& line);
};

} // namespace outreach::cli
