#pragma once

#include "model/Lead.h"

#include <QAbstractTableModel>

namespace outreach::ui {

// One page of a user's leads for the Leads page, filled from the reader thread's answers.
// Replied leads are marked, so the admin sees at a glance whose sequence stopped and why.
class LeadsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Email, Name, Company, Score, Status, Contacted, Replied, ColumnCount };

    explicit LeadsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setRows(const QList<Lead>& rows);
    const Lead* leadAt(int row) const;
    int rowOf(qint64 leadId) const;

    // The statuses in the order of a sequence, and their names for people.
    static QStringList statuses();
    static QString statusName(const QString& status);

private:
    QList<Lead> m_rows;
};

} // namespace outreach::ui
