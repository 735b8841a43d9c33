#include "cli/DemoCommand.h"

#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "demo/DemoWorkspace.h"

#include <QJsonArray>
#include <QJsonObject>

namespace outreach::cli {

QString DemoCommand::usage() const {
    return QStringLiteral("demo [--reset]\n");
}

Status DemoCommand::run(CliContext& context, CommandLine& line) {
    if (Status ok = line.expectOnly({QStringLiteral("reset")}, QStringLiteral("demo")); !ok)
        return ok;
    // The demo has a database of its own: --db / OUTREACH_DB name the real one, untouched here.
    const DemoWorkspace workspace;
    Result<DemoWorkspace::Prepared> prepared =
        workspace.prepare(context.clock(), line.flag(QStringLiteral("reset")));
    if (!prepared)
        return prepared.error();
    const QString db = workspace.url().redacted();
    QJsonArray users;
    QString text = prepared->created
                       ? QStringLiteral("demo workspace created in %1\n").arg(workspace.folder())
                       : QStringLiteral("demo workspace already there in %1 (--reset makes it "
                                        "anew)\n")
                             .arg(workspace.folder());
    text += QStringLiteral("  database: --db %1\n  mail:     %2 (.eml files)\n  users:\n")
                .arg(db, workspace.mailFolder());
    for (const User& user : prepared->users) {
        users.append(user.toJson());
        text += QStringLiteral("    %1  %2 <%3>, %4\n")
                    .arg(user.id)
                    .arg(user.name, user.email, user.timeZone);
    }
    text += QStringLiteral("try: outreachctl --db %1 jobs run daily-lead-generation\n").arg(db);
    context.print(QJsonObject{{QStringLiteral("db"), db},
                              {QStringLiteral("folder"), workspace.folder()},
                              {QStringLiteral("mailFolder"), workspace.mailFolder()},
                              {QStringLiteral("created"), prepared->created},
                              {QStringLiteral("users"), users}},
                  text);
    return Status::success();
}

} // namespace outreach::cli
