#pragma once

#include "core/Result.h"

#include <QDate>
#include <QString>
#include <QTimeZone>

namespace outreach {

// An ISO 8601 week ("2026-W49"): Monday to Sunday, week 1 being the week with the year's
// first Thursday. A weekly report covers the week in the user's own time zone: from Monday
// 00:00 to the next Monday 00:00 there (so a week with a DST change is 167 or 169 hours).
class IsoWeek {
public:
    static Result<IsoWeek> parse(const QString& field, const QString& text); // YYYY-Www
    static IsoWeek containing(const QDate& date);
    static IsoWeek containing(qint64 utcMs, const QTimeZone& zone);
    static int weeksInYear(int year); // 52 or 53

    int year() const { return m_year; }
    int week() const { return m_week; }
    QDate monday() const;
    IsoWeek previous() const;
    IsoWeek next() const;
    QString toString() const;

    // [startMs, endMs) of the week in `zone`, in UTC milliseconds.
    qint64 startMs(const QTimeZone& zone) const;
    qint64 endMs(const QTimeZone& zone) const;

    bool operator==(const IsoWeek& other) const = default;

private:
    IsoWeek(int year, int week) : m_year(year), m_week(week) {}

    int m_year;
    int m_week;
};

} // namespace outreach
