#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace outreach::TimeFormat {

// Stored times are UTC milliseconds since the epoch; these helpers are the only translation.
QString isoUtc(qint64 msSinceEpoch); // 2026-12-04T15:00:00Z
QString isoUtc(const QDateTime& instant);
QString isoWithOffset(const QDateTime& instant); // 2026-12-04T16:00:00+01:00
Result<QDateTime> parseInstant(const QString& field, const QString& text);
Result<QTimeZone> parseZone(const QString& field, const QString& ianaId);
Result<QDate> parseDate(const QString& field, const QString& text);       // YYYY-MM-DD
Result<QTime> parseHourMinute(const QString& field, const QString& text); // HH:MM

} // namespace outreach::TimeFormat
