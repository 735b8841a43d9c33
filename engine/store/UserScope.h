#pragma once

#include "core/Result.h"
#include "store/ApiCallRepository.h"
#include "store/CampaignRepository.h"
#include "store/ImapAccountRepository.h"
#include "store/InboundMailRepository.h"
#include "store/LeadRepository.h"
#include "store/LeadRoutingRepository.h"
#include "store/LeadSequenceRepository.h"
#include "store/LeadSourceRepository.h"
#include "store/LeadStatsRepository.h"
#include "store/OutboxDeliveryRepository.h"
#include "store/OutboxRepository.h"
#include "store/SenderAccountRepository.h"
#include "store/SuppressionRepository.h"
#include "store/UserSettingRepository.h"
#include "store/WeeklyReportRepository.h"

namespace outreach {

class Clock;
class Database;

// The only door to user-owned rows. A scope is bound to one user id at construction; every
// repository it hands out carries that id into every query and cannot be pointed at another
// user. Repositories have private constructors, so there is no way to build one without a
// scope, and no scoped call takes a user id as an argument.
class UserScope {
public:
    // Fails with NotFound (field "user") when the user does not exist.
    static Result<UserScope> open(const Database& database, const Clock& clock, qint64 userId);

    qint64 userId() const { return m_userId; }

    CampaignRepository campaigns() const { return {m_database, m_clock, m_userId}; }
    LeadRepository leads() const { return {m_database, m_clock, m_userId}; }
    SenderAccountRepository senders() const { return {m_database, m_clock, m_userId}; }
    LeadSourceRepository sources() const { return {m_database, m_clock, m_userId}; }
    SuppressionRepository suppression() const { return {m_database, m_clock, m_userId}; }
    ApiCallRepository apiCalls() const { return {m_database, m_clock, m_userId}; }
    LeadStatsRepository leadStats() const { return {m_database, m_clock, m_userId}; }
    LeadRoutingRepository leadRouting() const { return {m_database, m_clock, m_userId}; }
    LeadSequenceRepository sequences() const { return {m_database, m_clock, m_userId}; }
    WeeklyReportRepository weeklyReports() const { return {m_database, m_clock, m_userId}; }
    UserSettingRepository settings() const { return {m_database, m_clock, m_userId}; }
    OutboxRepository outbox() const { return {m_database, m_clock, m_userId}; }
    OutboxDeliveryRepository outboxDelivery() const { return {m_database, m_clock, m_userId}; }
    ImapAccountRepository imapAccounts() const { return {m_database, m_clock, m_userId}; }
    InboundMailRepository inboundMail() const { return {m_database, m_clock, m_userId}; }

private:
    UserScope(const Database& database, const Clock& clock, qint64 userId);

    const Database& m_database;
    const Clock& m_clock;
    qint64 m_userId;
};

} // namespace outreach
