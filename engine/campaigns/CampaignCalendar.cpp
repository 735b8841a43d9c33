#include "campaigns/CampaignCalendar.h"

#include "core/TimeFormat.h"
#include "core/ZonedTime.h"

namespace outreach {
namespace {

QDateTime utc(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

} // namespace

CampaignCalendar::CampaignCalendar(QTimeZone zone) : m_zone(std::move(zone)) {}

Result<CampaignCalendar> CampaignCalendar::forUser(const User& user) {
    Result<QTimeZone> zone = TimeFormat::parseZone(QStringLiteral("timeZone"), user.timeZone);
    if (!zone)
        return zone.error();
    return CampaignCalendar(*zone);
}

QDate CampaignCalendar::localDate(qint64 utcMs) const {
    return ZonedTime::wallClock(utc(utcMs), m_zone).date();
}

qint64 CampaignCalendar::startOfDay(const QDate& localDate) const {
    return ZonedTime::toUtc(localDate, QTime(0, 0), m_zone).toMSecsSinceEpoch();
}

std::optional<QDate> CampaignCalendar::date(const QString& text) const {
    if (text.isEmpty())
        return std::nullopt;
    const QDate parsed = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    return parsed.isValid() ? std::optional<QDate>(parsed) : std::nullopt;
}

QTime CampaignCalendar::time(const Campaign& campaign) const {
    const QTime parsed = QTime::fromString(campaign.scheduleTime, QStringLiteral("HH:mm"));
    return parsed.isValid() ? parsed : QTime(9, 0);
}

bool CampaignCalendar::atScheduledHour(const Campaign& campaign, qint64 nowMs) const {
    const QDateTime wall = ZonedTime::wallClock(utc(nowMs), m_zone);
    const int hour = time(campaign).hour();
    if (wall.time().hour() == hour)
        return true;
    const ZonedTime::Resolved scheduled = ZonedTime::resolve(wall.date(), QTime(hour, 0), m_zone);
    if (scheduled.kind != ZonedTime::Kind::Skipped)
        return false;
    const QDateTime stand = ZonedTime::wallClock(scheduled.utc, m_zone);
    return stand.date() == wall.date() && stand.time().hour() == wall.time().hour();
}

bool CampaignCalendar::withinDates(const Campaign& campaign, qint64 nowMs) const {
    const QDate today = localDate(nowMs);
    const std::optional<QDate> start = date(campaign.startDate);
    if (start && today < *start)
        return false;
    return !pastEndDate(campaign, nowMs);
}

bool CampaignCalendar::pastEndDate(const Campaign& campaign, qint64 nowMs) const {
    const std::optional<QDate> end = date(campaign.endDate);
    return end && localDate(nowMs) > *end;
}

std::optional<qint64> CampaignCalendar::startInstant(const Campaign& campaign) const {
    const std::optional<QDate> start = date(campaign.startDate);
    if (!start)
        return std::nullopt;
    return ZonedTime::toUtc(*start, time(campaign), m_zone).toMSecsSinceEpoch();
}

std::optional<qint64> CampaignCalendar::dueAt(const Campaign& campaign) const {
    if (campaign.nextRunAt)
        return campaign.nextRunAt;
    return startInstant(campaign);
}

std::optional<qint64> CampaignCalendar::nextRecurrence(const Campaign& campaign, qint64 dueAtMs,
                                                       qint64 nowMs) const {
    if (campaign.recurrenceDays <= 0)
        return std::nullopt;
    const std::optional<QDate> end = date(campaign.endDate);
    QDate next = localDate(dueAtMs);
    qint64 at = 0;
    do {
        next = next.addDays(campaign.recurrenceDays);
        if (end && next > *end)
            return std::nullopt;
        at = ZonedTime::toUtc(next, time(campaign), m_zone).toMSecsSinceEpoch();
    } while (at <= nowMs);
    return at;
}

bool CampaignCalendar::guardAllows(std::optional<qint64> lastRunAt, qint64 nowMs) {
    return !lastRunAt || nowMs - *lastRunAt >= kGuardMs;
}

} // namespace outreach
