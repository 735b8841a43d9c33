#include "logging/LiveLogSink.h"

#include <QMetaObject>
#include <QMutexLocker>

namespace outreach {

LiveLogSink::LiveLogSink(const Clock& clock) : RecordSink(clock) {}

void LiveLogSink::accept(const LogRecord& record) {
    bool first = false;
    {
        QMutexLocker lock(&m_pendingMutex);
        if (m_pending.size() >= kMaxPending)
            m_pending.removeFirst(); // a live view wants the newest lines
        first = m_pending.isEmpty();
        m_pending.append(record);
    }
    if (first)
        QMetaObject::invokeMethod(this, &LiveLogSink::deliver, Qt::QueuedConnection);
}

void LiveLogSink::deliver() {
    QList<LogRecord> batch;
    {
        QMutexLocker lock(&m_pendingMutex);
        batch.swap(m_pending);
    }
    if (!batch.isEmpty())
        Q_EMIT recordsLogged(batch);
}

} // namespace outreach
