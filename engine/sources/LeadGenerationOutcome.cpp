#include "sources/LeadGenerationOutcome.h"

#include <QJsonArray>

namespace outreach {

QJsonObject LeadGenerationOutcome::toJson() const {
    QJsonArray perSource;
    for (const SourceResult& s : sources) {
        QJsonObject entry{{QStringLiteral("sourceId"), s.sourceId},
                          {QStringLiteral("kind"), s.kind},
                          {QStringLiteral("status"), s.status},
                          {QStringLiteral("error"), s.error},
                          {QStringLiteral("duplicates"), s.duplicates},
                          {QStringLiteral("suppressed"), s.suppressed}};
        if (s.call)
            entry.insert(QStringLiteral("call"), s.call->toJson());
        perSource.append(entry);
    }
    return {{QStringLiteral("campaignId"), campaignId},
            {QStringLiteral("target"), target},
            {QStringLiteral("leadQuotaLeft"), leadQuotaLeft},
            {QStringLiteral("returned"), returned},
            {QStringLiteral("valid"), valid},
            {QStringLiteral("inserted"), inserted},
            {QStringLiteral("duplicates"), duplicates},
            {QStringLiteral("suppressed"), suppressed},
            {QStringLiteral("overTarget"), overTarget},
            {QStringLiteral("calls"), calls},
            {QStringLiteral("failedCalls"), failedCalls},
            {QStringLiteral("cost"), cost},
            {QStringLiteral("stoppedBy"), stoppedBy},
            {QStringLiteral("sources"), perSource}};
}

} // namespace outreach
