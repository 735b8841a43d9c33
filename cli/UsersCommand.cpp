#include "cli/UsersCommand.h"

#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "cli/TextTable.h"
#include "cli/UserSendingWindow.h"
#include "store/AuditedChange.h"
#include "store/UserRepository.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace outreach::cli {
namespace {

QString describe(const User& u) {
    return QStringLiteral("user %1: %2 <%3>, %4, zone %5, daily email quota %6, monthly lead "
                          "quota %7")
        .arg(u.id)
        .arg(u.name, u.email, u.status, u.timeZone)
        .arg(u.dailyEmailQuota)
        .arg(u.monthlyLeadQuota);
}

Status add(CliContext& context, CommandLine& line) {
    if (Status ok = line.expectOnly({QStringLiteral("email"), QStringLiteral("name"),
                                     QStringLiteral("tz"), QStringLiteral("daily-email-quota"),
                                     QStringLiteral("monthly-lead-quota")},
                                    QStringLiteral("users add"));
        !ok)
        return ok;
    User draft;
    Result<QString> email = line.requiredOption(QStringLiteral("email"));
    if (!email)
        return email.error();
    Result<QString> name = line.requiredOption(QStringLiteral("name"));
    if (!name)
        return name.error();
    draft.email = *email;
    draft.name = *name;
    draft.timeZone = line.option(QStringLiteral("tz")).value_or(QStringLiteral("UTC"));
    Result<int> daily = line.intOption(QStringLiteral("daily-email-quota"), draft.dailyEmailQuota);
    if (!daily)
        return daily.error();
    Result<int> monthly =
        line.intOption(QStringLiteral("monthly-lead-quota"), draft.monthlyLeadQuota);
    if (!monthly)
        return monthly.error();
    draft.dailyEmailQuota = *daily;
    draft.monthlyLeadQuota = *monthly;
    if (Status valid = draft.validate(); !valid)
        return valid;

    Result<const Database*> db = context.database();
    if (!db)
        return db.error();
    const UserRepository users(**db, context.clock());
    User created;
    AuditEntry entry{.action = QStringLiteral("user.add"), .targetType = QStringLiteral("user")};
    Status done = runAudited(**db, context.clock(), entry, [&](AuditEntry& audit) -> Status {
        Result<User> added = users.add(draft);
        if (!added)
            return added.error();
        created = *added;
        audit.targetId = QString::number(created.id);
        audit.userId = created.id;
        audit.details =
            QString::fromUtf8(QJsonDocument(created.toJson()).toJson(QJsonDocument::Compact));
        return Status::success();
    });
    if (!done)
        return done;
    context.print(created.toJson(), describe(created));
    return Status::success();
}

Status list(CliContext& context, CommandLine& line) {
    if (Status ok = line.expectOnly({}, QStringLiteral("users list")); !ok)
        return ok;
    Result<const Database*> db = context.database();
    if (!db)
        return db.error();
    Result<QList<User>> users = UserRepository(**db, context.clock()).list();
    if (!users)
        return users.error();
    QJsonArray json;
    TextTable table({QStringLiteral("ID"), QStringLiteral("EMAIL"), QStringLiteral("NAME"),
                     QStringLiteral("STATUS"), QStringLiteral("ZONE"),
                     QStringLiteral("DAILY EMAILS"), QStringLiteral("MONTHLY LEADS")});
    for (const User& u : *users) {
        json.append(u.toJson());
        table.addRow({QString::number(u.id), u.email, u.name, u.status, u.timeZone,
                      QString::number(u.dailyEmailQuota), QString::number(u.monthlyLeadQuota)});
    }
    context.print(json, table.render());
    return Status::success();
}

Status show(CliContext& context, CommandLine& line) {
    Result<qint64> id = line.takeId(QStringLiteral("user"));
    if (!id)
        return id.error();
    if (Status ok = line.expectOnly({}, QStringLiteral("users show")); !ok)
        return ok;
    Result<const Database*> db = context.database();
    if (!db)
        return db.error();
    Result<User> user = UserRepository(**db, context.clock()).find(*id);
    if (!user)
        return user.error();
    context.print(user->toJson(), describe(*user));
    return Status::success();
}

Status setStatus(CliContext& context, CommandLine& line, const QString& verb,
                 const QString& status) {
    Result<qint64> id = line.takeId(QStringLiteral("user"));
    if (!id)
        return id.error();
    const QString reason = line.option(QStringLiteral("reason")).value_or(QString());
    if (Status ok = line.expectOnly({QStringLiteral("reason")}, QStringLiteral("users ") + verb);
        !ok)
        return ok;
    Result<const Database*> db = context.database();
    if (!db)
        return db.error();
    const UserRepository users(**db, context.clock());
    User changed;
    AuditEntry entry{.action = QStringLiteral("user.") + verb,
                     .targetType = QStringLiteral("user"),
                     .targetId = QString::number(*id),
                     .userId = *id,
                     .reason = reason};
    Status done = runAudited(**db, context.clock(), entry, [&](AuditEntry&) -> Status {
        Result<User> updated = users.setStatus(*id, status);
        if (!updated)
            return updated.error();
        changed = *updated;
        return Status::success();
    });
    if (!done)
        return done;
    context.print(changed.toJson(), describe(changed));
    return Status::success();
}

} // namespace

QString UsersCommand::usage() const {
    return QStringLiteral(
        "users add --email E --name N [--tz ZONE] [--daily-email-quota N] [--monthly-lead-quota "
        "N]\n"
        "users list | show ID | pause ID [--reason R] | resume ID [--reason R]\n"
        "users window ID [--days 1-5 --start HH:MM --end HH:MM | --clear] [--reason R]\n");
}

Status UsersCommand::run(CliContext& context, CommandLine& line) {
    Result<QString> sub = line.takePositional(QStringLiteral("users sub-command"));
    if (!sub)
        return sub.error();
    if (*sub == QLatin1String("add"))
        return add(context, line);
    if (*sub == QLatin1String("list"))
        return list(context, line);
    if (*sub == QLatin1String("show"))
        return show(context, line);
    if (*sub == QLatin1String("pause"))
        return setStatus(context, line, QStringLiteral("pause"), QStringLiteral("paused"));
    if (*sub == QLatin1String("resume"))
        return setStatus(context, line, QStringLiteral("resume"), QStringLiteral("active"));
    if (*sub == QLatin1String("window"))
        return userSendingWindow(context, line);
    return Error::badInput(QStringLiteral("users sub-command"),
                           QStringLiteral("unknown command 'users %1'; expected add, list, show, "
                                          "pause, resume or window")
                               .arg(*sub));
}

} // namespace outreach::cli
