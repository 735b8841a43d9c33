#include "jobs/ReplyCheckerJob.h"

#include "jobs/JobContext.h"
#include "replies/ReplyCheckService.h"

namespace outreach {

ReplyCheckerJob::ReplyCheckerJob() : StandardJob(StandardJobs::kReplyChecker) {}

Status ReplyCheckerJob::runForUser(JobContext& context) {
    // The unit runs on an engine worker thread: the blocking face's local event loop is the
    // only one there.
    Result<replies::ReplyCheckReport> report = replies::ReplyCheckService::runBlocking(
        context.scope(), context.clock(), {}, [&context] { return context.shouldStop(); });
    if (!report)
        return report.error();
    context.addItems(report->processed());
    if (!report->mailboxes.isEmpty())
        context.log().info(report->summary());
    const Status status = report->status();
    if (!status)
        context.log().error(status.error().message);
    return status;
}

} // namespace outreach
