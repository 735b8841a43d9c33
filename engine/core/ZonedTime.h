#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

namespace outreach {

// Translation between instants and wall-clock readings in one IANA zone, with the SPEC §3.9
// rules for the readings a DST change skips or repeats. Qt's own QDateTime(date, time, zone)
// picks an answer for those readings that differs between Qt versions, so schedules never
// depend on it.
//
// A wall-clock reading is carried as a QDateTime in Qt::UTC: a plain date and time that Qt
// applies no zone rules to.
class ZonedTime {
public:
    enum class Kind {
        Normal,   // the reading happens exactly once
        Repeated, // fall back: the reading happens twice; it stands for the first occurrence
        Skipped,  // spring forward: the reading never happens; it stands for the end of the gap
    };

    struct Resolved {
        QDateTime utc;
        Kind kind = Kind::Normal;
    };

    // The instant a wall-clock reading stands for: itself when it happens once, its first
    // occurrence in an overlap, and the first instant after the gap when it falls in one.
    static Resolved resolve(const QDate& date, const QTime& time, const QTimeZone& zone);
    static QDateTime toUtc(const QDate& date, const QTime& time, const QTimeZone& zone) {
        return resolve(date, time, zone).utc;
    }

    // The wall-clock reading of an instant in the zone (exact to the second).
    static QDateTime wallClock(const QDateTime& instant, const QTimeZone& zone);
};

} // namespace outreach
