#include "jobs/DailyLeadGenerationJob.h"

#include "campaigns/BlockingLeadGeneration.h"
#include "core/Clock.h"
#include "jobs/JobContext.h"
#include "store/UserScope.h"

namespace outreach {

DailyLeadGenerationJob::DailyLeadGenerationJob()
    : StandardJob(StandardJobs::kDailyLeadGeneration) {}

Status DailyLeadGenerationJob::runForUser(JobContext& context) {
    const qint64 now = context.clock().nowMs();
    Result<QList<Campaign>> due =
        dailyCampaignsDue(context, QStringLiteral("leads were generated"), now);
    if (!due)
        return due.error();
    if (due->isEmpty())
        return Status::success();
    QStringList failures;
    for (const Campaign& campaign : std::as_const(*due)) {
        if (context.shouldStop())
            break;
        Result<LeadGenerationOutcome> outcome =
            BlockingLeadGeneration::run(context.database(), context.clock(), context.scope(),
                                        campaign.id, [&context] { return context.shouldStop(); });
        if (!outcome) {
            if (!outcome.error().isCallersFault())
                return outcome.error();
            failures
                << QStringLiteral("campaign %1: %2").arg(campaign.id).arg(outcome.error().message);
            continue;
        }
        context.addItems(outcome->inserted);
        for (const LeadGenerationOutcome::SourceResult& source : outcome->sources) {
            if (source.status == QLatin1String("failed"))
                context.log().warning(QStringLiteral("campaign %1: lead source %2 (%3) failed: %4")
                                          .arg(campaign.id)
                                          .arg(source.sourceId)
                                          .arg(source.kind, source.error));
            else if (source.status == QLatin1String("over-quota"))
                context.log().warning(QStringLiteral("campaign %1: lead source %2 (%3) has used "
                                                     "its monthly quota; not called")
                                          .arg(campaign.id)
                                          .arg(source.sourceId)
                                          .arg(source.kind));
        }
        context.log().info(
            QStringLiteral("campaign %1 (%2): %3 new leads of %4 wanted; %5 calls "
                           "(%6 failed), %7 returned, %8 valid, %9 duplicates")
                .arg(QString::number(campaign.id), campaign.name,
                     QString::number(outcome->inserted), QString::number(outcome->target),
                     QString::number(outcome->calls), QString::number(outcome->failedCalls),
                     QString::number(outcome->returned), QString::number(outcome->valid),
                     QString::number(outcome->duplicates)));
        if (outcome->stoppedBy == QLatin1String("cancelled"))
            continue; // not a full run: the guard stays open for the next attempt
        if (outcome->allCallsFailed()) {
            failures
                << QStringLiteral("campaign %1: every lead-source call failed").arg(campaign.id);
            continue;
        }
        if (Status recorded = context.scope().campaigns().recordRun(campaign.id, name(), now);
            !recorded)
            return recorded;
    }
    if (!failures.isEmpty())
        return Error::runtime(failures.join(QStringLiteral("; ")));
    return Status::success();
}

} // namespace outreach
