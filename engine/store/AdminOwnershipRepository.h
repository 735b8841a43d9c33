#pragma once

#include "core/Result.h"

namespace outreach {

class Database;

// Admin-wide lookup of which user owns a row, for commands that name a campaign, lead,
// sender or source by id alone. It returns only the owner's id; the row itself is then read
// through that owner's UserScope.
class AdminOwnershipRepository {
public:
    explicit AdminOwnershipRepository(const Database& database);

    Result<qint64> ownerOfCampaign(qint64 campaignId) const; // NotFound field "campaign"
    Result<qint64> ownerOfLead(qint64 leadId) const;         // NotFound field "lead"
    Result<qint64> ownerOfSender(qint64 senderId) const;     // NotFound field "sender"
    Result<qint64> ownerOfSource(qint64 sourceId) const;     // NotFound field "source"
    Result<qint64> ownerOfMessage(qint64 outboxId) const;    // NotFound field "message"

private:
    enum class Table { Campaigns, Leads, Senders, Sources, Outbox };
    Result<qint64> ownerOf(Table table, qint64 id) const;

    const Database& m_database;
};

} // namespace outreach
