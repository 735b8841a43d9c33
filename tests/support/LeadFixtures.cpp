#include "LeadFixtures.h"

#include "sources/LeadGenerationService.h"
#include "store/UserRepository.h"
#include "store/UserScope.h"

#include <QDeadlineTimer>
#include <QtTest>

namespace outreach::test {

User addUser(const Database& db, const Clock& clock, const QString& email, const QString& timeZone,
             int monthlyLeadQuota, int dailyEmailQuota) {
    User draft;
    draft.email = email;
    draft.name = email.section(QLatin1Char('@'), 0, 0);
    draft.timeZone = timeZone;
    draft.monthlyLeadQuota = monthlyLeadQuota;
    draft.dailyEmailQuota = dailyEmailQuota;
    Result<User> user = UserRepository(db, clock).add(draft);
    if (!user) {
        qWarning("addUser: %s", qPrintable(user.error().message));
        return {};
    }
    return *user;
}

Campaign addCampaign(const UserScope& scope, const QString& name, const QStringList& keywords,
                     int dailyLimit) {
    Campaign draft;
    draft.name = name;
    draft.keywords = keywords;
    draft.dailyLimit = dailyLimit;
    draft.status = QStringLiteral("active");
    draft.scheduleType = QStringLiteral("daily");
    Result<Campaign> campaign = scope.campaigns().add(draft);
    if (!campaign) {
        qWarning("addCampaign: %s", qPrintable(campaign.error().message));
        return {};
    }
    return *campaign;
}

LeadSource addSource(const UserScope& scope, const QString& kind, const QString& endpoint,
                     int monthlyQuota, double costPerCall, const QString& apiKeyEnv) {
    LeadSource draft;
    draft.kind = kind;
    draft.endpoint = endpoint;
    draft.monthlyQuota = monthlyQuota;
    draft.costPerCall = costPerCall;
    draft.apiKeyEnv = apiKeyEnv;
    Result<LeadSource> source = scope.sources().add(draft);
    if (!source) {
        qWarning("addSource: %s", qPrintable(source.error().message));
        return {};
    }
    return *source;
}

Result<LeadGenerationOutcome> runGeneration(LeadGenerationService& service, const UserScope& scope,
                                            qint64 campaignId, int timeoutMs) {
    std::optional<Result<LeadGenerationOutcome>> result;
    service.generate(scope, campaignId,
                     [&result](Result<LeadGenerationOutcome> r) { result = std::move(r); });
    const QDeadlineTimer deadline(timeoutMs);
    while (!result && !deadline.hasExpired())
        QTest::qWait(10);
    if (!result) {
        service.cancelAll(); // runs the callback now, while `result` still exists
        return Error::runtime(QStringLiteral("lead generation did not finish in time"));
    }
    return *result;
}

} // namespace outreach::test
