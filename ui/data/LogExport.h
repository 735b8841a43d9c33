#pragma once

#include "model/LogFilter.h"

#include <QObject>
#include <atomic>

class QThread;

namespace outreach {
class Database;
}

namespace outreach::ui {

// Writes every log record matching a filter to a file on a thread of its own (with its own
// connection), oldest first: CSV when the name ends in .csv (cells that a spreadsheet would
// run as formulas neutralised), otherwise one text line per record. Memory stays at one page
// whatever the number of records; the Logs page keeps paging while it runs.
class LogExport final : public QObject {
    Q_OBJECT
public:
    LogExport(const Database& database, LogFilter filter, QString path, QObject* parent = nullptr);
    ~LogExport() override; // cancels and waits

    void start();
    void cancel() { m_cancel.store(true); }
    QString path() const { return m_path; }

    static constexpr int kPage = 5000;

Q_SIGNALS:
    void progress(qint64 written);
    void finished(qint64 written, const QString& error); // error empty on success

private:
    void run();
    QString write(qint64& written);

    const Database& m_database;
    LogFilter m_filter;
    QString m_path;
    QThread* m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
};

} // namespace outreach::ui
