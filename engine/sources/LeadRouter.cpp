#include "sources/LeadRouter.h"

#include "core/TimeFormat.h"
#include "core/ZonedTime.h"
#include "store/UserScope.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>

namespace outreach {
namespace {

QString words(const QString& text) {
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return QLatin1Char(' ') + text.toLower().split(separators, Qt::SkipEmptyParts).join(u' ') +
           QLatin1Char(' ');
}

bool priorityOrder(const Lead& a, const Lead& b) {
    if (a.score != b.score)
        return a.score > b.score;
    return a.id < b.id;
}

} // namespace

LeadRouter::LeadRouter(QList<Target> targets, int userQuotaLeft) : m_targets(std::move(targets)) {
    m_plan.quotaLeft = qMax(0, userQuotaLeft);
    for (Target& t : m_targets) {
        t.capacity = qMax(0, t.capacity);
        m_plan.capacityLeft.insert(t.campaignId, t.capacity);
    }
}

int LeadRouter::keywordHits(const Lead& lead, const QStringList& keywords) {
    const QString text = words(lead.title + QLatin1Char(' ') + lead.company);
    int hits = 0;
    for (const QString& keyword : keywords) {
        const QString k = words(keyword);
        if (k.trimmed().isEmpty())
            continue;
        hits += text.contains(k) ? 1 : 0;
    }
    return hits;
}

bool LeadRouter::isFull() const {
    if (m_plan.quotaLeft <= 0)
        return true;
    return std::none_of(m_targets.cbegin(), m_targets.cend(),
                        [](const Target& t) { return t.capacity > 0; });
}

std::optional<LeadRouter::Route> LeadRouter::offer(const Lead& lead) {
    if (lead.score < warmScore || isFull())
        return std::nullopt;
    Target* best = nullptr;
    int bestMatch = 0;
    for (Target& target : m_targets) {
        if (target.capacity <= 0)
            continue;
        const bool origin = lead.campaignId && *lead.campaignId == target.campaignId;
        const int match = keywordHits(lead, target.keywords) + (origin ? 1 : 0);
        const bool takesAnyone =
            std::all_of(target.keywords.cbegin(), target.keywords.cend(),
                        [](const QString& k) { return k.trimmed().isEmpty(); });
        if (match == 0 && !takesAnyone)
            continue;
        const bool better =
            !best || match > bestMatch ||
            (match == bestMatch &&
             (target.capacity > best->capacity ||
              (target.capacity == best->capacity && target.campaignId < best->campaignId)));
        if (better) {
            best = &target;
            bestMatch = match;
        }
    }
    if (!best) {
        m_plan.unrouted.append(lead.id);
        return std::nullopt;
    }
    --best->capacity;
    --m_plan.quotaLeft;
    m_plan.capacityLeft[best->campaignId] = best->capacity;
    Route route{lead.id, best->campaignId, lead.score, lead.score >= hotScore, bestMatch};
    (route.hot ? m_plan.hot : m_plan.warm) += 1;
    m_plan.routes.append(route);
    return route;
}

LeadRouter::Plan LeadRouter::route(QList<Lead> candidates, QList<Target> targets,
                                   int userQuotaLeft) {
    std::stable_sort(candidates.begin(), candidates.end(), priorityOrder);
    LeadRouter router(std::move(targets), userQuotaLeft);
    for (const Lead& lead : candidates) {
        if (router.isFull())
            break;
        router.offer(lead);
    }
    return router.plan();
}

Result<qint64> LeadRouter::startOfUserDay(const User& user, qint64 nowMs) {
    Result<QTimeZone> zone = TimeFormat::parseZone(QStringLiteral("timeZone"), user.timeZone);
    if (!zone)
        return zone.error();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc());
    const QDate today = ZonedTime::wallClock(now, *zone).date();
    return ZonedTime::toUtc(today, QTime(0, 0), *zone).toMSecsSinceEpoch();
}

Result<LeadRouter::Plan> LeadRouter::planFor(const UserScope& scope, const User& user,
                                             const QList<Campaign>& campaigns, qint64 nowMs,
                                             int pageSize) {
    Result<qint64> dayStart = startOfUserDay(user, nowMs);
    if (!dayStart)
        return dayStart.error();
    const LeadRoutingRepository routing = scope.leadRouting();
    Result<LeadRoutingRepository::QueuedToday> queued = routing.queuedSince(*dayStart);
    if (!queued)
        return queued.error();
    QList<Target> targets;
    for (const Campaign& c : campaigns)
        targets.append(
            {c.id, c.keywords, int(c.dailyLimit - queued->initialsPerCampaign.value(c.id))});
    LeadRouter router(targets, int(user.dailyEmailQuota - queued->total));
    std::optional<LeadRoutingRepository::Cursor> cursor;
    while (!router.isFull()) {
        Result<QList<Lead>> page = routing.candidates(warmScore, cursor, qMax(1, pageSize));
        if (!page)
            return page.error();
        for (const Lead& lead : *page) {
            if (router.isFull())
                break;
            router.offer(lead);
        }
        if (page->size() < pageSize)
            break;
        cursor = LeadRoutingRepository::Cursor{page->last().score, page->last().id};
    }
    return router.plan();
}

QJsonObject LeadRouter::Plan::toJson() const {
    QJsonArray list;
    for (const Route& r : routes)
        list.append(QJsonObject{{QStringLiteral("leadId"), r.leadId},
                                {QStringLiteral("campaignId"), r.campaignId},
                                {QStringLiteral("score"), r.score},
                                {QStringLiteral("hot"), r.hot},
                                {QStringLiteral("match"), r.match}});
    QJsonArray left;
    for (qint64 id : unrouted)
        left.append(id);
    return {{QStringLiteral("routes"), list},
            {QStringLiteral("hot"), hot},
            {QStringLiteral("warm"), warm},
            {QStringLiteral("unrouted"), left},
            {QStringLiteral("quotaLeft"), quotaLeft}};
}

} // namespace outreach
