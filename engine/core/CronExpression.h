#pragma once

#include "core/CronField.h"
#include "core/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace outreach {

// A 5-field cron schedule (minute hour day-of-month month day-of-week) with Vixie-cron
// meaning, evaluated in an IANA time zone.
//
// Day rule: when day-of-month and day-of-week are both restricted (neither matches every
// value), a day matches if EITHER matches; otherwise both must. "Restricted" is decided by the
// values, as POSIX and croniter do: `1-31` is not restricted, `*/2` is (Vixie cron looks at the
// leading `*` instead and would AND `*/2` with the day of week).
//
// DST (SPEC §3.9): the schedule names wall-clock times. A matching time that a spring-forward
// gap skips runs once, at the first instant after the gap (several skipped times collapse into
// that one run); a matching time that a fall-back overlap repeats runs once, at its first
// occurrence, and not again in the repeated hour.
class CronExpression {
public:
    // Accepts the five fields or one of @yearly @annually @monthly @weekly @daily @midnight
    // @hourly. Bad input names the field: "schedule: hour field '25' is out of range 0-23".
    static Result<CronExpression> parse(const QString& text);

    QString text() const { return m_text; }

    // Whether the schedule names this wall-clock minute (seconds are ignored).
    bool matchesWallTime(const QDate& date, const QTime& time) const;

    // The first fire strictly after `afterUtc`, in UTC; invalid when the expression never
    // fires within kSearchYears (e.g. `0 0 30 2 *`) or the zone is invalid.
    QDateTime nextFireAfter(const QDateTime& afterUtc, const QTimeZone& zone) const;
    // Up to `count` consecutive fires after `afterUtc` (fewer when the schedule runs out).
    QList<QDateTime> nextFires(const QDateTime& afterUtc, const QTimeZone& zone, int count) const;

    // The longest wait between two fires of a possible expression is 8 years (`0 0 29 2 *`
    // across 2100, which is no leap year); anything past this bound never fires.
    static constexpr int kSearchYears = 10;

private:
    struct WallMinute {
        QDate date;
        int minuteOfDay = 0;
    };

    CronExpression(QString text, CronField minute, CronField hour, CronField dayOfMonth,
                   CronField month, CronField dayOfWeek);

    bool dayMatches(const QDate& date) const;
    // The first matching wall-clock minute at or after `from`, searching up to `lastDate`.
    std::optional<WallMinute> nextWallMatch(WallMinute from, const QDate& lastDate) const;

    QString m_text;
    CronField m_minute;
    CronField m_hour;
    CronField m_dayOfMonth;
    CronField m_month;
    CronField m_dayOfWeek;
    bool m_dayOrRule;
};

} // namespace outreach
