#include "cli/JobNameCheck.h"

#include "jobs/JobRegistry.h"
#include "store/JobRunRepository.h"
#include "store/JobSettingsRepository.h"

namespace outreach::cli {

Status checkJobFilter(const Database& database, const Clock& clock, const QString& job) {
    if (job.isEmpty())
        return Status::success();
    const std::shared_ptr<JobRegistry> registry = JobRegistry::standard();
    if (registry->find(job))
        return Status::success();
    if (Result<JobSettings> known = JobSettingsRepository(database, clock).find(job); known)
        return Status::success();
    Result<QList<JobRun>> runs = JobRunRepository(database, clock).list({.job = job, .limit = 1});
    if (runs && !runs->isEmpty())
        return Status::success();
    return Error::badInput(QStringLiteral("job"),
                           QStringLiteral("job: no job named '%1' (known: %2)")
                               .arg(job, registry->names().join(QStringLiteral(", "))));
}

} // namespace outreach::cli
