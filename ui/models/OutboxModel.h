#pragma once

#include "model/OutboxMessage.h"

#include <QAbstractTableModel>
#include <QHash>

namespace outreach::ui {

// One page of outbox rows for the Outbox page, filled from the reader thread's answers; the
// user column shows the account's email (from the engine's user list) rather than an id.
class OutboxModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Id,
        User,
        Kind,
        To,
        Subject,
        Status,
        Attempts,
        Scheduled,
        LastError,
        ColumnCount
    };

    explicit OutboxModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setRows(const QList<OutboxMessage>& rows);
    // A decided row takes its new state in place (it stays until the next reload, so the
    // admin sees what happened to it).
    void updateRow(const OutboxMessage& message);
    void setUserNames(const QHash<qint64, QString>& names);
    const OutboxMessage* messageAt(int row) const;
    int rowOf(qint64 messageId) const;

private:
    QList<OutboxMessage> m_rows;
    QHash<qint64, QString> m_userNames;
};

} // namespace outreach::ui
