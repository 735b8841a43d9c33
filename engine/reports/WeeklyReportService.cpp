#include "reports/WeeklyReportService.h"

#include "core/Clock.h"
#include "core/QuotaMonth.h"
#include "core/TimeFormat.h"
#include "sources/LeadGenerationService.h"
#include "store/UserRepository.h"
#include "store/UserScope.h"

#include <QJsonDocument>

namespace outreach {
namespace {

std::optional<double> ratio(double part, double whole) {
    if (whole <= 0)
        return std::nullopt;
    return part / whole;
}

} // namespace

WeeklyReportService::WeeklyReportService(const Database& database, const Clock& clock)
    : m_database(database), m_clock(clock) {}

Result<IsoWeek> WeeklyReportService::lastCompleteWeek(const User& user, qint64 nowMs) {
    Result<QTimeZone> zone = TimeFormat::parseZone(QStringLiteral("timeZone"), user.timeZone);
    if (!zone)
        return zone.error();
    return IsoWeek::containing(nowMs, *zone).previous();
}

Result<WeeklyReport> WeeklyReportService::compute(const UserScope& scope,
                                                  const IsoWeek& week) const {
    Result<User> user = UserRepository(m_database, m_clock).find(scope.userId());
    if (!user)
        return user.error();
    Result<QTimeZone> zone = TimeFormat::parseZone(QStringLiteral("timeZone"), user->timeZone);
    if (!zone)
        return zone.error();
    const qint64 now = m_clock.nowMs();
    WeeklyReport r;
    r.userId = user->id;
    r.userEmail = user->email;
    r.userName = user->name;
    r.timeZone = user->timeZone;
    r.week = week.toString();
    r.fromMs = week.startMs(*zone);
    r.toMs = week.endMs(*zone);
    r.computedAt = now;
    if (r.fromMs > now)
        return Error::badInput(
            QStringLiteral("week"),
            QStringLiteral("week: %1 has not started yet in %2").arg(r.week, user->timeZone));

    Result<LeadStatsRepository::CreatedSummary> created =
        scope.leadStats().created(r.fromMs, r.toMs);
    if (!created)
        return created.error();
    r.leadsGenerated = created->count;
    r.hot = created->hot;
    r.warm = created->warm;
    r.cold = created->count - created->hot - created->warm;
    if (created->count > 0)
        r.averageScore = double(created->scoreSum) / double(created->count);

    const LeadStatsRepository stats = scope.leadStats();
    const std::pair<LeadStatsRepository::Step, qint64*> steps[] = {
        {LeadStatsRepository::Step::Contacted, &r.contacted},
        {LeadStatsRepository::Step::Replied, &r.replied},
        {LeadStatsRepository::Step::Converted, &r.conversions}};
    for (const auto& [step, target] : steps) {
        Result<qint64> n = stats.reached(step, r.fromMs, r.toMs);
        if (!n)
            return n.error();
        *target = *n;
    }
    Result<QHash<QString, qint64>> conversionsByOrigin =
        stats.conversionsByOrigin(r.fromMs, r.toMs);
    if (!conversionsByOrigin)
        return conversionsByOrigin.error();

    Result<QList<LeadSource>> sources = scope.sources().list();
    if (!sources)
        return sources.error();
    Result<QList<ApiCallRepository::SourceTotals>> totals =
        scope.apiCalls().totalsPerSource(r.fromMs, r.toMs);
    if (!totals)
        return totals.error();
    QHash<qint64, ApiCallRepository::SourceTotals> totalsById;
    QList<ApiCallRepository::SourceTotals> orphans;
    for (const ApiCallRepository::SourceTotals& t : *totals) {
        if (t.sourceId)
            totalsById.insert(*t.sourceId, t);
        else
            orphans.append(t);
    }
    auto addLine = [&r](WeeklyReport::SourceLine line, const ApiCallRepository::SourceTotals& t) {
        line.calls = t.calls;
        line.failed = t.failed;
        line.leadsReturned = t.leadsReturned;
        line.leadsValid = t.leadsValid;
        line.leadsInserted = t.leadsInserted;
        line.cost = t.cost;
        line.validRatio = ratio(double(t.leadsValid), double(t.leadsReturned));
        line.costPerLead = ratio(t.cost, double(t.leadsInserted));
        if (t.calls > 0)
            line.averageDurationMs = t.totalDurationMs / t.calls;
        r.calls += t.calls;
        r.callsFailed += t.failed;
        r.leadsReturned += t.leadsReturned;
        r.leadsValid += t.leadsValid;
        r.leadsInserted += t.leadsInserted;
        r.cost += t.cost;
        r.sources.append(line);
    };
    qint64 totalDuration = 0;
    for (const ApiCallRepository::SourceTotals& t : *totals)
        totalDuration += t.totalDurationMs;
    for (const LeadSource& source : *sources) {
        WeeklyReport::SourceLine line;
        line.sourceId = source.id;
        line.kind = source.kind;
        line.label = QuotaUsage::sourceLabel(source);
        line.conversions = conversionsByOrigin->value(LeadGenerationService::originOf(source));
        addLine(line, totalsById.value(source.id));
    }
    for (const ApiCallRepository::SourceTotals& t : orphans) {
        WeeklyReport::SourceLine line;
        line.label = QStringLiteral("deleted sources");
        addLine(line, t);
    }
    if (r.calls > 0)
        r.averageDurationMs = totalDuration / r.calls;
    r.leadsFromSources = r.leadsInserted;
    r.leadsOtherOrigins = qMax<qint64>(0, r.leadsGenerated - r.leadsFromSources);
    r.validRatio = ratio(double(r.leadsValid), double(r.leadsReturned));
    r.grade = WeeklyReport::gradeFor(r.validRatio);
    r.costPerLead = ratio(r.cost, double(r.leadsFromSources));
    r.costPerConversion = ratio(r.cost, double(r.conversions));

    // Quotas as they stood at the end of the week (or now, during it).
    r.quotaAsOf = qMin(now, r.toMs - 1);
    const QuotaMonth month = QuotaMonth::containing(r.quotaAsOf);
    r.quotaMonth = month.label();
    Result<QHash<qint64, qint64>> callsThisMonth =
        scope.apiCalls().callsPerSource(month.startMs(), r.quotaAsOf + 1);
    if (!callsThisMonth)
        return callsThisMonth.error();
    for (const LeadSource& source : *sources)
        r.quotas.append(
            QuotaUsage::forSource(source, callsThisMonth->value(source.id), r.quotaAsOf));
    Result<qint64> leadsThisMonth = stats.createdCount(month.startMs(), r.quotaAsOf + 1);
    if (!leadsThisMonth)
        return leadsThisMonth.error();
    r.quotas.append(
        QuotaUsage::forMonthlyLeads(user->monthlyLeadQuota, *leadsThisMonth, r.quotaAsOf));
    for (const QuotaUsage& q : std::as_const(r.quotas)) {
        if (!q.warning)
            continue;
        r.quotaWarning = true;
        r.warnings << q.describe();
    }
    if (r.callsFailed > 0)
        r.warnings << QStringLiteral("%1 of %2 API calls failed").arg(r.callsFailed).arg(r.calls);
    return r;
}

Result<WeeklyReport> WeeklyReportService::generate(const UserScope& scope,
                                                   const IsoWeek& week) const {
    Result<WeeklyReport> report = compute(scope, week);
    if (!report)
        return report;
    const QByteArray data = QJsonDocument(report->toJson()).toJson(QJsonDocument::Compact);
    if (Status saved = scope.weeklyReports().save(report->week, report->computedAt, data); !saved)
        return saved.error();
    return report;
}

Result<WeeklyReport> WeeklyReportService::stored(const UserScope& scope,
                                                 const IsoWeek& week) const {
    Result<WeeklyReportRepository::Stored> found = scope.weeklyReports().find(week.toString());
    if (!found)
        return found.error();
    return WeeklyReport::fromJson(QJsonDocument::fromJson(found->data).object());
}

Result<WeeklyReport> WeeklyReportService::storedOrComputed(const UserScope& scope,
                                                           const IsoWeek& week,
                                                           bool* stored) const {
    Result<WeeklyReport> report = this->stored(scope, week);
    const bool found = report || report.error().kind != Error::Kind::NotFound;
    if (stored)
        *stored = found;
    if (!found)
        report = compute(scope, week);
    return report;
}

Result<QList<WeeklyReport>> WeeklyReportService::list(const UserScope& scope, int limit) const {
    Result<QList<WeeklyReportRepository::Stored>> stored = scope.weeklyReports().list(limit);
    if (!stored)
        return stored.error();
    QList<WeeklyReport> reports;
    for (const WeeklyReportRepository::Stored& s : *stored)
        reports.append(WeeklyReport::fromJson(QJsonDocument::fromJson(s.data).object()));
    return reports;
}

} // namespace outreach
