#include "cli/RunsCommand.h"

#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "cli/JobNameCheck.h"
#include "cli/RunPrinter.h"
#include "cli/TextTable.h"
#include "core/TimeFormat.h"
#include "store/JobRunRepository.h"
#include "store/UserRepository.h"

#include <QJsonArray>

namespace outreach::cli {
namespace {

Status list(CliContext& context, CommandLine& line) {
    RunFilter filter;
    filter.job = line.option(QStringLiteral("job")).value_or(QString());
    filter.status = line.option(QStringLiteral("status")).value_or(QString());
    Result<int> limit = line.intOption(QStringLiteral("limit"), 20, 1);
    if (!limit)
        return limit.error();
    filter.limit = *limit;
    if (std::optional<QString> user = line.option(QStringLiteral("user"))) {
        Result<qint64> id = CommandLine::parseId(QStringLiteral("user"), *user);
        if (!id)
            return id.error();
        filter.userId = *id;
    }
    if (Status ok = line.expectOnly({QStringLiteral("job"), QStringLiteral("status"),
                                     QStringLiteral("limit"), QStringLiteral("user")},
                                    QStringLiteral("runs list"));
        !ok)
        return ok;
    if (!filter.status.isEmpty() && !JobRun::isValidStatus(filter.status))
        return Error::badInput(QStringLiteral("status"),
                               QStringLiteral("status: '%1' is not running, succeeded, partial, "
                                              "failed or cancelled")
                                   .arg(filter.status));
    Result<const Database*> db = context.database();
    if (!db)
        return db.error();
    if (Status known = checkJobFilter(**db, context.clock(), filter.job); !known)
        return known;
    if (filter.userId)
        if (Result<User> user = UserRepository(**db, context.clock()).find(*filter.userId); !user)
            return user.error();
    Result<QList<JobRun>> runs = JobRunRepository(**db, context.clock()).list(filter);
    if (!runs)
        return runs.error();
    QJsonArray json;
    TextTable table({QStringLiteral("RUN"), QStringLiteral("JOB"), QStringLiteral("TRIGGER"),
                     QStringLiteral("STARTED"), QStringLiteral("MS"), QStringLiteral("STATUS"),
                     QStringLiteral("SUMMARY")});
    for (const JobRun& run : *runs) {
        json.append(run.toJson());
        table.addRow({QString::number(run.id), run.job, run.trigger,
                      TimeFormat::isoUtc(run.startedAt), QString::number(run.durationMs()),
                      run.status, run.summary()});
    }
    context.print(json, table.render());
    return Status::success();
}

Status show(CliContext& context, CommandLine& line) {
    Result<qint64> id = line.takeId(QStringLiteral("run"));
    if (!id)
        return id.error();
    if (Status ok = line.expectOnly({}, QStringLiteral("runs show")); !ok)
        return ok;
    Result<const Database*> db = context.database();
    if (!db)
        return db.error();
    Result<JobRun> run = JobRunRepository(**db, context.clock()).find(*id);
    if (!run)
        return run.error();
    return RunPrinter::print(context, **db, *run);
}

} // namespace

QString RunsCommand::usage() const {
    return QStringLiteral(
        "runs list [--job NAME] [--user ID] [--status S] [--limit K] | show RUN_ID\n");
}

Status RunsCommand::run(CliContext& context, CommandLine& line) {
    Result<QString> sub = line.takePositional(QStringLiteral("runs sub-command"));
    if (!sub)
        return sub.error();
    if (*sub == QLatin1String("list"))
        return list(context, line);
    if (*sub == QLatin1String("show"))
        return show(context, line);
    return Error::badInput(
        QStringLiteral("runs sub-command"),
        QStringLiteral("unknown command 'runs %1'; expected list or show").arg(*sub));
}

} // namespace outreach::cli
