#pragma once

#include <QObject>
#include <QThread>

namespace outreach {
class Clock;
class Database;
} // namespace outreach

namespace outreach::ui {

class DashboardReader;
class LogReader;

// The console's reader thread: one thread with its own database connection for the
// read-only views that may have to page through millions of rows. Talk to the readers only
// by queued calls; their answers arrive as queued signals.
class ReaderThread final : public QObject {
    Q_OBJECT
public:
    ReaderThread(const Database& database, const Clock& clock, QObject* parent = nullptr);
    ~ReaderThread() override; // ends the thread after the query in progress

    LogReader* logs() const { return m_logs; }
    DashboardReader* dashboard() const { return m_dashboard; }

private:
    QThread m_thread;
    LogReader* m_logs;
    DashboardReader* m_dashboard;
};

} // namespace outreach::ui
