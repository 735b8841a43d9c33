#include "model/LeadSource.h"

#include "core/TimeFormat.h"

namespace outreach {

QJsonObject LeadSource::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("userId"), userId},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("url"), endpoint},
            {QStringLiteral("apiKeyEnv"), apiKeyEnv},
            {QStringLiteral("secretInKeychain"), secretInKeychain},
            {QStringLiteral("monthlyQuota"), monthlyQuota},
            {QStringLiteral("costPerCall"), costPerCall},
            {QStringLiteral("enabled"), enabled},
            {QStringLiteral("createdAt"), TimeFormat::isoUtc(createdAt)}};
}

bool LeadSource::isValidKind(const QString& kind) {
    return kind == QLatin1String("http-json") || kind == QLatin1String("csv") ||
           kind == QLatin1String("sample");
}

} // namespace outreach
