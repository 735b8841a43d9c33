#include "core/ZonedTime.h"

#include <QList>

#include <algorithm>

namespace outreach {

namespace {

// UTC offsets in tzdata stay within about ±15 h (historic local mean times included), so every
// instant a reading can stand for lies within this window around the reading itself.
constexpr qint64 kWindowMs = 18LL * 3600 * 1000;

qint64 offsetMsAt(const QTimeZone& zone, qint64 utcMs) {
    return qint64(zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC))) * 1000;
}

QDateTime utcFromMs(qint64 utcMs) {
    return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC);
}

} // namespace

ZonedTime::Resolved ZonedTime::resolve(const QDate& date, const QTime& time,
                                       const QTimeZone& zone) {
    const qint64 wallMs = QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch();
    const qint64 offsetBefore = offsetMsAt(zone, wallMs - kWindowMs);
    const qint64 offsetAfter = offsetMsAt(zone, wallMs + kWindowMs);

    // Fast path: no offset change anywhere near the reading (all but a few hours a year).
    if (offsetBefore == offsetAfter && offsetMsAt(zone, wallMs - offsetBefore) == offsetBefore)
        return {utcFromMs(wallMs - offsetBefore), Kind::Normal};

    // Near a transition: every offset in force around the reading is a candidate, and the
    // candidate is real when the zone actually uses that offset at the instant it gives.
    const QList<QTimeZone::OffsetData> transitions =
        zone.transitions(utcFromMs(wallMs - kWindowMs), utcFromMs(wallMs + kWindowMs));
    QList<qint64> offsets{offsetBefore};
    for (const QTimeZone::OffsetData& transition : transitions)
        offsets.append(qint64(transition.offsetFromUtc) * 1000);

    QList<qint64> instants;
    for (qint64 offset : offsets) {
        const qint64 candidate = wallMs - offset;
        if (offsetMsAt(zone, candidate) == offset && !instants.contains(candidate))
            instants.append(candidate);
    }
    if (!instants.isEmpty()) {
        const qint64 first = *std::min_element(instants.cbegin(), instants.cend());
        return {utcFromMs(first), instants.size() > 1 ? Kind::Repeated : Kind::Normal};
    }

    // A gap: the readings [T + old offset, T + new offset) do not exist for a transition at T.
    qint64 previousOffset = offsetBefore;
    for (const QTimeZone::OffsetData& transition : transitions) {
        const qint64 at = transition.atUtc.toMSecsSinceEpoch();
        const qint64 newOffset = qint64(transition.offsetFromUtc) * 1000;
        if (at + previousOffset <= wallMs && wallMs < at + newOffset)
            return {utcFromMs(at), Kind::Skipped};
        previousOffset = newOffset;
    }
    // Only reachable with zone data that contradicts itself; the old offset keeps time moving.
    return {utcFromMs(wallMs - offsetBefore), Kind::Skipped};
}

QDateTime ZonedTime::wallClock(const QDateTime& instant, const QTimeZone& zone) {
    const qint64 utcMs = instant.toMSecsSinceEpoch();
    return utcFromMs(utcMs + offsetMsAt(zone, utcMs));
}

} // namespace outreach
