#pragma once

#include "data/LeadImportPreview.h"

#include <QAbstractTableModel>

namespace outreach::ui {

// The rows of a leads CSV file in the import preview: each with its file line, its cells and,
// for a bad row, why it cannot be imported (bad rows are tinted).
class LeadImportModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Line, Email, FirstName, LastName, Company, Title, Score, Problem, ColumnCount };

    explicit LeadImportModel(QObject* parent = nullptr);

    void setPreview(const LeadImportPreview& preview);
    bool isBad(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<LeadImportPreview::Row> m_rows;
};

} // namespace outreach::ui
