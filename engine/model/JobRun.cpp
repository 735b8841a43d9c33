#include "model/JobRun.h"

#include "core/TimeFormat.h"

#include <QStringList>
#include <algorithm>

namespace outreach {

int JobRun::usersCancelled() const {
    return std::max(0, usersTotal - usersDone - usersFailed - usersSkipped);
}

qint64 JobRun::durationMs() const {
    return finishedAt ? std::max<qint64>(0, *finishedAt - startedAt) : 0;
}

QString JobRun::summary() const {
    QStringList parts;
    const int attempted = usersDone + usersFailed;
    if (usersFailed > 0)
        parts << QStringLiteral("%1 of %2 users failed").arg(usersFailed).arg(attempted);
    else
        parts << QStringLiteral("%1 of %2 users succeeded").arg(usersDone).arg(attempted);
    if (usersSkipped > 0)
        parts << QStringLiteral("%1 skipped").arg(usersSkipped);
    if (isFinished() && usersCancelled() > 0)
        parts << QStringLiteral("%1 not started").arg(usersCancelled());
    parts << QStringLiteral("%1 items").arg(items);
    QString text = status + QStringLiteral(": ") + parts.join(QStringLiteral(", "));
    if (!error.isEmpty() && !text.contains(error))
        text += QStringLiteral(" (") + error + QLatin1Char(')');
    return text;
}

QJsonObject JobRun::toJson() const {
    auto optionalInt = [](const std::optional<qint64>& v) {
        return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
    };
    return {{QStringLiteral("id"), id},
            {QStringLiteral("job"), job},
            {QStringLiteral("trigger"), trigger},
            {QStringLiteral("status"), status},
            {QStringLiteral("occurrenceAt"),
             occurrenceAt ? QJsonValue(TimeFormat::isoUtc(*occurrenceAt)) : QJsonValue()},
            {QStringLiteral("occurrenceKey"), occurrenceKey},
            {QStringLiteral("startedAt"), TimeFormat::isoUtc(startedAt)},
            {QStringLiteral("finishedAt"),
             finishedAt ? QJsonValue(TimeFormat::isoUtc(*finishedAt)) : QJsonValue()},
            {QStringLiteral("durationMs"), durationMs()},
            {QStringLiteral("usersTotal"), usersTotal},
            {QStringLiteral("usersSucceeded"), usersDone},
            {QStringLiteral("usersFailed"), usersFailed},
            {QStringLiteral("usersSkipped"), usersSkipped},
            {QStringLiteral("usersCancelled"), isFinished() ? usersCancelled() : 0},
            {QStringLiteral("items"), items},
            {QStringLiteral("summary"), summary()},
            {QStringLiteral("error"), error},
            {QStringLiteral("owner"), owner},
            {QStringLiteral("requestedBy"), requestedBy},
            {QStringLiteral("retryOf"), optionalInt(retryOf)},
            {QStringLiteral("userId"), optionalInt(targetUserId)},
            {QStringLiteral("forced"), forced},
            {QStringLiteral("cancelRequested"), cancelRequested},
            {QStringLiteral("reason"), reason}};
}

bool JobRun::isValidStatus(const QString& status) {
    static const QStringList valid{QStringLiteral("running"), QStringLiteral("succeeded"),
                                   QStringLiteral("partial"), QStringLiteral("failed"),
                                   QStringLiteral("cancelled")};
    return valid.contains(status);
}

} // namespace outreach
