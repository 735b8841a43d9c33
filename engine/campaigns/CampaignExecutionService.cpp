#include "campaigns/CampaignExecutionService.h"

#include "campaigns/BlockingLeadGeneration.h"
#include "campaigns/CampaignCalendar.h"
#include "campaigns/CampaignCompletion.h"
#include "campaigns/CampaignMailer.h"
#include "core/Clock.h"
#include "core/TimeFormat.h"
#include "logging/Logger.h"
#include "store/AuditRepository.h"
#include "store/UserScope.h"

#include <QJsonDocument>

namespace outreach {

QJsonObject CampaignExecutionService::Execution::toJson() const {
    return {{QStringLiteral("campaignId"), campaignId},
            {QStringLiteral("campaignName"), campaignName},
            {QStringLiteral("generation"),
             generation ? QJsonValue(generation->toJson()) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("outreach"), outreach.toJson()}};
}

QString CampaignExecutionService::Execution::summary() const {
    QString text;
    if (generation)
        text = QStringLiteral("%1 new leads from %2 calls (%3 failed); ")
                   .arg(generation->inserted)
                   .arg(generation->calls)
                   .arg(generation->failedCalls);
    else
        text = QStringLiteral("no lead source enabled; ");
    text += QStringLiteral("%1 emails queued").arg(outreach.queued);
    if (outreach.unrouted > 0)
        text += QStringLiteral(", %1 leads left for another day").arg(outreach.unrouted);
    return text;
}

CampaignExecutionService::CampaignExecutionService(const Database& database, const Clock& clock)
    : m_database(database), m_clock(clock) {}

Result<CampaignExecutionService::Execution>
CampaignExecutionService::execute(const UserScope& scope, const User& user,
                                  const Campaign& campaign, const StopCheck& shouldStop,
                                  const std::function<Status(Campaign&)>& record) const {
    Execution execution;
    execution.campaignId = campaign.id;
    execution.campaignName = campaign.name;
    // A campaign that cannot send (no template, an unknown variable, no sender account) is
    // refused before any paid API call is made for it.
    if (Result<CampaignMailer> mailer = CampaignMailer::prepare(scope, user, campaign); !mailer)
        return mailer.error();
    Result<QList<LeadSource>> sources = scope.sources().listEnabled();
    if (!sources)
        return sources.error();
    if (!sources->isEmpty()) {
        Result<LeadGenerationOutcome> generated =
            BlockingLeadGeneration::run(m_database, m_clock, scope, campaign.id, shouldStop);
        if (!generated)
            return generated.error();
        execution.generation = *generated;
        for (const LeadGenerationOutcome::SourceResult& source : generated->sources)
            if (source.status == QLatin1String("failed"))
                Logger().warning(QStringLiteral("campaign %1: lead source %2 (%3) failed: %4")
                                     .arg(campaign.id)
                                     .arg(source.sourceId)
                                     .arg(source.kind, source.error));
    }
    Result<InitialOutreach::Result> outreach =
        InitialOutreach(m_database, m_clock)
            .run(scope, user, {campaign}, [&](const InitialOutreach::Result&) {
                // Re-read inside the transaction:
                // an admin edit made meanwhile is
                // kept.
                Result<Campaign> fresh = scope.campaigns().find(campaign.id);
                if (!fresh)
                    return Status(fresh.error());
                return record(*fresh);
            });
    if (!outreach)
        return outreach.error();
    execution.outreach = *outreach;
    return execution;
}

Status CampaignExecutionService::runOne(const UserScope& scope, const User& user,
                                        const CampaignCalendar& calendar, const Campaign& campaign,
                                        const QString& job, const StopCheck& shouldStop,
                                        ScheduledPass& pass) const {
    const qint64 now = m_clock.nowMs();
    const bool once = campaign.scheduleType == QLatin1String("once");
    // A one-time campaign runs while it is still `scheduled`; afterwards it is `active` until
    // its mail is out. Recurring campaigns run whatever their status, but never past the end.
    const bool waiting =
        once ? campaign.status == QLatin1String("scheduled") : !calendar.pastEndDate(campaign, now);
    // After its last run a recurring campaign has no next run; its start is no longer due.
    const std::optional<qint64> due =
        campaign.lastRunAt ? campaign.nextRunAt : calendar.dueAt(campaign);
    if (!waiting || !due || *due > now) {
        ++pass.notDue;
        return Status::success();
    }
    Result<std::optional<qint64>> last = scope.campaigns().lastRunOf(campaign.id, job);
    if (!last)
        return last.error();
    if (!CampaignCalendar::guardAllows(*last, now)) {
        ++pass.guarded;
        Logger().debug(QStringLiteral("campaign %1 is due but ran %2 ago; the 23-hour guard holds")
                           .arg(campaign.id)
                           .arg(QStringLiteral("%1 min").arg((now - **last) / 60000)));
        return Status::success();
    }
    Result<Execution> execution =
        execute(scope, user, campaign, shouldStop, [&](Campaign& fresh) -> Status {
            fresh.lastRunAt = now;
            if (once) {
                fresh.nextRunAt.reset();
                fresh.status = QStringLiteral("active");
            } else {
                fresh.nextRunAt = calendar.nextRecurrence(fresh, *due, now);
            }
            if (Result<Campaign> updated = scope.campaigns().update(fresh); !updated)
                return updated.error();
            return scope.campaigns().recordRun(fresh.id, job, now);
        });
    if (!execution) {
        if (!execution.error().isCallersFault())
            return execution.error();
        pass.problems << execution.error().message;
        return Status::success();
    }
    pass.problems << execution->outreach.problems;
    Logger().info(QStringLiteral("campaign %1 (%2) ran: %3")
                      .arg(campaign.id)
                      .arg(campaign.name, execution->summary()));
    pass.executions << *execution;
    return Status::success();
}

Result<CampaignExecutionService::ScheduledPass>
CampaignExecutionService::runScheduled(const UserScope& scope, const User& user, const QString& job,
                                       const StopCheck& shouldStop) const {
    Result<CampaignCalendar> calendar = CampaignCalendar::forUser(user);
    if (!calendar)
        return calendar.error();
    Result<QList<Campaign>> campaigns = scope.campaigns().list();
    if (!campaigns)
        return campaigns.error();
    ScheduledPass pass;
    for (const Campaign& campaign : *campaigns) {
        if (shouldStop && shouldStop())
            break;
        const bool timed = campaign.scheduleType == QLatin1String("once") ||
                           campaign.scheduleType == QLatin1String("recurring");
        const bool live = campaign.status == QLatin1String("scheduled") ||
                          campaign.status == QLatin1String("active");
        if (timed && live)
            if (Status done = runOne(scope, user, *calendar, campaign, job, shouldStop, pass);
                !done)
                return done.error();
    }
    // Completion: campaigns whose schedule is over (run once, or past their end date) close
    // once none of their mail is left to go. Re-read: a run above may have changed them.
    campaigns = scope.campaigns().list();
    if (!campaigns)
        return campaigns.error();
    for (const Campaign& campaign : *campaigns) {
        Result<bool> completed =
            CampaignCompletion::check(scope, *calendar, campaign, m_clock.nowMs());
        if (!completed)
            return completed.error();
        if (*completed)
            pass.completed << campaign.id;
    }
    return pass;
}

Result<CampaignExecutionService::Execution>
CampaignExecutionService::runNow(const UserScope& scope, const User& user, qint64 campaignId,
                                 const QString& actor, const QString& reason,
                                 const StopCheck& shouldStop) const {
    Result<Campaign> campaign = scope.campaigns().find(campaignId);
    if (!campaign)
        return campaign.error();
    if (campaign->status == QLatin1String("draft") || campaign->status == QLatin1String("paused") ||
        campaign->status == QLatin1String("completed"))
        return Error::badInput(QStringLiteral("campaign"),
                               QStringLiteral("campaign: %1 is %2; only active or scheduled "
                                              "campaigns can be run")
                                   .arg(campaignId)
                                   .arg(campaign->status));
    Result<CampaignCalendar> calendar = CampaignCalendar::forUser(user);
    if (!calendar)
        return calendar.error();
    const qint64 now = m_clock.nowMs();
    Result<Execution> execution =
        execute(scope, user, *campaign, shouldStop, [&](Campaign& fresh) -> Status {
            // A one-time campaign run by hand has had its one run; a recurring one keeps its
            // schedule (its first run fixed from the start date if it had none yet).
            if (fresh.scheduleType == QLatin1String("once")) {
                fresh.nextRunAt.reset();
                fresh.status = QStringLiteral("active");
            } else if (fresh.scheduleType == QLatin1String("recurring") && !fresh.lastRunAt &&
                       !fresh.nextRunAt) {
                const std::optional<qint64> start = calendar->startInstant(fresh);
                fresh.nextRunAt = start && *start > now ? start
                                  : start ? calendar->nextRecurrence(fresh, *start, now)
                                          : std::nullopt;
            }
            fresh.lastRunAt = now;
            Result<Campaign> updated = scope.campaigns().update(fresh);
            return updated ? Status::success() : Status(updated.error());
        });
    AuditEntry entry;
    entry.actor = actor;
    entry.action = QStringLiteral("campaign.run");
    entry.targetType = QStringLiteral("campaign");
    entry.targetId = QString::number(campaignId);
    entry.userId = user.id;
    entry.reason = reason;
    const QJsonObject details =
        execution ? execution->toJson()
                  : QJsonObject{{QStringLiteral("error"), execution.error().message}};
    entry.details = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    if (Status audited = AuditRepository(m_database, m_clock).record(entry); !audited)
        return audited.error();
    return execution;
}

} // namespace outreach
