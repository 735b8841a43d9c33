#include "cli/ReportCommand.h"

#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "cli/TextTable.h"
#include "cli/UserSelection.h"
#include "core/TimeFormat.h"
#include "reports/IsoWeek.h"
#include "reports/WeeklyReportService.h"
#include "store/UserRepository.h"
#include "store/UserScope.h"

#include <QJsonArray>
#include <QJsonObject>

namespace outreach::cli {
namespace {

QString optionalNumber(const std::optional<double>& value, int decimals = 2) {
    return value ? QString::number(*value, 'f', decimals) : QStringLiteral("-");
}

QString describe(const WeeklyReport& r, bool stored) {
    QString text = QStringLiteral("Weekly report %1 for %2 <%3> (%4)%5\n")
                       .arg(r.week, r.userName, r.userEmail, r.timeZone,
                            stored ? QString() : QStringLiteral(", computed now, not stored"));
    text += QStringLiteral("  leads generated   %1 (hot %2, warm %3, cold %4)\n")
                .arg(r.leadsGenerated)
                .arg(r.hot)
                .arg(r.warm)
                .arg(r.cold);
    text += QStringLiteral("  API calls         %1 (%2 failed), %3 leads returned, %4 valid\n")
                .arg(r.calls)
                .arg(r.callsFailed)
                .arg(r.leadsReturned)
                .arg(r.leadsValid);
    text += QStringLiteral("  quality           %1 (grade %2)\n")
                .arg(r.validRatio ? QStringLiteral("%1%").arg(*r.validRatio * 100, 0, 'f', 1)
                                  : QStringLiteral("-"),
                     r.grade);
    text += QStringLiteral("  funnel            %1 generated -> %2 contacted -> %3 replied -> %4 "
                           "converted\n")
                .arg(r.leadsGenerated)
                .arg(r.contacted)
                .arg(r.replied)
                .arg(r.conversions);
    text += QStringLiteral("  cost              %1 total, %2 per lead, %3 per conversion\n")
                .arg(QString::number(r.cost, 'f', 2), optionalNumber(r.costPerLead),
                     optionalNumber(r.costPerConversion));
    if (!r.sources.isEmpty()) {
        TextTable table({QStringLiteral("  SOURCE"), QStringLiteral("CALLS"),
                         QStringLiteral("FAILED"), QStringLiteral("VALID/RETURNED"),
                         QStringLiteral("ADDED"), QStringLiteral("COST")});
        for (const auto& s : r.sources)
            table.addRow({QStringLiteral("  ") + s.label, QString::number(s.calls),
                          QString::number(s.failed),
                          QStringLiteral("%1/%2").arg(s.leadsValid).arg(s.leadsReturned),
                          QString::number(s.leadsInserted), QString::number(s.cost, 'f', 2)});
        text += table.render();
    }
    for (const QuotaUsage& q : r.quotas)
        text += QStringLiteral("  quota             %1\n").arg(q.describe());
    for (const QString& warning : r.warnings)
        text += QStringLiteral("  WARNING           %1\n").arg(warning);
    return text;
}

Status weekly(CliContext& context, CommandLine& line) {
    if (Status ok = line.expectOnly({QStringLiteral("user"), QStringLiteral("week")},
                                    QStringLiteral("report weekly"));
        !ok)
        return ok;
    Result<QString> userText = line.requiredOption(QStringLiteral("user"));
    if (!userText)
        return userText.error();
    Result<qint64> userId = CommandLine::parseId(QStringLiteral("user"), *userText);
    if (!userId)
        return userId.error();
    Result<const Database*> db = context.database();
    if (!db)
        return db.error();
    Result<User> user = UserRepository(**db, context.clock()).find(*userId);
    if (!user)
        return user.error();
    Result<IsoWeek> week = [&]() -> Result<IsoWeek> {
        if (std::optional<QString> text = line.option(QStringLiteral("week")))
            return IsoWeek::parse(QStringLiteral("week"), *text);
        return WeeklyReportService::lastCompleteWeek(*user, context.clock().nowMs());
    }();
    if (!week)
        return week.error();
    Result<UserScope> scope = UserScope::open(**db, context.clock(), *userId);
    if (!scope)
        return scope.error();
    const WeeklyReportService service(**db, context.clock());
    // The stored report is what the Monday job produced; a week without one is computed on
    // the spot (and says so) rather than stored from a read-only command.
    bool stored = false;
    Result<WeeklyReport> report = service.storedOrComputed(*scope, *week, &stored);
    if (!report)
        return report.error();
    QJsonObject json = report->toJson();
    json.insert(QStringLiteral("stored"), stored);
    context.print(json, describe(*report, stored));
    return Status::success();
}

Status list(CliContext& context, CommandLine& line) {
    const std::optional<QString> userText = line.option(QStringLiteral("user"));
    if (Status ok = line.expectOnly({QStringLiteral("user")}, QStringLiteral("report list")); !ok)
        return ok;
    Result<const Database*> db = context.database();
    if (!db)
        return db.error();
    Result<QList<qint64>> userIds = selectUsers(**db, context.clock(), userText);
    if (!userIds)
        return userIds.error();
    const WeeklyReportService service(**db, context.clock());
    QJsonArray json;
    TextTable table({QStringLiteral("WEEK"), QStringLiteral("USER"), QStringLiteral("EMAIL"),
                     QStringLiteral("LEADS"), QStringLiteral("CALLS"), QStringLiteral("REPLIED"),
                     QStringLiteral("CONVERTED"), QStringLiteral("GRADE"),
                     QStringLiteral("QUOTA WARNING")});
    for (qint64 userId : *userIds) {
        Result<UserScope> scope = UserScope::open(**db, context.clock(), userId);
        if (!scope)
            return scope.error();
        Result<QList<WeeklyReport>> reports = service.list(*scope);
        if (!reports)
            return reports.error();
        for (const WeeklyReport& r : *reports) {
            json.append(
                QJsonObject{{QStringLiteral("userId"), r.userId},
                            {QStringLiteral("week"), r.week},
                            {QStringLiteral("computedAt"), TimeFormat::isoUtc(r.computedAt)},
                            {QStringLiteral("leadsGenerated"), r.leadsGenerated},
                            {QStringLiteral("apiCalls"), r.calls},
                            {QStringLiteral("replied"), r.replied},
                            {QStringLiteral("conversions"), r.conversions},
                            {QStringLiteral("grade"), r.grade},
                            {QStringLiteral("quotaWarning"), r.quotaWarning}});
            table.addRow({r.week, QString::number(r.userId), r.userEmail,
                          QString::number(r.leadsGenerated), QString::number(r.calls),
                          QString::number(r.replied), QString::number(r.conversions), r.grade,
                          r.quotaWarning ? QStringLiteral("yes") : QStringLiteral("no")});
        }
    }
    context.print(json, table.render());
    return Status::success();
}

} // namespace

QString ReportCommand::usage() const {
    return QStringLiteral("report weekly --user ID [--week YYYY-Www] | list [--user ID]\n");
}

Status ReportCommand::run(CliContext& context, CommandLine& line) {
    Result<QString> sub = line.takePositional(QStringLiteral("report sub-command"));
    if (!sub)
        return sub.error();
    if (*sub == QLatin1String("weekly"))
        return weekly(context, line);
    if (*sub == QLatin1String("list"))
        return list(context, line);
    return Error::badInput(
        QStringLiteral("report sub-command"),
        QStringLiteral("unknown command 'report %1'; expected weekly or list").arg(*sub));
}

} // namespace outreach::cli
