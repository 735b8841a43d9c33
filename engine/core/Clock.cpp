#include "core/Clock.h"

#include <QMutexLocker>

namespace outreach {

QDateTime SystemClock::now() const {
    return QDateTime::currentDateTimeUtc();
}

ManualClock::ManualClock(QDateTime start) : m_now(start.toUTC()) {}

QDateTime ManualClock::now() const {
    QMutexLocker lock(&m_mutex);
    return m_now;
}

void ManualClock::set(QDateTime instant) {
    QMutexLocker lock(&m_mutex);
    m_now = instant.toUTC();
}

void ManualClock::advanceMs(qint64 ms) {
    QMutexLocker lock(&m_mutex);
    m_now = m_now.addMSecs(ms);
}

} // namespace outreach
