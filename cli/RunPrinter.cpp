#include "cli/RunPrinter.h"

#include "cli/CliContext.h"
#include "cli/TextTable.h"
#include "core/TimeFormat.h"
#include "store/JobRunUserRepository.h"

#include <QJsonArray>

namespace outreach::cli {

QJsonObject RunPrinter::json(const JobRun& run, const QList<JobRunUser>& users) {
    QJsonObject object = run.toJson();
    QJsonArray rows;
    for (const JobRunUser& user : users)
        rows.append(user.toJson());
    object.insert(QStringLiteral("users"), rows);
    return object;
}

QString RunPrinter::text(const JobRun& run, const QList<JobRunUser>& users) {
    QString header =
        QStringLiteral("run #%1 %2 (%3) %4\nstarted %5")
            .arg(run.id)
            .arg(run.job, run.trigger, run.summary(), TimeFormat::isoUtc(run.startedAt));
    if (run.finishedAt)
        header += QStringLiteral(", finished %1 (%2 ms)")
                      .arg(TimeFormat::isoUtc(*run.finishedAt))
                      .arg(run.durationMs());
    if (!run.occurrenceKey.isEmpty())
        header += QStringLiteral(", occurrence %1").arg(run.occurrenceKey);
    if (run.retryOf)
        header += QStringLiteral(", retry of run #%1").arg(*run.retryOf);
    TextTable table({QStringLiteral("USER"), QStringLiteral("EMAIL"), QStringLiteral("STATUS"),
                     QStringLiteral("ITEMS"), QStringLiteral("MS"), QStringLiteral("DETAIL")});
    for (const JobRunUser& user : users)
        table.addRow({QString::number(user.userId), user.userEmail, user.status,
                      QString::number(user.items), QString::number(user.durationMs),
                      user.error.isEmpty() ? user.note : user.error});
    return header + QStringLiteral("\n") + (users.isEmpty() ? QString() : table.render());
}

Status RunPrinter::print(CliContext& context, const Database& database, const JobRun& run) {
    Result<QList<JobRunUser>> users = JobRunUserRepository(database).forRun(run.id);
    if (!users)
        return users.error();
    context.print(json(run, *users), text(run, *users));
    return Status::success();
}

Status RunPrinter::outcome(const JobRun& run) {
    if (run.status == QLatin1String("succeeded"))
        return Status::success();
    return Error::runtime(QStringLiteral("run #%1 %2").arg(run.id).arg(run.summary()));
}

} // namespace outreach::cli
