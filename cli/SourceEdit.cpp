#include "cli/SourceEdit.h"

#include "admin/LeadSourceSetup.h"
#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "store/AdminOwnershipRepository.h"
#include "store/UserScope.h"

#include <QProcessEnvironment>
#include <cmath>

namespace outreach::cli {
namespace {

// The draft's field names, as the options that set them.
QString optionOf(const QString& field) {
    if (field == QLatin1String("apiKeyEnv"))
        return QStringLiteral("api-key-env");
    if (field == QLatin1String("monthlyQuota"))
        return QStringLiteral("monthly-quota");
    if (field == QLatin1String("costPerCall"))
        return QStringLiteral("cost-per-call");
    return field;
}

} // namespace

Status runSourceEdit(CliContext& context, CommandLine& line) {
    Result<qint64> sourceId = line.takeId(QStringLiteral("source"));
    if (!sourceId)
        return sourceId.error();
    if (Status ok = line.expectOnly({QStringLiteral("url"), QStringLiteral("api-key-env"),
                                     QStringLiteral("monthly-quota"),
                                     QStringLiteral("cost-per-call"), QStringLiteral("enabled"),
                                     QStringLiteral("disabled"), QStringLiteral("reason")},
                                    QStringLiteral("sources edit"));
        !ok)
        return ok;
    if (line.flag(QStringLiteral("enabled")) && line.flag(QStringLiteral("disabled")))
        return Error::badInput(QStringLiteral("enabled"),
                               QStringLiteral("--enabled and --disabled contradict each other"));
    Result<const Database*> db = context.database();
    if (!db)
        return db.error();
    Result<qint64> owner = AdminOwnershipRepository(**db).ownerOfSource(*sourceId);
    if (!owner)
        return owner.error();
    Result<UserScope> scope = UserScope::open(**db, context.clock(), *owner);
    if (!scope)
        return scope.error();
    Result<LeadSource> current = scope->sources().find(*sourceId);
    if (!current)
        return current.error();
    LeadSource changed = *current;
    changed.endpoint = line.option(QStringLiteral("url")).value_or(changed.endpoint).trimmed();
    changed.apiKeyEnv = line.option(QStringLiteral("api-key-env")).value_or(changed.apiKeyEnv);
    Result<int> quota = line.intOption(QStringLiteral("monthly-quota"), changed.monthlyQuota);
    if (!quota)
        return quota.error();
    changed.monthlyQuota = *quota;
    if (std::optional<QString> cost = line.option(QStringLiteral("cost-per-call"))) {
        bool ok = false;
        changed.costPerCall = cost->toDouble(&ok);
        if (!ok || changed.costPerCall < 0 || !std::isfinite(changed.costPerCall))
            return Error::badInput(
                QStringLiteral("cost-per-call"),
                QStringLiteral("--cost-per-call: '%1' is not an amount of 0 or more").arg(*cost));
    }
    if (line.flag(QStringLiteral("enabled")))
        changed.enabled = true;
    if (line.flag(QStringLiteral("disabled")))
        changed.enabled = false;
    if (Status valid = LeadSourceSetup::validate(changed); !valid)
        return Error::badInput(optionOf(valid.error().field),
                               QStringLiteral("--") + valid.error().message);

    std::optional<QString> apiKey;
    const auto env = QProcessEnvironment::systemEnvironment();
    if (line.option(QStringLiteral("api-key-env")) && env.contains(changed.apiKeyEnv))
        apiKey = env.value(changed.apiKeyEnv);
    Result<LeadSourceSetup::Saved> saved =
        LeadSourceSetup::update(**db, context.clock(), *owner, changed, apiKey,
                                line.option(QStringLiteral("reason")).value_or(QString()));
    if (!saved)
        return saved.error();
    const LeadSource& stored = saved->source;
    context.print(stored.toJson(), QStringLiteral("source %1: %2 %3, monthly quota %4, %5 per call")
                                       .arg(stored.id)
                                       .arg(stored.kind, stored.endpoint)
                                       .arg(stored.monthlyQuota)
                                       .arg(stored.costPerCall));
    return Status::success();
}

} // namespace outreach::cli
