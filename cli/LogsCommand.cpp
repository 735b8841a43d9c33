#include "cli/LogsCommand.h"

#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "cli/JobNameCheck.h"
#include "core/TimeFormat.h"
#include "jobs/JobControl.h"
#include "jobs/JobRegistry.h"
#include "logging/TextLogSink.h"
#include "store/AuditRepository.h"
#include "store/JobRunRepository.h"
#include "store/LogRepository.h"
#include "store/UserRepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace outreach::cli {
namespace {

constexpr int kDefaultRetentionDays = 90;

Status retention(CliContext& context, CommandLine& line) {
    std::optional<QString> daysText = line.takeOptionalPositional();
    const QString reason = line.option(QStringLiteral("reason")).value_or(QString());
    if (Status ok = line.expectOnly({QStringLiteral("reason")}, QStringLiteral("logs retention"));
        !ok)
        return ok;
    Result<const Database*> db = context.database();
    if (!db)
        return db.error();
    const JobRegistry none;
    const JobControl control(**db, context.clock(), none, AuditRepository::currentActor());
    if (daysText) {
        bool ok = false;
        const int days = daysText->toInt(&ok);
        if (!ok)
            return Error::badInput(
                QStringLiteral("days"),
                QStringLiteral("days: '%1' is not a whole number").arg(*daysText));
        if (Status set = control.setRetentionDays(days, reason); !set)
            return set;
    }
    Result<int> days = control.retentionDays(kDefaultRetentionDays);
    if (!days)
        return days.error();
    context.print(QJsonObject{{QStringLiteral("retentionDays"), *days}},
                  QStringLiteral("logs and run history are kept for %1 days").arg(*days));
    return Status::success();
}

Status query(CliContext& context, CommandLine& line) {
    LogFilter filter;
    filter.job = line.option(QStringLiteral("job")).value_or(QString());
    filter.grep = line.option(QStringLiteral("grep")).value_or(QString());
    Result<int> limit = line.intOption(QStringLiteral("limit"), 100, 1);
    if (!limit)
        return limit.error();
    filter.limit = *limit;
    for (const QString& name : {QStringLiteral("user"), QStringLiteral("run")}) {
        if (std::optional<QString> text = line.option(name)) {
            Result<qint64> id = CommandLine::parseId(name, *text);
            if (!id)
                return id.error();
            (name == QLatin1String("user") ? filter.userId : filter.runId) = *id;
        }
    }
    if (std::optional<QString> level = line.option(QStringLiteral("level"))) {
        filter.minLevel = LogRecord::normaliseLevel(*level);
        if (filter.minLevel.isEmpty())
            return Error::badInput(
                QStringLiteral("level"),
                QStringLiteral("level: '%1' is not one of %2")
                    .arg(*level, LogRecord::levels().join(QStringLiteral(", "))));
    }
    if (std::optional<QString> since = line.option(QStringLiteral("since"))) {
        Result<QDateTime> instant = TimeFormat::parseInstant(QStringLiteral("since"), *since);
        if (!instant)
            return instant.error();
        filter.since = instant->toMSecsSinceEpoch();
    }
    if (Status ok =
            line.expectOnly({QStringLiteral("user"), QStringLiteral("job"), QStringLiteral("run"),
                             QStringLiteral("level"), QStringLiteral("grep"),
                             QStringLiteral("limit"), QStringLiteral("since")},
                            QStringLiteral("logs"));
        !ok)
        return ok;
    Result<const Database*> db = context.database();
    if (!db)
        return db.error();
    if (Status known = checkJobFilter(**db, context.clock(), filter.job); !known)
        return known;
    if (filter.userId)
        if (Result<User> user = UserRepository(**db, context.clock()).find(*filter.userId); !user)
            return user.error();
    if (filter.runId)
        if (Result<JobRun> run = JobRunRepository(**db, context.clock()).find(*filter.runId); !run)
            return run.error();
    Result<QList<LogRecord>> records = LogRepository(**db).query(filter);
    if (!records)
        return records.error();
    QJsonArray json;
    QStringList lines;
    for (const LogRecord& record : *records) {
        json.append(record.toJson());
        lines << TextLogSink::format(record);
    }
    context.print(json, lines.isEmpty() ? QStringLiteral("no matching log records")
                                        : lines.join(QLatin1Char('\n')));
    return Status::success();
}

} // namespace

QString LogsCommand::usage() const {
    return QStringLiteral("logs [--user ID] [--job NAME] [--run ID] [--level L] [--grep TEXT] "
                          "[--since ISO8601] [--limit K]\n"
                          "logs retention [DAYS] [--reason R]\n");
}

Status LogsCommand::run(CliContext& context, CommandLine& line) {
    std::optional<QString> sub = line.takeOptionalPositional();
    if (sub && *sub == QLatin1String("retention"))
        return retention(context, line);
    if (sub)
        return Error::badInput(QStringLiteral("logs sub-command"),
                               QStringLiteral("unknown command 'logs %1'; filters are options "
                                              "(see outreachctl --help)")
                                   .arg(*sub));
    return query(context, line);
}

} // namespace outreach::cli
