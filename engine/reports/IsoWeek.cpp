#include "reports/IsoWeek.h"

#include "core/ZonedTime.h"

#include <QRegularExpression>

namespace outreach {

Result<IsoWeek> IsoWeek::parse(const QString& field, const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-W(\\d{2})$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return Error::badInput(
            field, QStringLiteral("%1: '%2' is not an ISO week like 2026-W49").arg(field, text));
    const int year = match.captured(1).toInt();
    const int week = match.captured(2).toInt();
    if (year < 1970 || week < 1 || week > weeksInYear(year))
        return Error::badInput(
            field, QStringLiteral("%1: %2 has no week %3").arg(field).arg(year).arg(week));
    return IsoWeek(year, week);
}

IsoWeek IsoWeek::containing(const QDate& date) {
    int year = 0;
    const int week = date.weekNumber(&year);
    return IsoWeek(year, week);
}

IsoWeek IsoWeek::containing(qint64 utcMs, const QTimeZone& zone) {
    const QDateTime instant = QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc());
    return containing(ZonedTime::wallClock(instant, zone).date());
}

int IsoWeek::weeksInYear(int year) {
    // December 28 is always in the year's last week.
    return QDate(year, 12, 28).weekNumber();
}

QDate IsoWeek::monday() const {
    // January 4 is always in week 1.
    const QDate jan4(m_year, 1, 4);
    return jan4.addDays(1 - jan4.dayOfWeek()).addDays(7LL * (m_week - 1));
}

IsoWeek IsoWeek::previous() const {
    return containing(monday().addDays(-7));
}

IsoWeek IsoWeek::next() const {
    return containing(monday().addDays(7));
}

QString IsoWeek::toString() const {
    return QStringLiteral("%1-W%2")
        .arg(m_year, 4, 10, QLatin1Char('0'))
        .arg(m_week, 2, 10, QLatin1Char('0'));
}

qint64 IsoWeek::startMs(const QTimeZone& zone) const {
    return ZonedTime::toUtc(monday(), QTime(0, 0), zone).toMSecsSinceEpoch();
}

qint64 IsoWeek::endMs(const QTimeZone& zone) const {
    return ZonedTime::toUtc(monday().addDays(7), QTime(0, 0), zone).toMSecsSinceEpoch();
}

} // namespace outreach
