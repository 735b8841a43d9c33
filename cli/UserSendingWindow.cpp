#include "cli/UserSendingWindow.h"

#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "outbox/SendingWindow.h"
#include "store/AuditedChange.h"
#include "store/UserScope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace outreach::cli {
namespace {

// "1-5" or "1,3,5" or "1-3,6" -> [1, 2, 3, 6]; range checks are SendingWindow's.
Result<QJsonArray> parseDays(const QString& text) {
    QJsonArray days;
    const auto bad = [&] {
        return Error::badInput(QStringLiteral("days"),
                               QStringLiteral("days: '%1' is not a list of weekdays like 1-5 or "
                                              "1,3,5 (1 = Monday)")
                                   .arg(text));
    };
    for (const QString& part : text.split(QLatin1Char(','))) {
        const QStringList ends = part.trimmed().split(QLatin1Char('-'));
        bool okFirst = false;
        bool okLast = false;
        const int first = ends.value(0).toInt(&okFirst);
        const int last = ends.size() == 2 ? ends.value(1).toInt(&okLast) : first;
        if (!okFirst || (ends.size() == 2 && !okLast) || ends.size() > 2 || last < first ||
            first < 1 || last > 7)
            return bad();
        for (int day = first; day <= last; ++day)
            days.append(day);
    }
    return days;
}

void printWindow(CliContext& context, qint64 userId, const std::optional<SendingWindow>& window) {
    QJsonObject json{{QStringLiteral("userId"), userId}};
    json.insert(QStringLiteral("window"),
                window ? QJsonValue(QJsonDocument::fromJson(window->toJson().toUtf8()).object())
                       : QJsonValue(QJsonValue::Null));
    context.print(json, window ? QStringLiteral("user %1 sends %2 (in the user's time zone)")
                                     .arg(userId)
                                     .arg(window->describe())
                               : QStringLiteral("user %1 may send at any time").arg(userId));
}

} // namespace

Status userSendingWindow(CliContext& context, CommandLine& line) {
    Result<qint64> id = line.takeId(QStringLiteral("user"));
    if (!id)
        return id.error();
    const std::optional<QString> days = line.option(QStringLiteral("days"));
    const std::optional<QString> start = line.option(QStringLiteral("start"));
    const std::optional<QString> end = line.option(QStringLiteral("end"));
    const bool clear = line.flag(QStringLiteral("clear"));
    const QString reason = line.option(QStringLiteral("reason")).value_or(QString());
    if (Status ok =
            line.expectOnly({QStringLiteral("days"), QStringLiteral("start"), QStringLiteral("end"),
                             QStringLiteral("clear"), QStringLiteral("reason")},
                            QStringLiteral("users window"));
        !ok)
        return ok;
    const bool setting = days || start || end;
    if (clear && setting)
        return Error::badInput(QStringLiteral("clear"),
                               QStringLiteral("clear: cannot be combined with --days, --start "
                                              "or --end"));
    std::optional<SendingWindow> window;
    if (setting) {
        for (auto [name, value] :
             {std::pair{QStringLiteral("days"), days}, std::pair{QStringLiteral("start"), start},
              std::pair{QStringLiteral("end"), end}})
            if (!value)
                return Error::badInput(name, QStringLiteral("%1: is needed to set a sending "
                                                            "window (--days, --start and --end)")
                                                 .arg(name));
        Result<QJsonArray> dayList = parseDays(*days);
        if (!dayList)
            return dayList.error();
        Result<SendingWindow> parsed = SendingWindow::parse(
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("days"), *dayList},
                                                        {QStringLiteral("start"), *start},
                                                        {QStringLiteral("end"), *end}})
                                  .toJson(QJsonDocument::Compact)));
        if (!parsed)
            return parsed.error();
        window = *parsed;
    }
    Result<const Database*> db = context.database();
    if (!db)
        return db.error();
    Result<UserScope> scope = UserScope::open(**db, context.clock(), *id);
    if (!scope)
        return scope.error();
    const UserSettingRepository settings = scope->settings();
    if (!setting && !clear) {
        Result<std::optional<QString>> stored = settings.value(SendingWindow::kSettingName);
        if (!stored)
            return stored.error();
        std::optional<SendingWindow> current;
        if (stored->has_value()) {
            Result<SendingWindow> parsed = SendingWindow::parse(**stored);
            if (!parsed)
                return parsed.error();
            current = *parsed;
        }
        printWindow(context, *id, current);
        return Status::success();
    }
    AuditEntry entry{.action = QStringLiteral("user.sending-window"),
                     .targetType = QStringLiteral("user"),
                     .targetId = QString::number(*id),
                     .userId = *id,
                     .reason = reason,
                     .details = window ? window->toJson() : QString()};
    Status done = runAudited(**db, context.clock(), entry, [&](AuditEntry&) -> Status {
        return window ? settings.setValue(SendingWindow::kSettingName, window->toJson())
                      : settings.remove(SendingWindow::kSettingName);
    });
    if (!done)
        return done;
    printWindow(context, *id, window);
    return Status::success();
}

} // namespace outreach::cli
