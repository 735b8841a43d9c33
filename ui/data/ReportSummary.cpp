#include "data/ReportSummary.h"

#include "common/Format.h"

#include <QLocale>

namespace outreach::ui {
namespace {

QString money(double value) {
    return QLocale().toString(value, 'f', 2);
}

QString optionalMoney(const std::optional<double>& value) {
    return value ? money(*value) : QStringLiteral("–");
}

QString percent(double value) {
    return QLocale().toString(value, 'f', 1) + QLatin1Char('%');
}

} // namespace

QString ReportSummary::heading(const ReportData& data) {
    return tr("%1 <%2> — week %3").arg(data.report.userName, data.report.userEmail, data.week);
}

QString ReportSummary::origin(const ReportData& data) {
    const WeeklyReport& r = data.report;
    const QString span =
        tr("%1 to %2 (%3)")
            .arg(Format::dateTime(r.fromMs), Format::dateTime(r.toMs - 1000), r.timeZone);
    return data.stored
               ? tr("Stored report of %1, computed %2.").arg(span, Format::dateTime(r.computedAt))
               : tr("Computed now for %1; no stored report for this week yet.").arg(span);
}

QList<QPair<QString, QString>> ReportSummary::figures(const WeeklyReport& r) {
    const QLocale locale;
    auto count = [&](qint64 n) { return locale.toString(n); };
    return {
        {tr("Leads generated"),
         tr("%1 (hot %2, warm %3, cold %4)")
             .arg(count(r.leadsGenerated), count(r.hot), count(r.warm), count(r.cold))},
        {tr("Contacted"), count(r.contacted)},
        {tr("Replied"), count(r.replied)},
        {tr("Converted"), count(r.conversions)},
        {tr("API calls"), tr("%1 (%2 failed)").arg(count(r.calls), count(r.callsFailed))},
        {tr("Leads returned / valid"),
         QStringLiteral("%1 / %2").arg(count(r.leadsReturned), count(r.leadsValid))},
        {tr("Quality"), r.validRatio
                            ? tr("%1 valid, grade %2").arg(percent(*r.validRatio * 100), r.grade)
                            : tr("no leads returned")},
        {tr("Cost"),
         tr("%1 total, %2 per lead, %3 per conversion")
             .arg(money(r.cost), optionalMoney(r.costPerLead), optionalMoney(r.costPerConversion))},
    };
}

QStringList ReportSummary::quotaLines(const WeeklyReport& r) {
    QStringList lines;
    const QLocale locale;
    for (const QuotaUsage& q : r.quotas) {
        QString line = tr("%1: %2 of %3 used (%4)")
                           .arg(Format::quotaLabel(q), locale.toString(q.used),
                                locale.toString(q.limit), percent(q.percent));
        if (q.runsOutOn)
            line += tr(", runs out on %1").arg(locale.toString(*q.runsOutOn, QLocale::ShortFormat));
        lines << line;
    }
    return lines;
}

QStringList ReportSummary::sourceLines(const WeeklyReport& r) {
    QStringList lines;
    const QLocale locale;
    for (const WeeklyReport::SourceLine& s : r.sources)
        lines << tr("%1: %n call(s), %2 returned, %3 valid (%4), %5 added", nullptr, int(s.calls))
                     .arg(s.label, locale.toString(s.leadsReturned), locale.toString(s.leadsValid),
                          s.validRatio ? percent(*s.validRatio * 100) : QStringLiteral("–"),
                          locale.toString(s.leadsInserted));
    return lines;
}

QStringList ReportSummary::warnings(const WeeklyReport& r) {
    QStringList lines;
    for (const QuotaUsage& q : r.quotas)
        if (q.warning)
            lines << tr("%1 is at %2 of its monthly quota (warning from %3%).")
                         .arg(Format::quotaLabel(q), percent(q.percent))
                         .arg(QuotaUsage::warningPercent);
    if (r.callsFailed > 0)
        lines << tr("%1 of %n API call(s) failed.", nullptr, int(r.calls))
                     .arg(QLocale().toString(r.callsFailed));
    return lines;
}

} // namespace outreach::ui
