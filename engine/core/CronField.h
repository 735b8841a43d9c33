#pragma once

#include "core/Result.h"

#include <QString>
#include <QtGlobal>

namespace outreach {

// One of the five fields of a cron expression, held as the set of values it matches.
class CronField {
public:
    enum class Kind { Minute, Hour, DayOfMonth, Month, DayOfWeek };

    // Parses lists, ranges, steps (`*/5`, `1-30/2`, `5/15`) and, in the month and day-of-week
    // fields, names (JAN-DEC, SUN-SAT, any case). Day of week 7 is Sunday, stored as 0.
    // Errors are bad input on "schedule" and name the field, e.g.
    // "schedule: hour field '25' is out of range 0-23".
    static Result<CronField> parse(Kind kind, const QString& text);

    static QString name(Kind kind); // "minute", "day-of-month", ...

    Kind kind() const { return m_kind; }
    bool contains(int value) const { return value >= 0 && value < 64 && ((m_bits >> value) & 1U); }
    // The smallest member >= value, or -1 when there is none.
    int nextFrom(int value) const;
    // True when the field matches every value of its range (`*`, `*/1`, `0-59`, `SUN-SAT`...).
    // The day-of-month/day-of-week OR rule applies only when both fields are restricted.
    bool isUnrestricted() const;

private:
    CronField(Kind kind, quint64 bits) : m_kind(kind), m_bits(bits) {}

    Kind m_kind;
    quint64 m_bits;
};

} // namespace outreach
