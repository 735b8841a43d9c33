#include "cli/CampaignsCommand.h"

#include "admin/CampaignSetup.h"
#include "campaigns/CampaignExecutionService.h"
#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "cli/TextTable.h"
#include "cli/UserSelection.h"
#include "core/TimeFormat.h"
#include "store/AdminOwnershipRepository.h"
#include "store/UserRepository.h"
#include "store/UserScope.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

namespace outreach::cli {
namespace {

Result<QString> readBodyFile(const QString& option, const std::optional<QString>& path) {
    if (!path)
        return QString();
    QFile file(*path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(
            option,
            QStringLiteral("--%1: cannot read '%2': %3").arg(option, *path, file.errorString()));
    return QString::fromUtf8(file.readAll());
}

// --every 1d | 2w | 3 (days)
Result<int> parseInterval(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,3})([dw]?)$"));
    const auto match = pattern.match(text.trimmed());
    const int count = match.hasMatch() ? match.captured(1).toInt() : 0;
    if (count <= 0)
        return Error::badInput(
            QStringLiteral("every"),
            QStringLiteral("--every: '%1' is not an interval such as 1d or 2w").arg(text));
    return match.captured(2) == QLatin1String("w") ? count * 7 : count;
}

// --follow-up 3,4: days after the first email, then days after follow-up 1.
Status applyFollowUp(Campaign& draft, const QString& text) {
    const QStringList parts = text.split(QLatin1Char(','));
    bool ok1 = false;
    bool ok2 = parts.size() == 2;
    const int d1 = parts.value(0).trimmed().toInt(&ok1);
    const int d2 = ok2 ? parts.value(1).trimmed().toInt(&ok2) : 0;
    if (!ok1 || !ok2 || d1 < 1 || d2 < 1)
        return Error::badInput(
            QStringLiteral("follow-up"),
            QStringLiteral("--follow-up: '%1' is not two day counts such as 3,4").arg(text));
    draft.followUpEnabled = true;
    draft.followUp1DelayDays = d1;
    draft.followUp2DelayDays = d2;
    return Status::success();
}

Status add(CliContext& context, CommandLine& line) {
    if (Status ok = line.expectOnly(
            {QStringLiteral("user"), QStringLiteral("name"), QStringLiteral("schedule"),
             QStringLiteral("time"), QStringLiteral("start"), QStringLiteral("end"),
             QStringLiteral("every"), QStringLiteral("daily-limit"), QStringLiteral("follow-up"),
             QStringLiteral("keywords"), QStringLiteral("subject"), QStringLiteral("body-file"),
             QStringLiteral("followup1-body-file"), QStringLiteral("followup2-body-file")},
            QStringLiteral("campaigns add"));
        !ok)
        return ok;
    Result<QString> userText = line.requiredOption(QStringLiteral("user"));
    if (!userText)
        return userText.error();
    Result<qint64> userId = CommandLine::parseId(QStringLiteral("user"), *userText);
    if (!userId)
        return userId.error();
    Campaign draft;
    Result<QString> name = line.requiredOption(QStringLiteral("name"));
    if (!name)
        return name.error();
    draft.name = *name;
    Result<QString> schedule = line.requiredOption(QStringLiteral("schedule"));
    if (!schedule)
        return schedule.error();
    draft.scheduleType = *schedule;
    draft.scheduleTime = line.option(QStringLiteral("time")).value_or(QStringLiteral("09:00"));
    draft.startDate = line.option(QStringLiteral("start")).value_or(QString());
    draft.endDate = line.option(QStringLiteral("end")).value_or(QString());
    if (std::optional<QString> every = line.option(QStringLiteral("every"))) {
        Result<int> days = parseInterval(*every);
        if (!days)
            return days.error();
        draft.recurrenceDays = *days;
    }
    Result<int> limit = line.intOption(QStringLiteral("daily-limit"), draft.dailyLimit);
    if (!limit)
        return limit.error();
    draft.dailyLimit = *limit;
    if (std::optional<QString> followUp = line.option(QStringLiteral("follow-up")))
        if (Status ok = applyFollowUp(draft, *followUp); !ok)
            return ok;
    for (const QString& keyword :
         line.option(QStringLiteral("keywords")).value_or(QString()).split(QLatin1Char(',')))
        if (!keyword.trimmed().isEmpty())
            draft.keywords.append(keyword.trimmed());
    draft.subject = line.option(QStringLiteral("subject")).value_or(QString());
    for (const auto& [option, body] :
         {std::pair{QStringLiteral("body-file"), &draft.bodyInitial},
          std::pair{QStringLiteral("followup1-body-file"), &draft.bodyFollowUp1},
          std::pair{QStringLiteral("followup2-body-file"), &draft.bodyFollowUp2}}) {
        Result<QString> text = readBodyFile(option, line.option(option));
        if (!text)
            return text.error();
        *body = *text;
    }
    // The CLI words this rule after its own options; CampaignSetup words it for the console.
    if (CampaignSetup::missingSubject(draft))
        return Error::badInput(QStringLiteral("subject"),
                               QStringLiteral("--subject is required with --body-file"));
    // Checked before the database is opened, like every other option: bad input is exit 2
    // even where there is no database. CampaignSetup::add checks it again, which costs nothing.
    draft.status = CampaignSetup::initialStatus(draft.scheduleType);
    if (Status valid = CampaignSetup::check(draft); !valid)
        return valid;

    Result<const Database*> db = context.database();
    if (!db)
        return db.error();
    Result<Campaign> created = CampaignSetup::add(**db, context.clock(), *userId, draft);
    if (!created)
        return created.error();
    context.print(created->toJson(), QStringLiteral("campaign %1: %2 (%3, %4 at %5)")
                                         .arg(created->id)
                                         .arg(created->name, created->status, created->scheduleType,
                                              created->scheduleTime));
    return Status::success();
}

Status list(CliContext& context, CommandLine& line) {
    const std::optional<QString> userText = line.option(QStringLiteral("user"));
    if (Status ok = line.expectOnly({QStringLiteral("user")}, QStringLiteral("campaigns list"));
        !ok)
        return ok;
    Result<const Database*> db = context.database();
    if (!db)
        return db.error();
    Result<QList<qint64>> userIds = selectUsers(**db, context.clock(), userText);
    if (!userIds)
        return userIds.error();
    QJsonArray json;
    TextTable table({QStringLiteral("ID"), QStringLiteral("USER"), QStringLiteral("NAME"),
                     QStringLiteral("STATUS"), QStringLiteral("SCHEDULE"), QStringLiteral("TIME"),
                     QStringLiteral("DAILY LIMIT"), QStringLiteral("NEXT RUN")});
    for (qint64 userId : *userIds) {
        Result<UserScope> scope = UserScope::open(**db, context.clock(), userId);
        if (!scope)
            return scope.error();
        Result<QList<Campaign>> campaigns = scope->campaigns().list();
        if (!campaigns)
            return campaigns.error();
        for (const Campaign& c : *campaigns) {
            json.append(c.toJson());
            table.addRow({QString::number(c.id), QString::number(c.userId), c.name, c.status,
                          c.scheduleType, c.scheduleTime, QString::number(c.dailyLimit),
                          c.nextRunAt ? TimeFormat::isoUtc(*c.nextRunAt) : QStringLiteral("-")});
        }
    }
    context.print(json, table.render());
    return Status::success();
}

Status setStatus(CliContext& context, CommandLine& line, const QString& verb) {
    Result<qint64> id = line.takeId(QStringLiteral("campaign"));
    if (!id)
        return id.error();
    const QString reason = line.option(QStringLiteral("reason")).value_or(QString());
    if (Status ok =
            line.expectOnly({QStringLiteral("reason")}, QStringLiteral("campaigns ") + verb);
        !ok)
        return ok;
    Result<const Database*> db = context.database();
    if (!db)
        return db.error();
    Result<qint64> owner = AdminOwnershipRepository(**db).ownerOfCampaign(*id);
    if (!owner)
        return owner.error();
    Result<Campaign> changed = CampaignSetup::setPaused(**db, context.clock(), *owner, *id,
                                                        verb == QLatin1String("pause"), reason);
    if (!changed)
        return changed.error();
    context.print(changed->toJson(), QStringLiteral("campaign %1: %2 is now %3")
                                         .arg(changed->id)
                                         .arg(changed->name, changed->status));
    return Status::success();
}

// Runs one campaign now, whatever its schedule (lead generation, then initial emails), and
// audits it as campaign.run. The mail goes out with the next send-campaign-emails run.
Status runNow(CliContext& context, CommandLine& line) {
    Result<qint64> id = line.takeId(QStringLiteral("campaign"));
    if (!id)
        return id.error();
    const QString reason = line.option(QStringLiteral("reason")).value_or(QString());
    if (Status ok = line.expectOnly({QStringLiteral("reason")}, QStringLiteral("campaigns run"));
        !ok)
        return ok;
    Result<const Database*> db = context.database();
    if (!db)
        return db.error();
    Result<qint64> owner = AdminOwnershipRepository(**db).ownerOfCampaign(*id);
    if (!owner)
        return owner.error();
    Result<User> user = UserRepository(**db, context.clock()).find(*owner);
    if (!user)
        return user.error();
    Result<UserScope> scope = UserScope::open(**db, context.clock(), *owner);
    if (!scope)
        return scope.error();
    Result<CampaignExecutionService::Execution> execution =
        CampaignExecutionService(**db, context.clock())
            .runNow(*scope, *user, *id, QString(), reason);
    if (!execution)
        return execution.error();
    context.print(execution->toJson(),
                  QStringLiteral("campaign %1: %2 ran now: %3")
                      .arg(QString::number(*id), execution->campaignName, execution->summary()));
    return Status::success();
}

} // namespace

