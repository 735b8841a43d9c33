#include "campaigns/InitialOutreach.h"

#include "campaigns/CampaignMailer.h"
#include "core/Clock.h"
#include "outbox/WriteTransaction.h"
#include "sources/LeadRouter.h"
#include "store/UserScope.h"

#include <QJsonArray>

#include <map>

namespace outreach {

QJsonObject InitialOutreach::Result::toJson() const {
    QJsonObject perCampaign;
    for (auto it = queuedPerCampaign.cbegin(); it != queuedPerCampaign.cend(); ++it)
        perCampaign.insert(QString::number(it.key()), it.value());
    return {{QStringLiteral("queued"), queued},
            {QStringLiteral("alreadyQueued"), alreadyQueued},
            {QStringLiteral("hot"), hot},
            {QStringLiteral("warm"), warm},
            {QStringLiteral("unrouted"), unrouted},
            {QStringLiteral("queuedPerCampaign"), perCampaign},
            {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}};
}

InitialOutreach::InitialOutreach(const Database& database, const Clock& clock)
    : m_database(database), m_clock(clock) {}

outreach::Result<LeadRouter::Plan> InitialOutreach::plan(const UserScope& scope, const User& user,
                                                         const QList<Campaign>& campaigns,
                                                         Result& result) const {
    // LeadRouter::planFor's reading of the day, with one more rule: leads whose initial email
    // is already in the outbox (still `new` until it is sent) are not offered again.
    outreach::Result<qint64> dayStart = LeadRouter::startOfUserDay(user, m_clock.nowMs());
    if (!dayStart)
        return dayStart.error();
    const LeadRoutingRepository routing = scope.leadRouting();
    outreach::Result<LeadRoutingRepository::QueuedToday> queued = routing.queuedSince(*dayStart);
    if (!queued)
        return queued.error();
    QList<LeadRouter::Target> targets;
    for (const Campaign& c : campaigns)
        targets.append(
            {c.id, c.keywords, int(c.dailyLimit - queued->initialsPerCampaign.value(c.id))});
    LeadRouter router(targets, int(user.dailyEmailQuota - queued->total));
    std::optional<LeadRoutingRepository::Cursor> cursor;
    while (!router.isFull()) {
        outreach::Result<QList<Lead>> page =
            routing.candidates(LeadRouter::warmScore, cursor, kPageSize);
        if (!page)
            return page.error();
        QList<qint64> ids;
        for (const Lead& lead : *page)
            ids << lead.id;
        outreach::Result<QSet<qint64>> waiting =
            scope.sequences().withStep(ids, CampaignMailer::kInitial);
        if (!waiting)
            return waiting.error();
        for (const Lead& lead : *page) {
            if (router.isFull())
                break;
            if (waiting->contains(lead.id))
                ++result.alreadyQueued;
            else
                router.offer(lead);
        }
        if (page->size() < kPageSize)
            break;
        cursor = LeadRoutingRepository::Cursor{page->last().score, page->last().id};
    }
    return router.plan();
}

outreach::Result<InitialOutreach::Result>
InitialOutreach::run(const UserScope& scope, const User& user, const QList<Campaign>& campaigns,
                     const InTransaction& inTransaction) const {
    Result result;
    std::map<qint64, CampaignMailer> mailers;
    QList<Campaign> targets;
    for (const Campaign& campaign : campaigns) {
        outreach::Result<CampaignMailer> mailer = CampaignMailer::prepare(scope, user, campaign);
        if (!mailer) {
            // A database error is not the campaign's fault: it fails the whole pass.
            if (!mailer.error().isCallersFault())
                return mailer.error();
            result.problems << mailer.error().message;
            continue;
        }
        mailers.emplace(campaign.id, *mailer);
        targets << campaign;
        result.preparedCampaigns << campaign.id;
    }
    Status done = WriteTransaction::run(m_database, [&]() -> Status {
        Result pass = result;
        if (!targets.isEmpty()) {
            outreach::Result<LeadRouter::Plan> plan = this->plan(scope, user, targets, pass);
            if (!plan)
                return plan.error();
            pass.hot = plan->hot;
            pass.warm = plan->warm;
            pass.unrouted = int(plan->unrouted.size());
            for (const LeadRouter::Route& route : plan->routes) {
                outreach::Result<Lead> lead = scope.leads().find(route.leadId);
                if (!lead)
                    return lead.error();
                outreach::Result<CampaignMailer::Queued> queued =
                    mailers.at(route.campaignId).queue(scope, *lead, CampaignMailer::kInitial);
                if (!queued)
                    return queued.error();
                if (*queued == CampaignMailer::Queued::AlreadyQueued) {
                    ++pass.alreadyQueued;
                    continue;
                }
                // The lead now belongs to the campaign that wrote to it: its follow-ups come
                // from there.
                if (Status assigned = scope.sequences().assignCampaign(lead->id, route.campaignId);
                    !assigned)
                    return assigned;
                ++pass.queued;
                ++pass.queuedPerCampaign[route.campaignId];
            }
        }
        if (inTransaction)
            if (Status bookkept = inTransaction(pass); !bookkept)
                return bookkept;
        result = pass;
        return Status::success();
    });
    if (!done)
        return done.error();
    return result;
}

} // namespace outreach
