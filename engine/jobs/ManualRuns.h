#pragma once

#include "core/Result.h"
#include "jobs/EngineServices.h"
#include "model/JobRun.h"
#include "model/RunRequest.h"

namespace outreach {

class RunCoordinator;

// The admin's run actions (SPEC §3.14): run a job now for all active users or one user (a
// paused user only with force), run a scheduled fire by hand (e.g. a missed one, sharing its
// idempotency keys), and retry only the failed users of a finished run under the same
// occurrence. Each is checked, audited with its reason and handed to the RunCoordinator.
class ManualRuns {
public:
    ManualRuns(const EngineServices& services, RunCoordinator& runs);

    Result<JobRun> start(const RunRequest& request);
    Result<JobRun> retry(qint64 runId, bool force, const QString& reason);

private:
    const EngineServices& m_services;
    RunCoordinator& m_runs;
};

} // namespace outreach