QString CampaignsCommand::usage() const {
    return QStringLiteral(
        "campaigns add --user ID --name N --schedule daily|once|recurring|manual [--time HH:MM]\n"
        "          [--start DATE] [--end DATE] [--every 1d|1w] [--daily-limit N] [--follow-up "
        "D1,D2]\n"
        "          [--keywords K,...] [--subject S --body-file F] [--followup1-body-file F]\n"
        "          [--followup2-body-file F]\n"
        "campaigns list [--user ID] | pause ID [--reason R] | resume ID [--reason R]\n"
        "campaigns run ID [--reason R]      (force one campaign now, audited)\n");
}

Status CampaignsCommand::run(CliContext& context, CommandLine& line) {
    Result<QString> sub = line.takePositional(QStringLiteral("campaigns sub-command"));
    if (!sub)
        return sub.error();
    if (*sub == QLatin1String("add"))
        return add(context, line);
    if (*sub == QLatin1String("list"))
        return list(context, line);
    if (*sub == QLatin1String("pause") || *sub == QLatin1String("resume"))
        return setStatus(context, line, *sub);
    if (*sub == QLatin1String("run"))
        return runNow(context, line);
    return Error::badInput(QStringLiteral("campaigns sub-command"),
                           QStringLiteral("unknown command 'campaigns %1'; expected add, list, "
                                          "pause, resume or run")
                               .arg(*sub));
}

} // namespace outreach::cli
