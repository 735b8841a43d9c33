#include "core/QuotaMonth.h"

#include <QDateTime>
#include <QTimeZone>

namespace outreach {

QuotaMonth QuotaMonth::containing(qint64 utcMs) {
    const QDate day = QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc()).date();
    const QDate first(day.year(), day.month(), 1);
    const QDate next = first.addMonths(1);
    return QuotaMonth(day.year(), day.month(),
                      QDateTime(first, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch(),
                      QDateTime(next, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());
}

QString QuotaMonth::label() const {
    return QStringLiteral("%1-%2")
        .arg(m_year, 4, 10, QLatin1Char('0'))
        .arg(m_month, 2, 10, QLatin1Char('0'));
}

} // namespace outreach
