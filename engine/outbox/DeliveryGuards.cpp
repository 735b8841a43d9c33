#include "outbox/DeliveryGuards.h"

#include "core/Clock.h"
#include "core/ZonedTime.h"
#include "jobs/StandardJobs.h"
#include "logging/Logger.h"
#include "outbox/SendingWindow.h"
#include "store/JobUserPauseRepository.h"
#include "store/UserScope.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace outreach {

DeliveryGuards::DeliveryGuards(const Database& database, const Clock& clock,
                               const DeliveryPolicy& policy)
    : m_database(database), m_clock(clock), m_policy(policy) {}

QTimeZone DeliveryGuards::zoneOf(const User& user) {
    const QTimeZone zone(user.timeZone.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

QString DeliveryGuards::holdReason(const User& user, const UserScope& scope,
                                   QStringList& problems) {
    if (!m_paused) {
        Result<QSet<qint64>> paused = JobUserPauseRepository(m_database, m_clock)
                                          .pausedUsers(StandardJobs::kSendCampaignEmails);
        if (!paused) {
            problems << paused.error().message;
            return QStringLiteral("cannot tell whether sending is paused");
        }
        m_paused = *paused;
    }
    if (m_paused->contains(user.id))
        return QStringLiteral("sending is paused for this user (%1)")
            .arg(StandardJobs::kSendCampaignEmails);

    if (m_policy.enforceSendingWindow) {
        Result<std::optional<QString>> setting =
            scope.settings().value(SendingWindow::kSettingName);
        if (!setting) {
            problems << setting.error().message;
            return QStringLiteral("cannot read the sending window");
        }
        if (setting->has_value()) {
            Result<SendingWindow> window = SendingWindow::parse(**setting);
            if (!window) {
                problems << window.error().message;
                return QStringLiteral("the sending window setting is invalid");
            }
            if (!window->isOpen(m_clock.now(), zoneOf(user)))
                return QStringLiteral("outside the sending window (%1, %2)")
                    .arg(window->describe(), user.timeZone);
        }
    }
    if (m_policy.enforceBounceGuard)
        return bounceHold(user, scope, problems);
    return {};
}

QString DeliveryGuards::bounceHold(const User& user, const UserScope& scope,
                                   QStringList& problems) {
    const qint64 now = m_clock.nowMs();
    qint64 since = now - m_policy.bounceWindowMs;
    Result<std::optional<QString>> state = scope.settings().value(kBounceGuardSetting);
    if (!state) {
        problems << state.error().message;
        return QStringLiteral("cannot read the bounce guard's state");
    }
    if (state->has_value()) {
        const QJsonObject o = QJsonDocument::fromJson((*state)->toUtf8()).object();
        // Only what happened after the last trip counts again.
        since = std::max(since, qint64(o.value(QStringLiteral("trippedAt")).toDouble()) + 1);
    }
    Result<OutboxDeliveryRepository::BounceCounts> counts =
        scope.outboxDelivery().bounceCounts(since);
    if (!counts) {
        problems << counts.error().message;
        return QStringLiteral("cannot count bounces");
    }
    const qint64 sample = counts->sent + counts->bounced;
    if (sample < m_policy.bounceMinSample ||
        double(counts->bounced) <= m_policy.bounceThreshold * double(sample))
        return {};
    const QString reason =
        QStringLiteral("bounce guard: %1 of the last %2 messages bounced (over %3%); sending "
                       "is paused until the list is cleaned and the job resumed for this user")
            .arg(counts->bounced)
            .arg(sample)
            .arg(m_policy.bounceThreshold * 100, 0, 'g', 3);
    if (Status paused = JobUserPauseRepository(m_database, m_clock)
                            .pause(StandardJobs::kSendCampaignEmails, user.id, reason);
        !paused)
        problems << paused.error().message;
    const QString tripped =
        QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("trippedAt"), double(now)}})
                              .toJson(QJsonDocument::Compact));
    if (Status saved = scope.settings().setValue(kBounceGuardSetting, tripped); !saved)
        problems << saved.error().message;
    if (m_paused)
        m_paused->insert(user.id);
    // Inside a job's unit the thread's context already names job, run and user.
    const Logger log = LogContext::current().userId
                           ? Logger()
                           : Logger(LogContext{{}, std::nullopt, user.id, user.email});
    log.warning(reason);
    return reason;
}

Result<std::optional<qint64>> DeliveryGuards::capLeft(const SenderAccount& account,
                                                      const UserScope& scope,
                                                      const QTimeZone& zone) {
    if (!m_policy.enforceDailyCap || account.dailyCap <= 0)
        return std::optional<qint64>{};
    if (auto it = m_capLeft.constFind(account.id); it != m_capLeft.cend())
        return std::optional<qint64>{*it};
    const QDateTime wall = ZonedTime::wallClock(m_clock.now(), zone);
    const qint64 dayStart = ZonedTime::toUtc(wall.date(), QTime(0, 0), zone).toMSecsSinceEpoch();
    Result<qint64> used = scope.outboxDelivery().countSentBySender(account.id, dayStart);
    if (!used)
        return used.error();
    const qint64 left = std::max<qint64>(0, account.dailyCap - *used);
    m_capLeft.insert(account.id, left);
    return std::optional<qint64>{left};
}

void DeliveryGuards::consume(qint64 senderAccountId) {
    if (auto it = m_capLeft.find(senderAccountId); it != m_capLeft.end() && *it > 0)
        --*it;
}

} // namespace outreach
