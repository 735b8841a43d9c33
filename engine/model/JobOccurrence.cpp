#include "model/JobOccurrence.h"

#include "core/TimeFormat.h"

namespace outreach {

QJsonObject JobOccurrence::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("job"), job},
            {QStringLiteral("scheduledAt"), TimeFormat::isoUtc(scheduledAt)},
            {QStringLiteral("lastAt"), TimeFormat::isoUtc(lastAt)},
            {QStringLiteral("fireCount"), fireCount},
            {QStringLiteral("decision"), decision},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("runId"), runId ? QJsonValue(*runId) : QJsonValue()},
            {QStringLiteral("decidedAt"), TimeFormat::isoUtc(decidedAt)}};
}

} // namespace outreach
