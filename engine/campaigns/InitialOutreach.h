#pragma once

#include "core/Result.h"
#include "model/Campaign.h"
#include "model/User.h"
#include "sources/LeadRouter.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <functional>

namespace outreach {

class Clock;
class Database;
class UserScope;

// The first email of each sequence (SPEC §4 jobs 2 and 4): the user's `new` leads, hot
// (score >= 80) first, then warm (>= 60), are routed by LeadRouter to the best of the given
// campaigns (targeting match, room left under each campaign's daily limit and the user's
// daily email quota); each routed lead becomes that campaign's lead and gets the campaign's
// initial email in the outbox.
//
// All of it happens in one write transaction, together with the caller's own bookkeeping
// (e.g. the campaigns' last-run state), so a crash leaves either all of it or none.
class InitialOutreach {
public:
    struct Result {
        int queued = 0;
        int alreadyQueued = 0; // the lead's initial email was queued before (kept as it was)
        int hot = 0;
        int warm = 0;
        int unrouted = 0; // hot or warm, but no campaign had room today
        QHash<qint64, int> queuedPerCampaign{};
        QList<qint64> preparedCampaigns{}; // campaigns whose mail could be prepared
        QStringList problems{}; // campaigns that cannot send (no template, no sender account)
        QJsonObject toJson() const;
    };
    // Runs inside the transaction after the mail is queued; an error rolls everything back.
    using InTransaction = std::function<Status(const Result&)>;

    InitialOutreach(const Database& database, const Clock& clock);

    outreach::Result<Result> run(const UserScope& scope, const User& user,
                                 const QList<Campaign>& campaigns,
                                 const InTransaction& inTransaction = {}) const;

    static constexpr int kPageSize = 500;

private:
    outreach::Result<LeadRouter::Plan> plan(const UserScope& scope, const User& user,
                                            const QList<Campaign>& campaigns, Result& result) const;

    const Database& m_database;
    const Clock& m_clock;
};

} // namespace outreach
