#pragma once

#include "logging/RecordSink.h"

#include <QList>
#include <QMutex>
#include <QObject>

namespace outreach {

// Hands records to the console's live log view as a Qt signal. Records logged in any thread
// are collected and delivered in one batch per turn of this object's event loop, so a burst
// of thousands of lines is a handful of signals, not thousands.
class LiveLogSink final : public QObject, public RecordSink {
    Q_OBJECT
public:
    explicit LiveLogSink(const Clock& clock);

    static constexpr qsizetype kMaxPending = 20000;

Q_SIGNALS:
    void recordsLogged(const QList<outreach::LogRecord>& records);

protected:
    void accept(const LogRecord& record) override;

private:
    void deliver();

    QMutex m_pendingMutex;
    QList<LogRecord> m_pending;
};

} // namespace outreach
