#include "jobs/UserUnit.h"

#include "core/Clock.h"
#include "jobs/Job.h"
#include "jobs/JobContext.h"
#include "jobs/RunControl.h"
#include "logging/ScopedLogContext.h"
#include "store/Database.h"
#include "store/UserScope.h"

#include <exception>

namespace outreach {

UserUnit::Outcome UserUnit::run(Job& job, const Database& database, const Clock& clock,
                                const User& user, const JobRun& run, RunControl& control) {
    Outcome outcome;
    ScopedLogContext logContext(LogContext{run.job, run.id, user.id, user.email});
    auto abandonTransaction = [&database] {
        // An exception may have left this worker's connection inside a transaction; closing
        // the connection discards it (the next unit on this thread opens a fresh one).
        database.closeThreadConnection();
    };
    try {
        Result<UserScope> scope = UserScope::open(database, clock, user.id);
        if (!scope) {
            outcome.error = scope.error().message;
        } else {
            JobContext context(database, *scope, user, clock,
                               {run.job, run.id, run.trigger, run.occurrenceKey}, control);
            const Status status = job.runForUser(context);
            outcome.ok = status.ok();
            if (!status)
                outcome.error = status.error().message;
            outcome.stoppedEarly = context.stoppedEarly();
        }
    } catch (const std::exception& e) {
        abandonTransaction();
        outcome.error = QStringLiteral("unexpected error: %1").arg(QString::fromUtf8(e.what()));
    } catch (...) {
        abandonTransaction();
        outcome.error = QStringLiteral("unexpected error of an unknown kind");
    }
    outcome.items = control.unitItems();
    outcome.finishedAt = clock.nowMs();
    return outcome;
}

} // namespace outreach
