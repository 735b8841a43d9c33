#include "model/JobRunUser.h"

#include "core/TimeFormat.h"

namespace outreach {

QJsonObject JobRunUser::toJson() const {
    return {{QStringLiteral("userId"), userId},
            {QStringLiteral("email"), userEmail},
            {QStringLiteral("status"), status},
            {QStringLiteral("items"), items},
            {QStringLiteral("error"), error},
            {QStringLiteral("note"), note},
            {QStringLiteral("startedAt"), TimeFormat::isoUtc(startedAt)},
            {QStringLiteral("finishedAt"),
             finishedAt ? QJsonValue(TimeFormat::isoUtc(*finishedAt)) : QJsonValue()},
            {QStringLiteral("durationMs"), durationMs}};
}

} // namespace outreach
