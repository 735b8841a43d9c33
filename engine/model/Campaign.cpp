#include "model/Campaign.h"

#include "core/TimeFormat.h"

#include <QJsonArray>

namespace outreach {
namespace {
QJsonValue optionalTime(const std::optional<qint64>& ms) {
    return ms ? QJsonValue(TimeFormat::isoUtc(*ms)) : QJsonValue(QJsonValue::Null);
}
QJsonValue optionalText(const QString& text) {
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}
} // namespace

QJsonObject Campaign::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("userId"), userId},
            {QStringLiteral("name"), name},
            {QStringLiteral("status"), status},
            {QStringLiteral("scheduleType"), scheduleType},
            {QStringLiteral("scheduleTime"), scheduleTime},
            {QStringLiteral("startDate"), optionalText(startDate)},
            {QStringLiteral("endDate"), optionalText(endDate)},
            {QStringLiteral("recurrenceDays"), recurrenceDays},
            {QStringLiteral("nextRunAt"), optionalTime(nextRunAt)},
            {QStringLiteral("lastRunAt"), optionalTime(lastRunAt)},
            {QStringLiteral("dailyLimit"), dailyLimit},
            {QStringLiteral("keywords"), QJsonArray::fromStringList(keywords)},
            {QStringLiteral("followUpEnabled"), followUpEnabled},
            {QStringLiteral("followUp1DelayDays"), followUp1DelayDays},
            {QStringLiteral("followUp2DelayDays"), followUp2DelayDays},
            {QStringLiteral("subject"), subject},
            {QStringLiteral("createdAt"), TimeFormat::isoUtc(createdAt)},
            {QStringLiteral("updatedAt"), TimeFormat::isoUtc(updatedAt)}};
}

bool Campaign::isValidStatus(const QString& value) {
    static const QStringList valid{QStringLiteral("draft"), QStringLiteral("active"),
                                   QStringLiteral("paused"), QStringLiteral("scheduled"),
                                   QStringLiteral("completed")};
    return valid.contains(value);
}

bool Campaign::isValidScheduleType(const QString& value) {
    static const QStringList valid{QStringLiteral("daily"), QStringLiteral("once"),
                                   QStringLiteral("recurring"), QStringLiteral("manual")};
    return valid.contains(value);
}

Status Campaign::validate() const {
    if (name.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("name"), QStringLiteral("name: must not be empty"));
    if (name.size() > 200)
        return Error::badInput(QStringLiteral("name"),
                               QStringLiteral("name: longer than 200 characters"));
    if (!isValidScheduleType(scheduleType))
        return Error::badInput(
            QStringLiteral("schedule"),
            QStringLiteral("schedule: must be daily, once, recurring or manual"));
    if (Result<QTime> time = TimeFormat::parseHourMinute(QStringLiteral("time"), scheduleTime);
        !time)
        return time.error();
    std::optional<QDate> start;
    if (!startDate.isEmpty()) {
        Result<QDate> parsed = TimeFormat::parseDate(QStringLiteral("start"), startDate);
        if (!parsed)
            return parsed.error();
        start = *parsed;
    }
    if (!endDate.isEmpty()) {
        Result<QDate> parsed = TimeFormat::parseDate(QStringLiteral("end"), endDate);
        if (!parsed)
            return parsed.error();
        if (start && *parsed < *start)
            return Error::badInput(
                QStringLiteral("end"),
                QStringLiteral("end: %1 is before the start date %2").arg(endDate, startDate));
    }
    if (scheduleType == QLatin1String("once") && startDate.isEmpty())
        return Error::badInput(QStringLiteral("start"),
                               QStringLiteral("start: a one-time campaign needs a start date"));
    if (scheduleType == QLatin1String("recurring") && recurrenceDays <= 0)
        return Error::badInput(QStringLiteral("every"),
                               QStringLiteral("every: a recurring campaign needs an interval "
                                              "such as 1d or 1w"));
    if (dailyLimit < 0)
        return Error::badInput(QStringLiteral("daily-limit"),
                               QStringLiteral("daily-limit: must be 0 or more"));
    if (followUp1DelayDays < 0 || followUp2DelayDays < 0)
        return Error::badInput(QStringLiteral("follow-up"),
                               QStringLiteral("follow-up: delays must be 0 days or more"));
    if (!isValidStatus(status))
        return Error::badInput(QStringLiteral("status"), QStringLiteral("status: unknown value"));
    return Status::success();
}

} // namespace outreach
