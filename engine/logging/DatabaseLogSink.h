#pragma once

#include "logging/RecordSink.h"

#include <QList>
#include <QMutex>

namespace outreach {

// Collects records for the log_records table. Writing happens in batches, on the engine
// thread (LogPipeline::flushToDatabase), never in the thread that logs: a unit of work does
// not wait for the database to store its log lines.
class DatabaseLogSink final : public RecordSink {
public:
    explicit DatabaseLogSink(const Clock& clock);

    struct Batch {
        QList<LogRecord> records;
        qint64 dropped = 0; // records thrown away because the buffer was full
    };
    Batch takeAll();
    // Returns records that could not be stored, ahead of newer ones (within the buffer limit).
    void putBack(const QList<LogRecord>& records);

    // A runaway logger must not eat the machine's memory while the database is unreachable.
    static constexpr qsizetype kMaxBuffered = 100000;

protected:
    void accept(const LogRecord& record) override;

private:
    QMutex m_bufferMutex;
    QList<LogRecord> m_buffer;
    qint64 m_dropped = 0;
};

} // namespace outreach
