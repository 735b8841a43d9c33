#pragma once

#include "model/LogFilter.h"
#include "model/LogRecord.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace outreach {
class Engine;
}

namespace outreach::ui {

class LogExport;
class LogFilterBar;
class LogModel;
class LogReader;
class MessageBar;

// Live tail and history of the engine's log: filters by level, job, user, run and text;
// pages of stored records are read on the reader thread as the view scrolls; copy and export.
class LogsPage final : public QWidget {
    Q_OBJECT
public:
    LogsPage(Engine* engine, LogReader* reader, QWidget* parent = nullptr);

    // Shows exactly these filters (e.g. one run's logs, asked for by the Runs page).
    void applyFilter(const LogFilter& filter);
    LogFilter filter() const;
    void setFollowing(bool follow);
    bool isFollowing() const;
    // Starts writing every matching record to `path` (.csv or text) on the reader thread.
    void exportTo(const QString& path);
    void copySelection() const;

    LogModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    bool isLoading() const { return m_loading; }
    QString statusText() const;

    static constexpr int kPageSize = 500;
    static constexpr int kMaxRows = 50000;
    // Rows are trimmed back to kMaxRows only past kMaxRows + kTrimSlack: every removal costs
    // the table's header O(rows), too much for each live batch (gui_stall_bench).
    static constexpr int kTrimSlack = kMaxRows / 10;

Q_SIGNALS:
    void exportFinished(qint64 written, const QString& error);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reload();
    void onLoaded(quint64 token, const outreach::LogFilter& filter,
                  const QList<outreach::LogRecord>& records);
    void onLive(const QList<outreach::LogRecord>& records);
    void fetchOlder(qint64 beforeId);
    void onExportFinished(qint64 written, const QString& error);
    void chooseExportFile();
    void updateStatus();
    void showContextMenu(const QPoint& position);

    Engine* m_engine;
    LogReader* m_reader;
    LogModel* m_model;
    MessageBar* m_message;
    LogFilterBar* m_filters;
    QPushButton* m_clear;
    QPushButton* m_exportButton;
    QPushButton* m_cancelExport;
    QTableView* m_table;
    QLabel* m_status;

    LogFilter m_filter;             // what the rows show
    quint64 m_token = 0;            // the newest query asked of the reader
    LogExport* m_export = nullptr;  // the export in progress
    bool m_loading = false;         // a fresh page is being read
    QList<LogRecord> m_pendingLive; // live records held while loading or not following
    qint64 m_droppedLive = 0;
    qint64 m_exported = 0;
};

} // namespace outreach::ui
