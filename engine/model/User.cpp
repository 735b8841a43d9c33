#include "model/User.h"

#include "core/TimeFormat.h"
#include "mail/EmailAddress.h"

namespace outreach {

QJsonObject User::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("email"), email},
            {QStringLiteral("name"), name},
            {QStringLiteral("status"), status},
            {QStringLiteral("timeZone"), timeZone},
            {QStringLiteral("dailyEmailQuota"), dailyEmailQuota},
            {QStringLiteral("monthlyLeadQuota"), monthlyLeadQuota},
            {QStringLiteral("createdAt"), TimeFormat::isoUtc(createdAt)},
            {QStringLiteral("updatedAt"), TimeFormat::isoUtc(updatedAt)}};
}

bool User::isValidStatus(const QString& value) {
    return value == QLatin1String("active") || value == QLatin1String("paused") ||
           value == QLatin1String("disabled");
}

Status User::validate() const {
    Result<mail::EmailAddress> address = mail::EmailAddress::parse(QStringLiteral("email"), email);
    if (!address)
        return address.error();
    if (email.contains(QLatin1Char('<')))
        return Error::badInput(QStringLiteral("email"),
                               QStringLiteral("email: give the bare address, without a name"));
    if (name.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("name"), QStringLiteral("name: must not be empty"));
    if (name.size() > 200)
        return Error::badInput(QStringLiteral("name"),
                               QStringLiteral("name: longer than 200 characters"));
    if (Result<QTimeZone> zone = TimeFormat::parseZone(QStringLiteral("tz"), timeZone); !zone)
        return zone.error();
    if (dailyEmailQuota < 0)
        return Error::badInput(QStringLiteral("daily-email-quota"),
                               QStringLiteral("daily-email-quota: must be 0 or more"));
    if (monthlyLeadQuota < 0)
        return Error::badInput(QStringLiteral("monthly-lead-quota"),
                               QStringLiteral("monthly-lead-quota: must be 0 or more"));
    if (!isValidStatus(status))
        return Error::badInput(QStringLiteral("status"),
                               QStringLiteral("status: must be active, paused or disabled"));
    return Status::success();
}

} // namespace outreach
