#pragma once

#include "core/Result.h"
#include "model/Campaign.h"
#include "model/LeadSource.h"
#include "model/User.h"
#include "sources/LeadGenerationOutcome.h"

#include <QStringList>

namespace outreach {
class Clock;
class Database;
class LeadGenerationService;
class UserScope;
} // namespace outreach

namespace outreach::test {

// Small builders shared by the lead-source, routing and report tests. On error they log a
// warning and return a default value (id 0), which the caller's QVERIFY(x.id) catches.
User addUser(const Database& db, const Clock& clock, const QString& email,
             const QString& timeZone = QStringLiteral("UTC"), int monthlyLeadQuota = 1000,
             int dailyEmailQuota = 200);
Campaign addCampaign(const UserScope& scope, const QString& name, const QStringList& keywords,
                     int dailyLimit = 50);
LeadSource addSource(const UserScope& scope, const QString& kind, const QString& endpoint,
                     int monthlyQuota = 1000, double costPerCall = 0.0,
                     const QString& apiKeyEnv = {});

// Runs LeadGenerationService::generate on the event loop and waits for its callback.
Result<LeadGenerationOutcome> runGeneration(LeadGenerationService& service, const UserScope& scope,
                                            qint64 campaignId, int timeoutMs = 30'000);

} // namespace outreach::test
