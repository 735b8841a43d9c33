#include "model/ApiCall.h"

#include "core/TimeFormat.h"

namespace outreach {

QJsonObject ApiCall::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("userId"), userId},
            {QStringLiteral("sourceId"), sourceId ? QJsonValue(*sourceId) : QJsonValue()},
            {QStringLiteral("calledAt"), TimeFormat::isoUtc(calledAt)},
            {QStringLiteral("durationMs"), durationMs},
            {QStringLiteral("success"), success},
            {QStringLiteral("httpStatus"), httpStatus},
            {QStringLiteral("error"), error},
            {QStringLiteral("leadsReturned"), leadsReturned},
            {QStringLiteral("leadsValid"), leadsValid},
            {QStringLiteral("leadsInserted"), leadsInserted},
            {QStringLiteral("cost"), cost}};
}

} // namespace outreach
