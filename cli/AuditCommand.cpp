#include "cli/AuditCommand.h"

#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "cli/TextTable.h"
#include "core/TimeFormat.h"
#include "store/AuditRepository.h"

#include <QJsonArray>

namespace outreach::cli {

QString AuditCommand::usage() const {
    return QStringLiteral("audit [--limit K]\n");
}

Status AuditCommand::run(CliContext& context, CommandLine& line) {
    Result<int> limit = line.intOption(QStringLiteral("limit"), 50, 1);
    if (!limit)
        return limit.error();
    if (Status ok = line.expectOnly({QStringLiteral("limit")}, QStringLiteral("audit")); !ok)
        return ok;
    Result<const Database*> db = context.database();
    if (!db)
        return db.error();
    Result<QList<AuditEntry>> entries = AuditRepository(**db, context.clock()).latest(*limit);
    if (!entries)
        return entries.error();
    QJsonArray json;
    TextTable table({QStringLiteral("AT"), QStringLiteral("ACTOR"), QStringLiteral("ACTION"),
                     QStringLiteral("TARGET"), QStringLiteral("USER"), QStringLiteral("REASON")});
    for (const AuditEntry& e : *entries) {
        json.append(e.toJson());
        table.addRow({TimeFormat::isoUtc(e.at), e.actor, e.action,
                      QStringLiteral("%1 %2").arg(e.targetType, e.targetId),
                      e.userId ? QString::number(*e.userId) : QStringLiteral("-"), e.reason});
    }
    context.print(json, table.render());
    return Status::success();
}

} // namespace outreach::cli
