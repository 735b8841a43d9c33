#include "models/RunUsersModel.h"

#include "common/Format.h"

#include <QApplication>
#include <QStyle>

namespace outreach::ui {

RunUsersModel::RunUsersModel(QObject* parent) : QAbstractTableModel(parent) {}

int RunUsersModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RunUsersModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunUsersModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const JobRunUser& row = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case User:
            return row.userEmail.isEmpty() ? QStringLiteral("#%1").arg(row.userId) : row.userEmail;
        case Status:
            return Format::userOutcome(row.status);
        case Items:
            return row.items;
        case Duration:
            return row.finishedAt ? Format::duration(row.durationMs) : QString();
        case Details:
            return row.error.isEmpty() ? row.note : row.error;
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole && index.column() == Status) {
        QStyle* style = QApplication::style();
        if (row.status == QLatin1String("failed"))
            return style->standardIcon(QStyle::SP_MessageBoxCritical);
        if (row.status == QLatin1String("succeeded"))
            return style->standardIcon(QStyle::SP_DialogApplyButton);
    }
    if (role == Qt::ToolTipRole && index.column() == Details)
        return row.error.isEmpty() ? row.note : row.error;
    if (role == Qt::TextAlignmentRole && index.column() == Items)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RunUsersModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case User:
        return tr("User");
    case Status:
        return tr("Outcome");
    case Items:
        return tr("Items");
    case Duration:
        return tr("Duration");
    case Details:
        return tr("Error / note");
    default:
        return {};
    }
}

void RunUsersModel::setOutcomes(qint64 runId, const QList<JobRunUser>& outcomes) {
    beginResetModel();
    m_runId = runId;
    m_rows = outcomes;
    endResetModel();
}

void RunUsersModel::upsert(const JobRunUser& outcome) {
    if (outcome.runId != m_runId)
        return;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).userId == outcome.userId) {
            m_rows[row] = outcome;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append(outcome);
    endInsertRows();
}

void RunUsersModel::clear() {
    setOutcomes(0, {});
}

const JobRunUser* RunUsersModel::outcomeAt(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int RunUsersModel::failedCount() const {
    int count = 0;
    for (const JobRunUser& row : m_rows)
        count += row.status == QLatin1String("failed") ? 1 : 0;
    return count;
}

} // namespace outreach::ui
