#include "logging/DatabaseLogSink.h"

#include <QMutexLocker>
#include <algorithm>

namespace outreach {

DatabaseLogSink::DatabaseLogSink(const Clock& clock) : RecordSink(clock) {}

void DatabaseLogSink::accept(const LogRecord& record) {
    QMutexLocker lock(&m_bufferMutex);
    if (m_buffer.size() >= kMaxBuffered) {
        ++m_dropped;
        return;
    }
    m_buffer.append(record);
}

DatabaseLogSink::Batch DatabaseLogSink::takeAll() {
    QMutexLocker lock(&m_bufferMutex);
    Batch batch{std::exchange(m_buffer, {}), std::exchange(m_dropped, 0)};
    return batch;
}

void DatabaseLogSink::putBack(const QList<LogRecord>& records) {
    QMutexLocker lock(&m_bufferMutex);
    const qsizetype room = std::max<qsizetype>(0, kMaxBuffered - m_buffer.size());
    const qsizetype kept = std::min(room, records.size());
    m_dropped += records.size() - kept;
    m_buffer = records.mid(records.size() - kept) + m_buffer;
}

} // namespace outreach
