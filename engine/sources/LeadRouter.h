#pragma once

#include "core/Result.h"
#include "model/Campaign.h"
#include "model/Lead.h"
#include "model/User.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace outreach {

class UserScope;

// Daily outreach routing (SPEC §4 job 2): which `new` leads get an initial email today, and
// from which campaign.
//
// Order: hot leads (score >= 80) first, then warm (>= 60), best score first, oldest lead
// first among equal scores; leads under 60 are not written to.
// Campaign choice, per lead: a campaign is eligible when it has no targeting keywords (it
// takes anyone), when some of its keywords occur in the lead's title or company (whole words,
// any case), or when the lead was generated for it. The match is the number of keywords that
// occur, plus one when the lead was generated for the campaign. Among eligible campaigns with
// room left today the best match wins, then the most room left, then the lowest id.
// Capacity: each campaign has its daily limit minus the initial emails it queued today; the
// user has their daily email quota minus every email queued today (the user's day, in their
// zone). Routing stops when the user's quota or every campaign's room is used up.
class LeadRouter {
public:
    static constexpr int hotScore = 80;
    static constexpr int warmScore = 60;

    struct Target {
        qint64 campaignId = 0;
        QStringList keywords{};
        int capacity = 0; // emails this campaign may still queue today
    };
    struct Route {
        qint64 leadId = 0;
        qint64 campaignId = 0;
        int score = 0;
        bool hot = false;
        int match = 0;
    };
    struct Plan {
        QList<Route> routes{};
        int hot = 0;
        int warm = 0;
        QList<qint64> unrouted{};          // considered, but no eligible campaign had room
        QHash<qint64, int> capacityLeft{}; // per campaign, after the routes
        int quotaLeft = 0;                 // the user's daily quota after the routes
        QJsonObject toJson() const;
    };

    LeadRouter(QList<Target> targets, int userQuotaLeft);

    // True once nothing more can be routed today (quota or every campaign's room used up).
    bool isFull() const;
    // Routes one lead (offered in priority order) or records it as unrouted; leads under the
    // warm score are ignored. Returns the route taken, if any.
    std::optional<Route> offer(const Lead& lead);
    const Plan& plan() const { return m_plan; }

    // The whole routing for a list of candidates, in priority order whatever the list's order.
    static Plan route(QList<Lead> candidates, QList<Target> targets, int userQuotaLeft);
    // How many of `keywords` occur in the lead's title or company.
    static int keywordHits(const Lead& lead, const QStringList& keywords);

    // The user's routing for today: capacities from the campaigns' daily limits and the
    // outbox, the user's daily email quota, candidates read page by page from the store.
    // `campaigns` are the campaigns outreach runs for now (the caller picks them).
    static Result<Plan> planFor(const UserScope& scope, const User& user,
                                const QList<Campaign>& campaigns, qint64 nowMs, int pageSize = 500);
    // The first instant of the user's current day, in UTC ms.
    static Result<qint64> startOfUserDay(const User& user, qint64 nowMs);

private:
    QList<Target> m_targets;
    Plan m_plan;
};

} // namespace outreach
