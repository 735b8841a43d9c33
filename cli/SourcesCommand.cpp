#include "cli/SourcesCommand.h"

#include "admin/LeadSourceSetup.h"
#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "cli/SourceEdit.h"
#include "cli/TextTable.h"
#include "cli/UserSelection.h"
#include "store/UserScope.h"

#include <QJsonArray>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QUrl>

namespace outreach::cli {
namespace {

Result<LeadSource> draftFrom(CommandLine& line) {
    LeadSource draft;
    Result<QString> kind = line.requiredOption(QStringLiteral("kind"));
    if (!kind)
        return kind.error();
    if (!LeadSource::isValidKind(*kind))
        return Error::badInput(
            QStringLiteral("kind"),
            QStringLiteral("--kind: '%1' is not http-json, csv or sample").arg(*kind));
    draft.kind = *kind;
    draft.endpoint = line.option(QStringLiteral("url")).value_or(QString()).trimmed();
    if (draft.kind == QLatin1String("http-json")) {
        const QUrl url(draft.endpoint, QUrl::StrictMode);
        if (draft.endpoint.isEmpty())
            return Error::badInput(QStringLiteral("url"),
                                   QStringLiteral("--url is required for an http-json source"));
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            return Error::badInput(QStringLiteral("url"),
                                   QStringLiteral("--url: '%1' is not an http:// or https:// URL")
                                       .arg(draft.endpoint));
        if (!url.password().isEmpty())
            return Error::badInput(QStringLiteral("url"),
                                   QStringLiteral("--url: contains a password; use --api-key-env"));
    } else if (draft.kind == QLatin1String("csv") && draft.endpoint.isEmpty()) {
        return Error::badInput(
            QStringLiteral("url"),
            QStringLiteral("--url (the CSV file's path) is required for a csv source"));
    }
    draft.apiKeyEnv = line.option(QStringLiteral("api-key-env")).value_or(QString());
    static const QRegularExpression envName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (!draft.apiKeyEnv.isEmpty() && !envName.match(draft.apiKeyEnv).hasMatch())
        return Error::badInput(
            QStringLiteral("api-key-env"),
            QStringLiteral("--api-key-env: '%1' is not an environment variable name")
                .arg(draft.apiKeyEnv));
    Result<int> quota = line.intOption(QStringLiteral("monthly-quota"), 1000);
    if (!quota)
        return quota.error();
    draft.monthlyQuota = *quota;
    if (std::optional<QString> cost = line.option(QStringLiteral("cost-per-call"))) {
        bool ok = false;
        draft.costPerCall = cost->toDouble(&ok);
        if (!ok || draft.costPerCall < 0 || !std::isfinite(draft.costPerCall))
            return Error::badInput(
                QStringLiteral("cost-per-call"),
                QStringLiteral("--cost-per-call: '%1' is not an amount of 0 or more").arg(*cost));
    }
    draft.enabled = !line.flag(QStringLiteral("disabled"));
    return draft;
}

Status add(CliContext& context, CommandLine& line) {
    if (Status ok =
            line.expectOnly({QStringLiteral("user"), QStringLiteral("kind"), QStringLiteral("url"),
                             QStringLiteral("api-key-env"), QStringLiteral("monthly-quota"),
                             QStringLiteral("cost-per-call"), QStringLiteral("disabled")},
                            QStringLiteral("sources add"));
        !ok)
        return ok;
    Result<QString> userText = line.requiredOption(QStringLiteral("user"));
    if (!userText)
        return userText.error();
    Result<qint64> userId = CommandLine::parseId(QStringLiteral("user"), *userText);
    if (!userId)
        return userId.error();
    Result<LeadSource> draft = draftFrom(line);
    if (!draft)
        return draft.error();
    Result<const Database*> db = context.database();
    if (!db)
        return db.error();
    const auto env = QProcessEnvironment::systemEnvironment();
    std::optional<QString> apiKey;
    if (!draft->apiKeyEnv.isEmpty() && env.contains(draft->apiKeyEnv))
        apiKey = env.value(draft->apiKeyEnv);
    Result<LeadSourceSetup::Saved> saved =
        LeadSourceSetup::add(**db, context.clock(), *userId, *draft, apiKey);
    if (!saved)
        return saved.error();
    const LeadSource& created = saved->source;
    context.print(created.toJson(),
                  QStringLiteral("source %1: %2 %3, monthly quota %4, %5 per call")
                      .arg(created.id)
                      .arg(created.kind, created.endpoint)
                      .arg(created.monthlyQuota)
                      .arg(created.costPerCall));
    return Status::success();
}

Status list(CliContext& context, CommandLine& line) {
    const std::optional<QString> userText = line.option(QStringLiteral("user"));
    if (Status ok = line.expectOnly({QStringLiteral("user")}, QStringLiteral("sources list")); !ok)
        return ok;
    Result<const Database*> db = context.database();
    if (!db)
        return db.error();
    Result<QList<qint64>> userIds = selectUsers(**db, context.clock(), userText);
    if (!userIds)
        return userIds.error();
    QJsonArray json;
    TextTable table({QStringLiteral("ID"), QStringLiteral("USER"), QStringLiteral("KIND"),
                     QStringLiteral("URL"), QStringLiteral("MONTHLY QUOTA"),
                     QStringLiteral("COST/CALL"), QStringLiteral("ENABLED")});
    for (qint64 userId : *userIds) {
        Result<UserScope> scope = UserScope::open(**db, context.clock(), userId);
        if (!scope)
            return scope.error();
        Result<QList<LeadSource>> sources = scope->sources().list();
        if (!sources)
            return sources.error();
        for (const LeadSource& s : *sources) {
            json.append(s.toJson());
            table.addRow({QString::number(s.id), QString::number(s.userId), s.kind, s.endpoint,
                          QString::number(s.monthlyQuota), QString::number(s.costPerCall),
                          s.enabled ? QStringLiteral("yes") : QStringLiteral("no")});
        }
    }
    context.print(json, table.render());
    return Status::success();
}

} // namespace

QString SourcesCommand::usage() const {
    return QStringLiteral(
        "sources add --user ID --kind http-json|csv|sample [--url URL] [--api-key-env VAR]\n"
        "            [--monthly-quota N] [--cost-per-call X] [--disabled]\n"
        "sources edit ID [--url URL] [--api-key-env VAR] [--monthly-quota N]\n"
        "            [--cost-per-call X] [--enabled | --disabled] [--reason R]\n"
        "sources list [--user ID]\n");
}

Status SourcesCommand::run(CliContext& context, CommandLine& line) {
    Result<QString> sub = line.takePositional(QStringLiteral("sources sub-command"));
    if (!sub)
        return sub.error();
    if (*sub == QLatin1String("add"))
        return add(context, line);
    if (*sub == QLatin1String("edit"))
        return runSourceEdit(context, line);
    if (*sub == QLatin1String("list"))
        return list(context, line);
    return Error::badInput(
        QStringLiteral("sources sub-command"),
        QStringLiteral("unknown command 'sources %1'; expected add, edit or list").arg(*sub));
}

} // namespace outreach::cli
