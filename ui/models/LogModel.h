#pragma once

#include "model/LogRecord.h"

#include <QAbstractTableModel>

namespace outreach::ui {

// The Logs page's rows, newest first: a page of stored records, live records put on top as
// the engine logs them, and older pages fetched as the view scrolls down (canFetchMore /
// fetchMore), so only what has been looked at is ever loaded.
class LogModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Level, Job, Run, User, Message, ColumnCount };

    explicit LogModel(QObject* parent = nullptr);

    // How many of the newest stored rows a live batch is compared with for copies.
    static constexpr int kDuplicateWindow = 2000;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // A fresh view: stored records (oldest first, as the repository returns them) plus live
    // records that arrived while they were read; `more` says whether older ones exist.
    void reset(const QList<LogRecord>& stored, const QList<LogRecord>& live, bool more);
    void appendOlder(const QList<LogRecord>& stored, bool more); // oldest first
    // Live records (oldest first) go on top; ones already shown from the database are
    // dropped. Returns how many were added.
    int prependLive(const QList<LogRecord>& live);
    // Keeps the newest `rows` rows.
    void trim(int rows);

    const LogRecord* recordAt(int row) const;
    bool isFetching() const { return m_fetching; }
    void setFetching(bool fetching) { m_fetching = fetching; }
    qint64 oldestStoredId() const;

Q_SIGNALS:
    // The view scrolled to the end: load records older than this id (0: reload instead,
    // because only live records without ids are left).
    void olderWanted(qint64 beforeId);

private:
    QList<LogRecord> m_rows;  // newest first
    qsizetype m_liveRows = 0; // the rows on top that came live (prependLive), not stored
    bool m_more = false;
    bool m_fetching = false;
};

} // namespace outreach::ui
