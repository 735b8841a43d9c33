#include "core/CronExpression.h"

#include "core/ZonedTime.h"

#include <QRegularExpression>
#include <QStringList>

#include <utility>
#include <vector>

namespace outreach {

namespace {

constexpr int kMinutesPerDay = 24 * 60;

const QList<std::pair<QString, QString>>& aliases() {
    static const QList<std::pair<QString, QString>> table{
        {QStringLiteral("@yearly"), QStringLiteral("0 0 1 1 *")},
        {QStringLiteral("@annually"), QStringLiteral("0 0 1 1 *")},
        {QStringLiteral("@monthly"), QStringLiteral("0 0 1 * *")},
        {QStringLiteral("@weekly"), QStringLiteral("0 0 * * 0")},
        {QStringLiteral("@daily"), QStringLiteral("0 0 * * *")},
        {QStringLiteral("@midnight"), QStringLiteral("0 0 * * *")},
        {QStringLiteral("@hourly"), QStringLiteral("0 * * * *")},
    };
    return table;
}

Result<QString> expandAlias(const QString& trimmed) {
    if (!trimmed.startsWith(QLatin1Char('@')))
        return trimmed;
    QStringList names;
    for (const auto& [alias, expansion] : aliases()) {
        if (trimmed.compare(alias, Qt::CaseInsensitive) == 0)
            return expansion;
        names.append(alias);
    }
    return Error::badInput(QStringLiteral("schedule"),
                           QStringLiteral("schedule: unknown alias '%1' (known: %2)")
                               .arg(trimmed, names.join(QStringLiteral(", "))));
}

} // namespace

CronExpression::CronExpression(QString text, CronField minute, CronField hour, CronField dayOfMonth,
                               CronField month, CronField dayOfWeek)
    : m_text(std::move(text)), m_minute(minute), m_hour(hour), m_dayOfMonth(dayOfMonth),
      m_month(month), m_dayOfWeek(dayOfWeek),
      m_dayOrRule(!dayOfMonth.isUnrestricted() && !dayOfWeek.isUnrestricted()) {}

Result<CronExpression> CronExpression::parse(const QString& text) {
    const Result<QString> expanded = expandAlias(text.trimmed());
    if (!expanded)
        return expanded.error();
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    const QStringList fields = expanded->split(whitespace, Qt::SkipEmptyParts);
    if (fields.size() != 5)
        return Error::badInput(QStringLiteral("schedule"),
                               QStringLiteral("schedule: expected 5 fields, got %1 (minute hour "
                                              "day-of-month month day-of-week, e.g. '0 9 * * "
                                              "MON-FRI')")
                                   .arg(fields.size()));

    using Kind = CronField::Kind;
    const Kind kinds[] = {Kind::Minute, Kind::Hour, Kind::DayOfMonth, Kind::Month, Kind::DayOfWeek};
    std::vector<CronField> parsed;
    for (int i = 0; i < 5; ++i) {
        Result<CronField> field = CronField::parse(kinds[i], fields[i]);
        if (!field)
            return field.error();
        parsed.push_back(*field);
    }
    return CronExpression(text.trimmed(), parsed[0], parsed[1], parsed[2], parsed[3], parsed[4]);
}

bool CronExpression::dayMatches(const QDate& date) const {
    if (!m_month.contains(date.month()))
        return false;
    const bool dom = m_dayOfMonth.contains(date.day());
    const bool dow = m_dayOfWeek.contains(date.dayOfWeek() % 7); // Qt: Monday 1 .. Sunday 7
    return m_dayOrRule ? (dom || dow) : (dom && dow);
}

bool CronExpression::matchesWallTime(const QDate& date, const QTime& time) const {
    return date.isValid() && time.isValid() && dayMatches(date) && m_hour.contains(time.hour()) &&
           m_minute.contains(time.minute());
}

std::optional<CronExpression::WallMinute>
CronExpression::nextWallMatch(WallMinute from, const QDate& lastDate) const {
    QDate date = from.date;
    int hour = from.minuteOfDay / 60;
    int minute = from.minuteOfDay % 60;
    // Each step either returns or moves to the next candidate month, day or hour, so the
    // search costs days, not minutes.
    while (date <= lastDate) {
        if (!m_month.contains(date.month())) {
            date = QDate(date.year(), date.month(), 1).addMonths(1);
            hour = minute = 0;
            continue;
        }
        if (!dayMatches(date)) {
            date = date.addDays(1);
            hour = minute = 0;
            continue;
        }
        const int nextHour = m_hour.nextFrom(hour);
        if (nextHour < 0) {
            date = date.addDays(1);
            hour = minute = 0;
            continue;
        }
        if (nextHour != hour) {
            hour = nextHour;
            minute = 0;
        }
        const int nextMinute = m_minute.nextFrom(minute);
        if (nextMinute < 0) {
            ++hour; // nextFrom(24) finds no hour and moves on to the next day
            minute = 0;
            continue;
        }
        return WallMinute{date, hour * 60 + nextMinute};
    }
    return std::nullopt;
}

QDateTime CronExpression::nextFireAfter(const QDateTime& afterUtc, const QTimeZone& zone) const {
    if (!afterUtc.isValid() || !zone.isValid())
        return {};
    const QDateTime wall = ZonedTime::wallClock(afterUtc, zone);
    // Wall time -> instant never decreases (skipped readings go to the gap's end, repeated ones
    // to their first occurrence), so the answer is the first matching reading from the
    // current one on whose instant lies after `afterUtc`. Readings of a repeated hour whose
    // first occurrence has passed are stepped over one by one: at most an hour of them.
    WallMinute from{wall.date(), wall.time().hour() * 60 + wall.time().minute()};
    const QDate lastDate = from.date.addYears(kSearchYears);
    while (const std::optional<WallMinute> match = nextWallMatch(from, lastDate)) {
        const QDateTime fire = ZonedTime::toUtc(
            match->date, QTime(match->minuteOfDay / 60, match->minuteOfDay % 60), zone);
        if (fire > afterUtc)
            return fire;
        from = *match;
        if (++from.minuteOfDay == kMinutesPerDay) {
            from.date = from.date.addDays(1);
            from.minuteOfDay = 0;
        }
    }
    return {};
}

QList<QDateTime> CronExpression::nextFires(const QDateTime& afterUtc, const QTimeZone& zone,
                                           int count) const {
    QList<QDateTime> fires;
    QDateTime cursor = afterUtc;
    while (fires.size() < count) {
        cursor = nextFireAfter(cursor, zone);
        if (!cursor.isValid())
            break;
        fires.append(cursor);
    }
    return fires;
}

} // namespace outreach
