#include "models/LeadImportModel.h"

#include <QBrush>
#include <QColor>

namespace outreach::ui {

LeadImportModel::LeadImportModel(QObject* parent) : QAbstractTableModel(parent) {}

void LeadImportModel::setPreview(const LeadImportPreview& preview) {
    beginResetModel();
    m_rows = preview.rows;
    endResetModel();
}

bool LeadImportModel::isBad(int row) const {
    return row >= 0 && row < m_rows.size() && !m_rows.at(row).problem.isEmpty();
}

int LeadImportModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LeadImportModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LeadImportModel::data(const QModelIndex& index, int role) const {
    if (index.row() < 0 || index.row() >= m_rows.size())
        return {};
    const LeadImportPreview::Row& row = m_rows.at(index.row());
    const bool bad = !row.problem.isEmpty();
    if (role == Qt::BackgroundRole && bad)
        return QBrush(QColor(0xfd, 0xe2, 0xe1)); // light red, with dark text for contrast
    if (role == Qt::ForegroundRole && bad)
        return QBrush(QColor(0x8a, 0x1c, 0x12));
    if (role == Qt::TextAlignmentRole && (index.column() == Line || index.column() == Score))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Line:
        return row.line;
    case Problem:
        return bad ? row.problem : tr("OK");
    default:
        return row.cells.value(index.column() - Email);
    }
}

QVariant LeadImportModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Line:
        return tr("Line");
    case Email:
        return tr("Email");
    case FirstName:
        return tr("First name");
    case LastName:
        return tr("Last name");
    case Company:
        return tr("Company");
    case Title:
        return tr("Title");
    case Score:
        return tr("Score");
    case Problem:
        return tr("Problem");
    default:
        return {};
    }
}

} // namespace outreach::ui
