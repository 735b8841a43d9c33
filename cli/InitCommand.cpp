#include "cli/InitCommand.h"

#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "store/Migrator.h"

#include <QJsonObject>

namespace outreach::cli {

QString InitCommand::usage() const {
    return QStringLiteral("init\n");
}

Status InitCommand::run(CliContext& context, CommandLine& line) {
    if (Status ok = line.expectOnly({}, QStringLiteral("init")); !ok)
        return ok;
    const Migrator migrator(context.rawDatabase());
    Result<int> applied = migrator.migrate();
    if (!applied)
        return applied.error();
    const int version = Migrator::latestVersion();
    const QString where = context.rawDatabase().url().redacted();
    context.print(
        QJsonObject{{QStringLiteral("database"), where},
                    {QStringLiteral("schemaVersion"), version},
                    {QStringLiteral("migrationsApplied"), *applied}},
        *applied == 0
            ? QStringLiteral("%1 is up to date (schema version %2)").arg(where).arg(version)
            : QStringLiteral("%1 initialised: %2 migration(s) applied, schema version %3")
                  .arg(where)
                  .arg(*applied)
                  .arg(version));
    return Status::success();
}

} // namespace outreach::cli
