#include "cli/JobsCommand.h"

#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "cli/JobRunCommands.h"
#include "cli/TextTable.h"
#include "core/TimeFormat.h"
#include "jobs/JobControl.h"
#include "jobs/JobRegistry.h"
#include "store/AuditRepository.h"
#include "store/OccurrenceRepository.h"

#include <QJsonArray>

namespace outreach::cli {
namespace {

QString describe(const JobInfo& job) {
    QString text = QStringLiteral("%1: %2 (%3), %4, pacing %5 ms, grace %6 min")
                       .arg(job.name, job.schedule, job.timeZone,
                            job.paused ? QStringLiteral("paused") : QStringLiteral("active"))
                       .arg(job.pacingMs)
                       .arg(job.graceMs / 60000);
    if (!job.nextRuns.isEmpty())
        text += QStringLiteral(", next run %1").arg(TimeFormat::isoUtc(job.nextRuns.first()));
    if (!job.pausedUserIds.isEmpty()) {
        QStringList ids;
        for (qint64 id : job.pausedUserIds)
            ids << QString::number(id);
        text += QStringLiteral(", paused for users %1").arg(ids.join(QStringLiteral(", ")));
    }
    return text;
}

// A cron expression may be given quoted or as separate words: `jobs schedule x 0 9 * * 1-5`.
Result<QString> takeExpression(CommandLine& line) {
    QStringList words;
    while (std::optional<QString> word = line.takeOptionalPositional())
        words << *word;
    if (words.isEmpty())
        return Error::badInput(QStringLiteral("schedule"),
                               QStringLiteral("missing schedule (e.g. '0 9 * * MON-FRI')"));
    return words.join(QLatin1Char(' '));
}

struct Session {
    const Database* database;
    std::shared_ptr<JobRegistry> registry;
    std::unique_ptr<JobControl> control;
};

Result<Session> open(CliContext& context) {
    Result<const Database*> db = context.database();
    if (!db)
        return db.error();
    Session session{*db, JobRegistry::standard(), nullptr};
    session.control = std::make_unique<JobControl>(**db, context.clock(), *session.registry,
                                                   AuditRepository::currentActor());
    if (Status ensured = session.control->ensureJobs(); !ensured)
        return ensured.error();
    return session;
}

Status printJob(CliContext& context, const Result<JobInfo>& job) {
    if (!job)
        return job.error();
    context.print(job->toJson(), describe(*job));
    return Status::success();
}

Status list(CliContext& context, CommandLine& line) {
    if (Status ok = line.expectOnly({}, QStringLiteral("jobs list")); !ok)
        return ok;
    Result<Session> session = open(context);
    if (!session)
        return session.error();
    Result<QList<JobInfo>> jobs = session->control->jobs();
    if (!jobs)
        return jobs.error();
    QJsonArray json;
    TextTable table({QStringLiteral("JOB"), QStringLiteral("SCHEDULE"), QStringLiteral("ZONE"),
                     QStringLiteral("STATE"), QStringLiteral("NEXT RUN"),
                     QStringLiteral("LAST RUN"), QStringLiteral("PACING MS")});
    for (const JobInfo& job : *jobs) {
        json.append(job.toJson());
        const QString state =
            job.runningRunId ? QStringLiteral("running #%1").arg(*job.runningRunId)
                             : (job.paused ? QStringLiteral("paused") : QStringLiteral("active"));
        table.addRow({job.name, job.schedule, job.timeZone, state,
                      job.nextRuns.isEmpty() ? QStringLiteral("-")
                                             : TimeFormat::isoUtc(job.nextRuns.first()),
                      job.lastRun
                          ? QStringLiteral("#%1 %2").arg(job.lastRun->id).arg(job.lastRun->status)
                          : QStringLiteral("-"),
                      QString::number(job.pacingMs)});
    }
    context.print(json, jobs->isEmpty() ? QStringLiteral("no jobs are registered in this build")
                                        : table.render());
    return Status::success();
}

Status show(CliContext& context, CommandLine& line) {
    Result<QString> name = line.takePositional(QStringLiteral("job"));
    if (!name)
        return name.error();
    if (Status ok = line.expectOnly({}, QStringLiteral("jobs show")); !ok)
        return ok;
    Result<Session> session = open(context);
    if (!session)
        return session.error();
    return printJob(context, session->control->job(*name));
}

Status pauseOrResume(CliContext& context, CommandLine& line, bool pause) {
    const QString command = pause ? QStringLiteral("jobs pause") : QStringLiteral("jobs resume");
    Result<QString> name = line.takePositional(QStringLiteral("job"));
    if (!name)
        return name.error();
    const QString reason = line.option(QStringLiteral("reason")).value_or(QString());
    std::optional<qint64> userId;
    if (std::optional<QString> user = line.option(QStringLiteral("user"))) {
        Result<qint64> id = CommandLine::parseId(QStringLiteral("user"), *user);
        if (!id)
            return id.error();
        userId = *id;
    }
    if (Status ok = line.expectOnly({QStringLiteral("reason"), QStringLiteral("user")}, command);
        !ok)
        return ok;
    Result<Session> session = open(context);
    if (!session)
        return session.error();
    const JobControl& control = *session->control;
    if (userId)
        return printJob(context, pause ? control.pauseForUser(*name, *userId, reason)
                                       : control.resumeForUser(*name, *userId, reason));
    return printJob(context, pause ? control.pause(*name, reason) : control.resume(*name, reason));
}

Status cancel(CliContext& context, CommandLine& line) {
    Result<qint64> runId = line.takeId(QStringLiteral("run"));
    if (!runId)
        return runId.error();
    const QString reason = line.option(QStringLiteral("reason")).value_or(QString());
    if (Status ok = line.expectOnly({QStringLiteral("reason")}, QStringLiteral("jobs cancel")); !ok)
        return ok;
    Result<Session> session = open(context);
    if (!session)
        return session.error();
    Result<JobRun> run = session->control->requestCancel(*runId, reason);
    if (!run)
        return run.error();
    context.print(
        run->toJson(),
        run->isFinished()
            ? QStringLiteral("run #%1 %2 (its engine was gone)").arg(run->id).arg(run->status)
            : QStringLiteral("run #%1: cancel requested; it stops after the current "
                             "unit of work")
                  .arg(run->id));
    return Status::success();
}

Status schedule(CliContext& context, CommandLine& line) {
    Result<QString> name = line.takePositional(QStringLiteral("job"));
    if (!name)
        return name.error();
    Result<QString> expression = takeExpression(line);
    if (!expression)
        return expression.error();
    const QString reason = line.option(QStringLiteral("reason")).value_or(QString());
    const QString zone = line.option(QStringLiteral("tz")).value_or(QStringLiteral("UTC"));
    if (Status ok = line.expectOnly({QStringLiteral("reason"), QStringLiteral("tz")},
                                    QStringLiteral("jobs schedule"));
        !ok)
        return ok;
    Result<Session> session = open(context);
    if (!session)
        return session.error();
    return printJob(context, session->control->setSchedule(*name, *expression, zone, reason));
}

Status configure(CliContext& context, CommandLine& line) {
    Result<QString> name = line.takePositional(QStringLiteral("job"));
    if (!name)
        return name.error();
    std::optional<qint64> pacing;
    std::optional<qint64> grace;
    if (line.option(QStringLiteral("pacing-ms"))) {
        Result<int> value = line.intOption(QStringLiteral("pacing-ms"), 0, 0);
        if (!value)
            return value.error();
        pacing = *value;
    }
    if (line.option(QStringLiteral("grace-minutes"))) {
        Result<int> value = line.intOption(QStringLiteral("grace-minutes"), 0, 0);
        if (!value)
            return value.error();
        grace = qint64(*value) * 60000;
    }
    const QString reason = line.option(QStringLiteral("reason")).value_or(QString());
    if (Status ok = line.expectOnly({QStringLiteral("pacing-ms"), QStringLiteral("grace-minutes"),
                                     QStringLiteral("reason")},
                                    QStringLiteral("jobs configure"));
        !ok)
        return ok;
    if (!pacing && !grace)
        return Error::badInput(QStringLiteral("pacing-ms"),
                               QStringLiteral("jobs configure: give --pacing-ms and/or "
                                              "--grace-minutes"));
    Result<Session> session = open(context);
    if (!session)
        return session.error();
    return printJob(context, session->control->configure(*name, pacing, grace, reason));
}

Status occurrences(CliContext& context, CommandLine& line) {
    Result<QString> name = line.takePositional(QStringLiteral("job"));
    if (!name)
        return name.error();
    Result<int> limit = line.intOption(QStringLiteral("limit"), 20, 1);
    if (!limit)
        return limit.error();
    if (Status ok = line.expectOnly({QStringLiteral("limit")}, QStringLiteral("jobs occurrences"));
        !ok)
        return ok;
    Result<Session> session = open(context);
    if (!session)
        return session.error();
    if (Status known = session->control->checkJob(*name); !known)
        return known;
    Result<QList<JobOccurrence>> list =
        OccurrenceRepository(*session->database, context.clock()).list(*name, *limit);
    if (!list)
        return list.error();
    QJsonArray json;
    TextTable table({QStringLiteral("ID"), QStringLiteral("SCHEDULED"), QStringLiteral("FIRES"),
                     QStringLiteral("DECISION"), QStringLiteral("RUN"), QStringLiteral("REASON")});
    for (const JobOccurrence& o : *list) {
        json.append(o.toJson());
        table.addRow(
            {QString::number(o.id),
             o.fireCount > 1
                 ? QStringLiteral("%1 .. %2")
                       .arg(TimeFormat::isoUtc(o.scheduledAt), TimeFormat::isoUtc(o.lastAt))
                 : TimeFormat::isoUtc(o.scheduledAt),
             QString::number(o.fireCount), o.decision,
             o.runId ? QStringLiteral("#%1").arg(*o.runId) : QStringLiteral("-"), o.reason});
    }
    context.print(json, table.render());
    return Status::success();
}

} // namespace

QString JobsCommand::usage() const {
    return QStringLiteral(
        "jobs list | show NAME | occurrences NAME [--limit K]\n"
        "jobs run NAME [--user ID] [--force] [--reason R] [--occurrence ISO8601]\n"
        "jobs retry RUN_ID [--force] [--reason R] | run-missed OCCURRENCE_ID [--reason R]\n"
        "jobs pause NAME [--user ID] [--reason R] | resume NAME [--user ID] [--reason R]\n"
        "jobs cancel RUN_ID [--reason R]\n"
        "jobs schedule NAME EXPR [--tz ZONE] [--reason R]\n"
        "jobs configure NAME [--pacing-ms N] [--grace-minutes N] [--reason R]\n");
}

Status JobsCommand::run(CliContext& context, CommandLine& line) {
    Result<QString> sub = line.takePositional(QStringLiteral("jobs sub-command"));
    if (!sub)
        return sub.error();
    if (*sub == QLatin1String("list"))
        return list(context, line);
    if (*sub == QLatin1String("show"))
        return show(context, line);
    if (*sub == QLatin1String("run"))
        return JobRunCommands::runJob(context, line);
    if (*sub == QLatin1String("retry"))
        return JobRunCommands::retry(context, line);
    if (*sub == QLatin1String("run-missed"))
        return JobRunCommands::runMissed(context, line);
    if (*sub == QLatin1String("pause"))
        return pauseOrResume(context, line, true);
    if (*sub == QLatin1String("resume"))
        return pauseOrResume(context, line, false);
    if (*sub == QLatin1String("cancel"))
        return cancel(context, line);
    if (*sub == QLatin1String("schedule"))
        return schedule(context, line);
    if (*sub == QLatin1String("configure"))
        return configure(context, line);
    if (*sub == QLatin1String("occurrences"))
        return occurrences(context, line);
    return Error::badInput(QStringLiteral("jobs sub-command"),
                           QStringLiteral("unknown command 'jobs %1'; expected list, show, run, "
                                          "retry, run-missed, pause, resume, cancel, schedule, "
                                          "configure or occurrences")
                               .arg(*sub));
}

} // namespace outreach::cli
