#include "jobs/SendCampaignEmailsJob.h"

#include "campaigns/CampaignCalendar.h"
#include "campaigns/CampaignCompletion.h"
#include "core/Clock.h"
#include "jobs/JobContext.h"
#include "outbox/OutboxDelivery.h"
#include "store/EngineSettingsRepository.h"
#include "store/UserScope.h"

#include <QSet>

namespace outreach {

SendCampaignEmailsJob::SendCampaignEmailsJob() : StandardJob(StandardJobs::kSendCampaignEmails) {}

Result<DeliveryPolicy> SendCampaignEmailsJob::policy(const Database& database, const Clock& clock) {
    DeliveryPolicy base;
    Result<std::optional<QString>> limit =
        EngineSettingsRepository(database, clock).value(QString::fromLatin1(kPerUserLimitKey));
    if (!limit)
        return limit.error();
    if (*limit && !(*limit)->trimmed().isEmpty()) {
        bool ok = false;
        const int n = (*limit)->trimmed().toInt(&ok);
        if (!ok || n < 1 || n > 10000)
            return Error::badInput(QString::fromLatin1(kPerUserLimitKey),
                                   QStringLiteral("%1: '%2' is not a number from 1 to 10000")
                                       .arg(QString::fromLatin1(kPerUserLimitKey), **limit));
        base.perUserLimit = n;
    }
    return DeliveryPolicy::fromAgencySettings(database, clock, base);
}

Status SendCampaignEmailsJob::runForUser(JobContext& context) {
    Result<DeliveryPolicy> deliveryPolicy = policy(context.database(), context.clock());
    if (!deliveryPolicy)
        return deliveryPolicy.error();
    const User& user = context.user();
    QSet<qint64> settled;
    Result<DeliveryReport> report = OutboxDelivery::deliverDue(
        context.database(), context.clock(), *deliveryPolicy, {user},
        [&context] { return context.shouldStop(); },
        [&](const MessageResult& message) {
            settled.insert(message.outboxId);
            if (message.status == QLatin1String("sent"))
                context.addItems(1);
        });
    if (!report)
        return report.error();
    UserDelivery delivery;
    for (const UserDelivery& u : std::as_const(report->users))
        if (u.userId == user.id)
            delivery = u;
    if (!delivery.skipped.isEmpty())
        context.log().info(QStringLiteral("mail held: %1").arg(delivery.skipped));
    if (delivery.claimed > 0)
        context.log().info(DeliveryReport::summary(delivery));

    // Completion is checked for the campaigns whose mail settled in this run.
    const UserScope& scope = context.scope();
    QSet<qint64> campaigns;
    for (qint64 id : std::as_const(settled)) {
        Result<OutboxMessage> row = scope.outbox().find(id);
        if (!row)
            return row.error();
        if (row->campaignId)
            campaigns.insert(*row->campaignId);
    }
    if (!campaigns.isEmpty()) {
        Result<CampaignCalendar> calendar = CampaignCalendar::forUser(user);
        if (!calendar)
            return calendar.error();
        for (qint64 id : std::as_const(campaigns)) {
            Result<Campaign> campaign = scope.campaigns().find(id);
            if (!campaign)
                continue; // deleted meanwhile
            Result<bool> completed =
                CampaignCompletion::check(scope, *calendar, *campaign, context.clock().nowMs());
            if (!completed)
                return completed.error();
        }
    }
    if (!delivery.problems.isEmpty()) {
        for (const QString& problem : std::as_const(delivery.problems))
            context.log().error(problem);
        return Error::runtime(delivery.problems.join(QStringLiteral("; ")));
    }
    return Status::success();
}

} // namespace outreach
