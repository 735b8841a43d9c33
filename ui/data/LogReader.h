#pragma once

#include "model/LogFilter.h"
#include "model/LogRecord.h"

#include <QObject>
#include <atomic>

namespace outreach {
class Database;
}

namespace outreach::ui {

// The Logs page's read model (DESIGN "Threads": read-only views page through their own read
// connection). Lives on the reader thread, reads log_records a page at a time through
// LogRepository, and never touches the engine's thread, so a slow text search over millions
// of records neither freezes the GUI nor delays a run.
class LogReader final : public QObject {
    Q_OBJECT
public:
    explicit LogReader(const Database& database, QObject* parent = nullptr);

    // Called on the GUI thread before queueing a query: answers to older tokens are skipped
    // without running them, so typing in the search field does not pile up queries.
    void want(quint64 token) { m_wanted.store(token); }
    const Database& database() const { return m_database; }

public Q_SLOTS:
    void query(quint64 token, const outreach::LogFilter& filter);

Q_SIGNALS:
    void loaded(quint64 token, const outreach::LogFilter& filter,
                const QList<outreach::LogRecord>& records);
    void failed(quint64 token, const QString& message);

private:
    const Database& m_database;
    std::atomic<quint64> m_wanted{0};
};

} // namespace outreach::ui
