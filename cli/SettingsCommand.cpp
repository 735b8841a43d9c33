#include "cli/SettingsCommand.h"

#include "admin/AgencySettings.h"
#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "cli/TextTable.h"

#include <QJsonObject>

namespace outreach::cli {
namespace {

Result<QString> takeKey(CommandLine& line) {
    Result<QString> key = line.takePositional(QStringLiteral("key"));
    if (!key)
        return key.error();
    if (!AgencySettings::isKnown(*key)) {
        QStringList keys;
        for (const AgencySettings::Setting& s : AgencySettings::known())
            keys << s.key;
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
    Result<QList<AgencySettings::Value>> values = AgencySettings::values(**db, context.clock());
    if (!values)
        return values.error();
    const QList<AgencySettings::Setting> known = AgencySettings::known();
    QJsonObject json;
    TextTable table({QStringLiteral("KEY"), QStringLiteral("VALUE"), QStringLiteral("MEANING")});
    for (qsizetype i = 0; i < known.size(); ++i) {
        const QString& text = values->at(i).value;
        json.insert(known.at(i).key,
                    text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text));
        table.addRow({known.at(i).key, text.isEmpty() ? QStringLiteral("(not set)") : text,
                      known.at(i).meaning});
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
    Status done = AgencySettings::change(
        **db, context.clock(), *key, unset ? std::nullopt : std::optional<QString>(value), reason);
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
