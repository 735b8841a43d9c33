#include "data/ReportCsv.h"

#include "common/Format.h"
#include "core/TimeFormat.h"

namespace outreach::ui {
namespace {

QString number(double value, int decimals = 4) {
    return QString::number(value, 'f', decimals); // C locale: a dot, never a comma
}

QString optional(const std::optional<double>& value, int decimals = 4) {
    return value ? number(*value, decimals) : QString();
}

} // namespace

QString ReportCsv::cell(const QString& text) {
    QString value = text;
    static const QString risky = QStringLiteral("=+-@\t\r");
    if (!value.isEmpty() && risky.contains(value.front()))
        value.prepend(QLatin1Char('\''));
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
        value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')) ||
        value.contains(QLatin1Char(';')))
        value = QLatin1Char('"') + value.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                QLatin1Char('"');
    return value;
}

QString ReportCsv::row(const QStringList& cells) {
    QStringList out;
    out.reserve(cells.size());
    for (const QString& c : cells)
        out << cell(c);
    return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QByteArray ReportCsv::render(const ReportData& data) {
    const WeeklyReport& r = data.report;
    QString csv;
    csv += row({tr("Weekly report"), r.week});
    csv += row({tr("User"), r.userName, r.userEmail});
    csv += row({tr("Time zone"), r.timeZone});
    csv += row({tr("From"), TimeFormat::isoUtc(r.fromMs), tr("To"), TimeFormat::isoUtc(r.toMs)});
    csv += row({tr("Computed at"), TimeFormat::isoUtc(r.computedAt),
                data.stored ? tr("stored") : tr("computed now, not stored")});
    csv += QStringLiteral("\r\n");

    csv += row({tr("Figure"), tr("Value")});
    const QList<QPair<QString, QString>> figures{
        {tr("Leads generated"), QString::number(r.leadsGenerated)},
        {tr("Contacted"), QString::number(r.contacted)},
        {tr("Replied"), QString::number(r.replied)},
        {tr("Converted"), QString::number(r.conversions)},
        {tr("Leads from sources"), QString::number(r.leadsFromSources)},
        {tr("Leads from imports"), QString::number(r.leadsOtherOrigins)},
        {tr("Hot leads"), QString::number(r.hot)},
        {tr("Warm leads"), QString::number(r.warm)},
        {tr("Cold leads"), QString::number(r.cold)},
        {tr("Average score"), optional(r.averageScore, 1)},
        {tr("API calls"), QString::number(r.calls)},
        {tr("Failed API calls"), QString::number(r.callsFailed)},
        {tr("Leads returned"), QString::number(r.leadsReturned)},
        {tr("Leads valid"), QString::number(r.leadsValid)},
        {tr("Valid ratio"), optional(r.validRatio)},
        {tr("Quality grade"), r.grade},
        {tr("Cost"), number(r.cost)},
        {tr("Cost per lead"), optional(r.costPerLead)},
        {tr("Cost per conversion"), optional(r.costPerConversion)},
    };
    for (const auto& [name, value] : figures)
        csv += row({name, value});
    csv += QStringLiteral("\r\n");

    csv += row({tr("Source"), tr("Kind"), tr("API calls"), tr("Failed"), tr("Leads returned"),
                tr("Leads valid"), tr("Leads added"), tr("Conversions"), tr("Cost"),
                tr("Valid ratio"), tr("Cost per lead")});
    for (const WeeklyReport::SourceLine& s : r.sources)
        csv += row({s.label, s.kind, QString::number(s.calls), QString::number(s.failed),
                    QString::number(s.leadsReturned), QString::number(s.leadsValid),
                    QString::number(s.leadsInserted), QString::number(s.conversions),
                    number(s.cost), optional(s.validRatio), optional(s.costPerLead)});
    csv += QStringLiteral("\r\n");

    csv += row({tr("Quota"), tr("Month"), tr("Used"), tr("Limit"), tr("Percent"), tr("Warning"),
                tr("Runs out on")});
    for (const QuotaUsage& q : r.quotas)
        csv +=
            row({Format::quotaLabel(q), q.month, QString::number(q.used), QString::number(q.limit),
                 number(q.percent, 1), q.warning ? tr("yes") : tr("no"),
                 q.runsOutOn ? q.runsOutOn->toString(Qt::ISODate) : QString()});
    csv += QStringLiteral("\r\n");

    csv +=
        row({tr("Week"), tr("Leads generated"), tr("Contacted"), tr("Replied"), tr("Converted")});
    for (const WeeklyReport& w : data.history)
        csv += row({w.week, QString::number(w.leadsGenerated), QString::number(w.contacted),
                    QString::number(w.replied), QString::number(w.conversions)});
    return QByteArrayLiteral("\xEF\xBB\xBF") + csv.toUtf8();
}

} // namespace outreach::ui
