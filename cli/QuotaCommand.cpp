#include "cli/QuotaCommand.h"

#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "cli/TextTable.h"
#include "store/AdminQuotaRepository.h"

#include <QJsonArray>

namespace outreach::cli {

QString QuotaCommand::usage() const {
    return QStringLiteral("quota\n");
}

Status QuotaCommand::run(CliContext& context, CommandLine& line) {
    if (Status ok = line.expectOnly({}, QStringLiteral("quota")); !ok)
        return ok;
    Result<const Database*> db = context.database();
    if (!db)
        return db.error();
    Result<QList<AdminQuotaRepository::UserQuotas>> usage =
        AdminQuotaRepository(**db).usage(context.clock().nowMs());
    if (!usage)
        return usage.error();
    QJsonArray json;
    TextTable table({QStringLiteral("USER"), QStringLiteral("EMAIL"), QStringLiteral("QUOTA"),
                     QStringLiteral("USED"), QStringLiteral("LIMIT"), QStringLiteral("PERCENT"),
                     QStringLiteral("RUNS OUT"), QStringLiteral("WARNING")});
    for (const auto& user : *usage) {
        json.append(user.toJson());
        for (const QuotaUsage& q : user.items) {
            const QJsonObject item = q.toJson();
            table.addRow(
                {QString::number(user.userId), user.email,
                 item.value(QStringLiteral("label")).toString(),
                 QString::number(item.value(QStringLiteral("used")).toInteger()),
                 QString::number(item.value(QStringLiteral("limit")).toInteger()),
                 QString::number(item.value(QStringLiteral("percent")).toDouble(), 'f', 1) +
                     QLatin1Char('%'),
                 item.value(QStringLiteral("runsOutOn")).toString(QStringLiteral("-")),
                 item.value(QStringLiteral("warning")).toBool() ? QStringLiteral(">= 90%")
                                                                : QString()});
        }
    }
    context.print(json, table.render());
    return Status::success();
}

} // namespace outreach::cli
