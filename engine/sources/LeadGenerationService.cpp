#include "sources/LeadGenerationService.h"

#include "core/Clock.h"
#include "core/QuotaMonth.h"
#include "sources/LeadGenerationTask.h"
#include "store/UserRepository.h"
#include "store/UserScope.h"

namespace outreach {

LeadGenerationService::LeadGenerationService(const Database& database, const Clock& clock,
                                             QObject* parent)
    : QObject(parent), m_database(database), m_clock(clock) {}

LeadGenerationService::~LeadGenerationService() {
    // Tasks are children: they go with the service, callbacks unrun.
    for (LeadGenerationTask* task : findChildren<LeadGenerationTask*>(Qt::FindDirectChildrenOnly))
        delete task;
}

QString LeadGenerationService::originOf(const LeadSource& source) {
    return QStringLiteral("%1#%2").arg(source.kind).arg(source.id);
}

int LeadGenerationService::runningCount() const {
    return int(findChildren<LeadGenerationTask*>(Qt::FindDirectChildrenOnly).size());
}

void LeadGenerationService::cancelAll() {
    for (LeadGenerationTask* task : findChildren<LeadGenerationTask*>(Qt::FindDirectChildrenOnly))
        task->cancel();
}

void LeadGenerationService::generate(const UserScope& scope, qint64 campaignId, Done done,
                                     std::optional<int> target) {
    auto fail = [this, &done](const Error& error) {
        QMetaObject::invokeMethod(
            this, [done = std::move(done), error] { done(error); }, Qt::QueuedConnection);
    };
    LeadGenerationTask::Setup setup;
    Result<Campaign> campaign = scope.campaigns().find(campaignId);
    if (!campaign)
        return fail(campaign.error());
    setup.campaign = *campaign;
    if (target && *target < 0)
        return fail(Error::badInput(QStringLiteral("target"),
                                    QStringLiteral("target: must not be negative")));
    setup.target = target ? *target : campaign->dailyLimit;

    Result<User> user = UserRepository(m_database, m_clock).find(scope.userId());
    if (!user)
        return fail(user.error());
    const QuotaMonth month = QuotaMonth::containing(m_clock.nowMs());
    Result<qint64> addedThisMonth = scope.leadStats().createdCount(month.startMs(), month.endMs());
    if (!addedThisMonth)
        return fail(addedThisMonth.error());
    setup.leadQuotaLeft = int(qMax<qint64>(0, user->monthlyLeadQuota - *addedThisMonth));

    Result<QList<LeadSource>> sources = scope.sources().listEnabled();
    if (!sources)
        return fail(sources.error());
    setup.sources = *sources;
    Result<LeadScorer> scorer = LeadScorer::forUser(scope);
    if (!scorer)
        return fail(scorer.error());
    setup.scorer = *scorer;

    auto* task = new LeadGenerationTask(m_database, m_clock, m_factory, scope, std::move(setup),
                                        std::move(done), this);
    task->start();
}

} // namespace outreach
