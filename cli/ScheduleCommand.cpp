#include "cli/ScheduleCommand.h"

#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "core/CronExpression.h"
#include "core/TimeFormat.h"

#include <QJsonArray>
#include <QJsonObject>

namespace outreach::cli {

QString ScheduleCommand::usage() const {
    return QStringLiteral("schedule preview EXPR [--tz ZONE] [--count N] [--after ISO8601]\n");
}

Status ScheduleCommand::run(CliContext& context, CommandLine& line) {
    Result<QString> sub = line.takePositional(QStringLiteral("schedule sub-command"));
    if (!sub)
        return sub.error();
    if (*sub != QLatin1String("preview"))
        return Error::badInput(
            QStringLiteral("schedule sub-command"),
            QStringLiteral("unknown command 'schedule %1'; expected preview").arg(*sub));
    QStringList words;
    while (std::optional<QString> word = line.takeOptionalPositional())
        words << *word;
    if (words.isEmpty())
        return Error::badInput(QStringLiteral("schedule"),
                               QStringLiteral("missing schedule (e.g. '0 9 * * MON-FRI')"));
    Result<int> count = line.intOption(QStringLiteral("count"), 5, 1);
    if (!count)
        return count.error();
    if (*count > 1000)
        return Error::badInput(QStringLiteral("count"), QStringLiteral("count: at most 1000"));
    const QString zoneName = line.option(QStringLiteral("tz")).value_or(QStringLiteral("UTC"));
    std::optional<QString> afterText = line.option(QStringLiteral("after"));
    if (Status ok = line.expectOnly(
            {QStringLiteral("tz"), QStringLiteral("count"), QStringLiteral("after")},
            QStringLiteral("schedule preview"));
        !ok)
        return ok;
    Result<CronExpression> expression = CronExpression::parse(words.join(QLatin1Char(' ')));
    if (!expression)
        return expression.error();
    Result<QTimeZone> zone = TimeFormat::parseZone(QStringLiteral("tz"), zoneName);
    if (!zone)
        return zone.error();
    QDateTime after = context.clock().now();
    if (afterText) {
        Result<QDateTime> parsed = TimeFormat::parseInstant(QStringLiteral("after"), *afterText);
        if (!parsed)
            return parsed.error();
        after = *parsed;
    }
    QJsonArray fires;
    QStringList lines;
    for (const QDateTime& fire : expression->nextFires(after, *zone, *count)) {
        const QString text = TimeFormat::isoWithOffset(fire.toTimeZone(*zone));
        fires.append(text);
        lines << text;
    }
    const QJsonObject json{{QStringLiteral("expression"), expression->text()},
                           {QStringLiteral("timeZone"), QString::fromUtf8(zone->id())},
                           {QStringLiteral("after"), TimeFormat::isoUtc(after)},
                           {QStringLiteral("fires"), fires}};
    context.print(json, lines.isEmpty() ? QStringLiteral("this schedule never fires")
                                        : lines.join(QLatin1Char('\n')));
    return Status::success();
}

} // namespace outreach::cli
