#include "campaigns/FollowUpPlanner.h"

#include "campaigns/CampaignCalendar.h"
#include "campaigns/CampaignMailer.h"
#include "core/Clock.h"
#include "outbox/WriteTransaction.h"
#include "sources/LeadRouter.h"
#include "store/UserScope.h"

#include <QJsonArray>

namespace outreach {

QJsonObject FollowUpPlanner::Result::toJson() const {
    return {{QStringLiteral("followUp1"), followUp1},
            {QStringLiteral("followUp2"), followUp2},
            {QStringLiteral("alreadyQueued"), alreadyQueued},
            {QStringLiteral("heldByQuota"), heldByQuota},
            {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}};
}

FollowUpPlanner::FollowUpPlanner(const Database& database, const Clock& clock)
    : m_database(database), m_clock(clock) {}

outreach::Result<FollowUpPlanner::Result> FollowUpPlanner::queueDue(const UserScope& scope,
                                                                    const User& user) const {
    outreach::Result<CampaignCalendar> calendar = CampaignCalendar::forUser(user);
    if (!calendar)
        return calendar.error();
    const qint64 now = m_clock.nowMs();
    const QDate today = calendar->localDate(now);
    outreach::Result<LeadRoutingRepository::QueuedToday> queuedToday =
        scope.leadRouting().queuedSince(calendar->startOfDay(today));
    if (!queuedToday)
        return queuedToday.error();
    qint64 quotaLeft = qMax<qint64>(0, user.dailyEmailQuota - queuedToday->total);

    outreach::Result<QList<Campaign>> campaigns = scope.campaigns().list();
    if (!campaigns)
        return campaigns.error();
    Result result;
    for (const Campaign& campaign : *campaigns) {
        if (!campaign.followUpEnabled || (campaign.status != QLatin1String("active") &&
                                          campaign.status != QLatin1String("scheduled")))
            continue;
        outreach::Result<CampaignMailer> mailer = CampaignMailer::prepare(scope, user, campaign);
        if (!mailer) {
            if (!mailer.error().isCallersFault())
                return mailer.error();
            result.problems << mailer.error().message;
            continue;
        }
        struct Step {
            QString from;
            QString kind;
            int delayDays;
        };
        const Step steps[] = {
            {QStringLiteral("contacted"), CampaignMailer::kFollowUp1, campaign.followUp1DelayDays},
            {QStringLiteral("followup1"), CampaignMailer::kFollowUp2, campaign.followUp2DelayDays},
        };
        Result pass = result;
        Status done = WriteTransaction::run(m_database, [&]() -> Status {
            for (const Step& step : steps) {
                if (!mailer->hasStep(step.kind))
                    continue;
                // Reached the previous step on or before (today - delay), in the user's zone.
                const qint64 cutoff = calendar->startOfDay(today.addDays(1 - step.delayDays));
                outreach::Result<QList<Lead>> due =
                    scope.sequences().dueForNextStep(campaign.id, step.from, cutoff, kPageSize);
                if (!due)
                    return due.error();
                for (const Lead& lead : *due) {
                    if (quotaLeft <= 0) {
                        ++pass.heldByQuota;
                        continue;
                    }
                    outreach::Result<CampaignMailer::Queued> queued =
                        mailer->queue(scope, lead, step.kind);
                    if (!queued)
                        return queued.error();
                    if (*queued == CampaignMailer::Queued::Queued) {
                        ++(step.kind == CampaignMailer::kFollowUp1 ? pass.followUp1
                                                                   : pass.followUp2);
                        --quotaLeft;
                    } else {
                        ++pass.alreadyQueued;
                    }
                }
            }
            return Status::success();
        });
        if (!done)
            return done.error();
        result = pass;
    }
    return result;
}

} // namespace outreach
