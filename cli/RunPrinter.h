#pragma once

#include "core/Result.h"
#include "model/JobRun.h"
#include "model/JobRunUser.h"

#include <QJsonObject>
#include <QList>

namespace outreach {
class Database;
class Clock;
} // namespace outreach

namespace outreach::cli {

class CliContext;

// One run with its per-user outcomes, as `jobs run`, `jobs retry` and `runs show` print it:
// the run's JSON object with a "users" array, or a header line and a table.
class RunPrinter {
public:
    static QJsonObject json(const JobRun& run, const QList<JobRunUser>& users);
    static QString text(const JobRun& run, const QList<JobRunUser>& users);
    // Loads the run's user rows and prints both views.
    static Status print(CliContext& context, const Database& database, const JobRun& run);
    // After `jobs run`: the run's outcome as the command's result (exit 1 unless it succeeded).
    static Status outcome(const JobRun& run);
};

} // namespace outreach::cli
