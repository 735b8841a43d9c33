#pragma once

#include <QObject>
#include <QThread>

namespace outreach {
class Clock;
class Database;
} // namespace outreach

namespace outreach::ui {

class DashboardReader;
class LeadsReader;
class LogReader;
class WorkspaceReader;
class OutboxReader;
class ReportReader;

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
    WorkspaceReader* workspace() const { return m_workspace; }
    OutboxReader* outbox() const { return m_outbox; }
    ReportReader* reports() const { return m_reports; }
    LeadsReader* leads() const { return m_leads; }

private:
    QThread m_thread;
    LogReader* m_logs;
    DashboardReader* m_dashboard;
    WorkspaceReader* m_workspace;
    OutboxReader* m_outbox;
    ReportReader* m_reports;
    LeadsReader* m_leads;
};

} // namespace outreach::ui
