#include "model/RunProgress.h"

#include "model/JobRun.h"

namespace outreach {

RunProgress RunProgress::of(const JobRun& run) {
    RunProgress p;
    p.runId = run.id;
    p.job = run.job;
    p.usersTotal = run.usersTotal;
    p.usersFailed = run.usersFailed;
    p.usersHandled = run.usersDone + run.usersFailed + run.usersSkipped;
    p.items = run.items;
    return p;
}

} // namespace outreach
