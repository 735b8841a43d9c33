#include "cli/LeadsCommand.h"

#include "admin/LeadCsvImport.h"
#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "cli/TextTable.h"
#include "sources/LeadCsvParser.h"
#include "store/AdminOwnershipRepository.h"
#include "store/AuditedChange.h"
#include "store/UserScope.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace outreach::cli {
namespace {

QJsonArray errorsJson(const QList<LeadCsvParser::RowError>& errors) {
    QJsonArray array;
    for (const auto& e : errors)
        array.append(
            QJsonObject{{QStringLiteral("line"), e.line}, {QStringLiteral("reason"), e.reason}});
    return array;
}

Status import(CliContext& context, CommandLine& line) {
    Result<QString> path = line.takePositional(QStringLiteral("file"));
    if (!path)
        return path.error();
    if (Status ok = line.expectOnly(
            {QStringLiteral("user"), QStringLiteral("campaign"), QStringLiteral("skip-bad")},
            QStringLiteral("leads import"));
        !ok)
        return ok;
    Result<QString> userText = line.requiredOption(QStringLiteral("user"));
    if (!userText)
        return userText.error();
    Result<qint64> userId = CommandLine::parseId(QStringLiteral("user"), *userText);
    if (!userId)
        return userId.error();
    std::optional<qint64> campaignId;
    if (std::optional<QString> text = line.option(QStringLiteral("campaign"))) {
        Result<qint64> id = CommandLine::parseId(QStringLiteral("campaign"), *text);
        if (!id)
            return id.error();
        campaignId = *id;
    }
    QFile file(*path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(
            QStringLiteral("file"),
            QStringLiteral("file: cannot read '%1': %2").arg(*path, file.errorString()));
    Result<LeadCsvParser::Parsed> parsed = LeadCsvParser::parse(file.readAll());
    if (!parsed)
        return parsed.error();
    const bool skipBad = line.flag(QStringLiteral("skip-bad"));
    if (Status rows = LeadCsvImport::checkRows(*parsed, skipBad); !rows) {
        if (context.json())
            context.print(QJsonObject{{QStringLiteral("imported"), 0},
                                      {QStringLiteral("errors"), errorsJson(parsed->errors)}},
                          {});
        else
            for (const auto& e : parsed->errors.mid(1, 19))
                context.err() << e.message() << '\n';
        Error refused = rows.error();
        refused.message += QStringLiteral(" (use --skip-bad to import the good rows)");
        return refused;
    }

    Result<const Database*> db = context.database();
    if (!db)
        return db.error();
    Result<LeadCsvImport::Outcome> outcome =
        LeadCsvImport::run(**db, context.clock(), *userId, campaignId, *parsed, *path, skipBad);
    if (!outcome)
        return outcome.error();
    QString text = QStringLiteral("imported %1 leads for user %2 (%3 already known)")
                       .arg(outcome->inserted)
                       .arg(*userId)
                       .arg(outcome->duplicates);
    if (skipBad) {
        text += QStringLiteral(", skipped %1 bad rows").arg(outcome->skipped);
        for (const auto& e : parsed->errors.mid(0, 20))
            text += QStringLiteral("\n  ") + e.message();
    }
    context.print(QJsonObject{{QStringLiteral("imported"), outcome->inserted},
                              {QStringLiteral("duplicates"), outcome->duplicates},
                              {QStringLiteral("skipped"), outcome->skipped},
                              {QStringLiteral("errors"), errorsJson(parsed->errors)}},
                  text);
    return Status::success();
}

Status list(CliContext& context, CommandLine& line) {
    if (Status ok = line.expectOnly(
            {QStringLiteral("user"), QStringLiteral("status"), QStringLiteral("limit")},
            QStringLiteral("leads list"));
        !ok)
        return ok;
    Result<QString> userText = line.requiredOption(QStringLiteral("user"));
    if (!userText)
        return userText.error();
    Result<qint64> userId = CommandLine::parseId(QStringLiteral("user"), *userText);
    if (!userId)
        return userId.error();
    const QString status = line.option(QStringLiteral("status")).value_or(QString());
    if (!status.isEmpty() && !Lead::isValidStatus(status))
        return Error::badInput(QStringLiteral("status"),
                               QStringLiteral("--status: '%1' is not a lead status").arg(status));
    Result<int> limit = line.intOption(QStringLiteral("limit"), 1000, 1);
    if (!limit)
        return limit.error();
    Result<const Database*> db = context.database();
    if (!db)
        return db.error();
    Result<UserScope> scope = UserScope::open(**db, context.clock(), *userId);
    if (!scope)
        return scope.error();
    Result<QList<Lead>> leads = scope->leads().list(status, *limit);
    if (!leads)
        return leads.error();
    QJsonArray json;
    TextTable table({QStringLiteral("ID"), QStringLiteral("EMAIL"), QStringLiteral("NAME"),
                     QStringLiteral("COMPANY"), QStringLiteral("SCORE"), QStringLiteral("STATUS")});
    for (const Lead& l : *leads) {
        json.append(l.toJson());
        table.addRow({QString::number(l.id), l.email,
                      QStringLiteral("%1 %2").arg(l.firstName, l.lastName).trimmed(), l.company,
                      QString::number(l.score), l.status});
    }
    context.print(json, table.render());
    return Status::success();
}

Status mark(CliContext& context, CommandLine& line) {
    Result<qint64> id = line.takeId(QStringLiteral("lead"));
    if (!id)
        return id.error();
    Result<QString> status = line.takePositional(QStringLiteral("status"));
    if (!status)
        return status.error();
    const QString reason = line.option(QStringLiteral("reason")).value_or(QString());
    if (Status ok = line.expectOnly({QStringLiteral("reason")}, QStringLiteral("leads mark")); !ok)
        return ok;
    if (*status != QLatin1String("replied") && *status != QLatin1String("converted") &&
        *status != QLatin1String("unsubscribed"))
        return Error::badInput(
            QStringLiteral("status"),
            QStringLiteral("status: '%1' is not replied, converted or unsubscribed").arg(*status));
    Result<const Database*> db = context.database();
    if (!db)
        return db.error();
    Result<qint64> owner = AdminOwnershipRepository(**db).ownerOfLead(*id);
    if (!owner)
        return owner.error();
    Result<UserScope> scope = UserScope::open(**db, context.clock(), *owner);
    if (!scope)
        return scope.error();
    Lead changed;
    AuditEntry entry{.action = QStringLiteral("lead.mark-") + *status,
                     .targetType = QStringLiteral("lead"),
                     .targetId = QString::number(*id),
                     .userId = *owner,
                     .reason = reason};
    Status done = runAudited(**db, context.clock(), entry, [&](AuditEntry&) -> Status {
        Result<Lead> updated = scope->leads().markStatus(*id, *status);
        if (!updated)
            return updated.error();
        changed = *updated;
        // An unsubscribed address must never be written to again, whatever list it comes from.
        if (*status == QLatin1String("unsubscribed"))
            return scope->suppression().add(changed.email, QStringLiteral("unsubscribed"));
        return Status::success();
    });
    if (!done)
        return done;
    context.print(changed.toJson(), QStringLiteral("lead %1 (%2) is now %3")
                                        .arg(changed.id)
                                        .arg(changed.email, changed.status));
    return Status::success();
}

} // namespace

QString LeadsCommand::usage() const {
    return QStringLiteral("leads import --user ID [--campaign ID] [--skip-bad] FILE.csv\n"
                          "leads list --user ID [--status S] [--limit K]\n"
                          "leads mark ID replied|converted|unsubscribed [--reason R]\n");
}

Status LeadsCommand::run(CliContext& context, CommandLine& line) {
    Result<QString> sub = line.takePositional(QStringLiteral("leads sub-command"));
    if (!sub)
        return sub.error();
    if (*sub == QLatin1String("import"))
        return import(context, line);
    if (*sub == QLatin1String("list"))
        return list(context, line);
    if (*sub == QLatin1String("mark"))
        return mark(context, line);
    return Error::badInput(
        QStringLiteral("leads sub-command"),
        QStringLiteral("unknown command 'leads %1'; expected import, list or mark").arg(*sub));
}

} // namespace outreach::cli
