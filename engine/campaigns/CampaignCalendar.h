#pragma once

#include "core/Result.h"
#include "model/Campaign.h"
#include "model/User.h"

#include <QDate>
#include <QTimeZone>
#include <optional>

namespace outreach {

// A campaign's schedule read in its owner's time zone (SPEC §3.9, §4): the hour a daily
// campaign runs, the dates it is live, when a one-time campaign is due and when a recurring
// one runs next. Every answer is computed from an instant the caller passes (the engine
// clock), never from the wall clock.
class CampaignCalendar {
public:
    // Jobs 1, 2 and 4 skip a campaign whose last run for that job is younger than this, so a
    // second trigger in the same hour, a manual run or a DST repeat never runs it twice a day.
    static constexpr qint64 kGuardMs = 23LL * 60 * 60 * 1000;
    static constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

    explicit CampaignCalendar(QTimeZone zone);
    static Result<CampaignCalendar> forUser(const User& user); // BadInput ("timeZone")

    const QTimeZone& zone() const { return m_zone; }
    QDate localDate(qint64 utcMs) const;
    qint64 startOfDay(const QDate& localDate) const; // UTC ms of 00:00 there (or the gap's end)

    // True during the local hour of the campaign's scheduleTime. On a spring-forward day whose
    // gap swallows that hour, the hour right after the gap stands for it (it runs once, late).
    bool atScheduledHour(const Campaign& campaign, qint64 nowMs) const;
    // The local date is within [startDate, endDate] (either may be unset).
    bool withinDates(const Campaign& campaign, qint64 nowMs) const;
    // The local date is after endDate.
    bool pastEndDate(const Campaign& campaign, qint64 nowMs) const;

    // startDate at scheduleTime, as the UTC instant it stands for; none without a start date.
    std::optional<qint64> startInstant(const Campaign& campaign) const;
    // When a one-time or recurring campaign is due: nextRunAt, else its start instant.
    std::optional<qint64> dueAt(const Campaign& campaign) const;
    // A recurring campaign's next run after one that was due at `dueAtMs` and ran at `nowMs`:
    // the first date dueAt + k * recurrenceDays (k >= 1) at scheduleTime that lies after now,
    // so a campaign that missed several runs runs once, not once per missed run. None when that
    // date falls after endDate: the campaign has had its last run.
    std::optional<qint64> nextRecurrence(const Campaign& campaign, qint64 dueAtMs,
                                         qint64 nowMs) const;

    static bool guardAllows(std::optional<qint64> lastRunAt, qint64 nowMs);

private:
    std::optional<QDate> date(const QString& text) const;
    QTime time(const Campaign& campaign) const;

    QTimeZone m_zone;
};

} // namespace outreach
