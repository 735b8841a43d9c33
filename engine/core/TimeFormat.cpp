#include "core/TimeFormat.h"

namespace outreach::TimeFormat {

QString isoUtc(qint64 msSinceEpoch) {
    return isoUtc(QDateTime::fromMSecsSinceEpoch(msSinceEpoch, QTimeZone::utc()));
}

QString isoUtc(const QDateTime& instant) {
    return instant.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QString isoWithOffset(const QDateTime& instant) {
    return instant.toString(Qt::ISODate);
}

Result<QDateTime> parseInstant(const QString& field, const QString& text) {
    QDateTime parsed = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!parsed.isValid())
        return Error::badInput(field, QStringLiteral("%1: '%2' is not an ISO 8601 instant "
                                                     "(e.g. 2026-12-04T09:30:00Z)")
                                          .arg(field, text));
    if (parsed.timeSpec() == Qt::LocalTime)
        parsed.setTimeZone(QTimeZone::utc()); // an instant without offset is read as UTC
    return parsed.toUTC();
}

Result<QTimeZone> parseZone(const QString& field, const QString& ianaId) {
    const QByteArray id = ianaId.trimmed().toUtf8();
    if (id.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(id))
        return Error::badInput(field, QStringLiteral("%1: '%2' is not a known IANA time zone "
                                                     "(e.g. Europe/Berlin)")
                                          .arg(field, ianaId));
    return QTimeZone(id);
}

Result<QDate> parseDate(const QString& field, const QString& text) {
    const QDate date = QDate::fromString(text.trimmed(), QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid())
        return Error::badInput(
            field,
            QStringLiteral("%1: '%2' is not a date of the form YYYY-MM-DD").arg(field, text));
    return date;
}

Result<QTime> parseHourMinute(const QString& field, const QString& text) {
    const QTime time = QTime::fromString(text.trimmed(), QStringLiteral("HH:mm"));
    if (!time.isValid())
        return Error::badInput(
            field, QStringLiteral("%1: '%2' is not a time of the form HH:MM").arg(field, text));
    return time;
}

} // namespace outreach::TimeFormat
