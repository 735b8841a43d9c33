#include "jobs/ApiPerformanceReportJob.h"

#include "core/Clock.h"
#include "jobs/JobContext.h"
#include "reports/WeeklyReportService.h"

namespace outreach {
namespace {

QString money(double value) {
    return QString::number(value, 'f', 2);
}

QString percent(std::optional<double> ratio) {
    return ratio ? QStringLiteral("%1%").arg(*ratio * 100.0, 0, 'f', 1) : QStringLiteral("n/a");
}

} // namespace

ApiPerformanceReportJob::ApiPerformanceReportJob()
    : StandardJob(StandardJobs::kApiPerformanceReport) {}

Status ApiPerformanceReportJob::runForUser(JobContext& context) {
    Result<IsoWeek> week =
        WeeklyReportService::lastCompleteWeek(context.user(), context.clock().nowMs());
    if (!week)
        return week.error();
    Result<WeeklyReport> report =
        WeeklyReportService(context.database(), context.clock()).generate(context.scope(), *week);
    if (!report)
        return report.error();
    const WeeklyReport& r = *report;
    context.addItems(1);
    context.log().info(QStringLiteral("weekly report %1: %2 leads generated (%3 from sources), %4 "
                                      "API calls (%5 failed), quality %6 (%7 valid), %8 "
                                      "conversions, cost %9")
                           .arg(r.week)
                           .arg(r.leadsGenerated)
                           .arg(r.leadsFromSources)
                           .arg(r.calls)
                           .arg(r.callsFailed)
                           .arg(r.grade, percent(r.validRatio))
                           .arg(r.conversions)
                           .arg(money(r.cost)));
    for (const WeeklyReport::SourceLine& source : r.sources)
        context.log().info(
            QStringLiteral("weekly report %1, %2: %3 calls (%4 failed), %5 "
                           "returned, %6 valid, %7 new, %8 conversions, cost %9")
                .arg(r.week, source.label, QString::number(source.calls),
                     QString::number(source.failed), QString::number(source.leadsReturned),
                     QString::number(source.leadsValid), QString::number(source.leadsInserted),
                     QString::number(source.conversions), money(source.cost)));
    context.log().info(
        QStringLiteral("weekly report %1 funnel: %2 generated -> %3 contacted -> "
                       "%4 replied -> %5 converted; cost per lead %6, per "
                       "conversion %7")
            .arg(r.week)
            .arg(r.leadsGenerated)
            .arg(r.contacted)
            .arg(r.replied)
            .arg(r.conversions)
            .arg(r.costPerLead ? money(*r.costPerLead) : QStringLiteral("n/a"),
                 r.costPerConversion ? money(*r.costPerConversion) : QStringLiteral("n/a")));
    for (const QuotaUsage& quota : r.quotas)
        if (quota.warning)
            context.log().warning(QStringLiteral("quota warning: %1").arg(quota.describe()));
    return Status::success();
}

} // namespace outreach
