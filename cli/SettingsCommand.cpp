#include "cli/SettingsCommand.h"

#include "store/AuditedChange.h"
#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "cli/TextTable.h"
#include "outbox/DeliveryPolicy.h"
#include "store/EngineSettingsRepository.h"

#include <QJsonObject>

namespace outreach::cli {
namespace {

struct Setting {
    const char* key;
    const char* meaning;
};

// The settings an admin may change here; retention has its own command (`logs retention`).
constexpr Setting kSettings[] = {
    {DeliveryPolicy::kUnsubscribeUrlKey,
     "https one-click unsubscribe URL with a {token} placeholder (List-Unsubscribe)"},
    {DeliveryPolicy::kDryRunDirKey,
     "absolute folder: every message is written there as .eml instead of being sent"},
    {DeliveryPolicy::kMaxAttemptsKey,
     "attempts before a temporarily failing message becomes failed (1-100, default 5)"},
};

bool isKnown(const QString& key) {
    for (const Setting& s : kSettings)
        if (key == QLatin1String(s.key))
            return true;
    return false;
}

Result<QString> takeKey(CommandLine& line) {
    Result<QString> key = line.takePositional(QStringLiteral("key"));
    if (!key)
        return key.error();
    if (!isKnown(*key)) {
        QStringList keys;
        for (const Setting& s : kSettings)
            keys << QString::fromLatin1(s.key);
        return Error::badInput(QStringLiteral("key"),
                               QStringLiteral("key: '%1' is not one of %2")
                                   .arg(*key, keys.join(QStringLiteral(", "))));
    }
    return *key;
}

Status show(CliContext& context, CommandLine& line) {
    if (Status ok = line.expectOnly({}, QStringLiteral("settings")); !ok)
        return ok;
    Result<const Database*> db = context.database();
    if (!db)
        return db.error();
    const EngineSettingsRepository settings(**db, context.clock());
    QJsonObject json;
    TextTable table({QStringLiteral("KEY"), QStringLiteral("VALUE"), QStringLiteral("MEANING")});
    for (const Setting& s : kSettings) {
        Result<std::optional<QString>> value = settings.value(QString::fromLatin1(s.key));
        if (!value)
            return value.error();
        const QString text = value->value_or(QString());
        json.insert(QString::fromLatin1(s.key),
                    text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text));
        table.addRow({QString::fromLatin1(s.key),
                      text.isEmpty() ? QStringLiteral("(not set)") : text,
                      QString::fromLatin1(s.meaning)});
    }
    context.print(json, table.render());
    return Status::success();
}

Status change(CliContext& context, CommandLine& line, bool unset) {
    Result<QString> key = takeKey(line);
    if (!key)
        return key.error();
    QString value;
    if (!unset) {
        Result<QString> given = line.takePositional(QStringLiteral("value"));
        if (!given)
            return given.error();
        value = given->trimmed();
        if (value.isEmpty())
            return Error::badInput(
                QStringLiteral("value"),
                QStringLiteral("value: is empty; use `settings unset %1`").arg(*key));
    }
    const QString reason = line.option(QStringLiteral("reason")).value_or(QString());
    const QString verb = unset ? QStringLiteral("unset") : QStringLiteral("set");
    if (Status ok = line.expectOnly({QStringLiteral("reason")}, QStringLiteral("settings ") + verb);
        !ok)
        return ok;
    Result<const Database*> db = context.database();
    if (!db)
        return db.error();
    AuditEntry entry{.action = QStringLiteral("settings.") + verb,
                     .targetType = QStringLiteral("setting"),
                     .targetId = *key,
                     .reason = reason,
                     .details = unset ? QString() : value};
    Status done = runAudited(**db, context.clock(), entry, [&](AuditEntry&) -> Status {
        if (Status set = EngineSettingsRepository(**db, context.clock()).setValue(*key, value);
            !set)
            return set;
        // Read back through the send path: the error names the key, and the transaction
        // rolls the value back.
        Result<DeliveryPolicy> policy =
            DeliveryPolicy::fromAgencySettings(**db, context.clock(), DeliveryPolicy{});
        return policy ? Status::success() : Status(policy.error());
    });
    if (!done)
        return done;
    context.print(QJsonObject{{QStringLiteral("key"), *key},
                              {QStringLiteral("value"),
                               unset ? QJsonValue(QJsonValue::Null) : QJsonValue(value)}},
                  unset ? QStringLiteral("%1 is no longer set").arg(*key)
                        : QStringLiteral("%1 = %2").arg(*key, value));
    return Status::success();
}

} // namespace

QString SettingsCommand::usage() const {
    return QStringLiteral("settings | set KEY VALUE [--reason R] | unset KEY [--reason R]\n"
                          "           (KEY: mail.unsubscribe-url, mail.dry-run-dir, "
                          "mail.max-attempts)\n");
}

Status SettingsCommand::run(CliContext& context, CommandLine& line) {
    std::optional<QString> sub = line.takeOptionalPositional();
    if (!sub)
        return show(context, line);
    if (*sub == QLatin1String("set"))
        return change(context, line, false);
    if (*sub == QLatin1String("unset"))
        return change(context, line, true);
    return Error::badInput(
        QStringLiteral("settings sub-command"),
        QStringLiteral("unknown command 'settings %1'; expected set or unset").arg(*sub));
}

} // namespace outreach::cli
