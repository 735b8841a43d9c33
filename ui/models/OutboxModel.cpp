#include "models/OutboxModel.h"

#include "common/Format.h"

#include <QBrush>
#include <QColor>

namespace outreach::ui {

OutboxModel::OutboxModel(QObject* parent) : QAbstractTableModel(parent) {}

int OutboxModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OutboxModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const OutboxMessage& m = m_rows.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == Status &&
        (m.status == QLatin1String("unknown") || m.status == QLatin1String("failed")))
        return QBrush(QColor(0xc0, 0x39, 0x2b)); // needs the admin: the same red as errors
    if (role == Qt::ToolTipRole && index.column() == LastError && !m.lastError.isEmpty())
        return m.lastError;
    if (role == Qt::ToolTipRole && index.column() == User)
        return tr("User #%1").arg(m.userId);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Id:
        return m.id;
    case User:
        return m_userNames.value(m.userId, QStringLiteral("#%1").arg(m.userId));
    case Kind:
        return Format::outboxKind(m.kind);
    case To:
        return m.toAddress;
    case Subject:
        return m.subject;
    case Status:
        return Format::outboxStatus(m.status);
    case Attempts:
        return m.attempts;
    case Scheduled:
        return Format::dateTime(m.scheduledFor);
    case LastError:
        return m.lastError.simplified();
    default:
        return {};
    }
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("ID");
    case User:
        return tr("User");
    case Kind:
        return tr("Kind");
    case To:
        return tr("To");
    case Subject:
        return tr("Subject");
    case Status:
        return tr("Status");
    case Attempts:
        return tr("Attempts");
    case Scheduled:
        return tr("Scheduled for");
    case LastError:
        return tr("Last error");
    default:
        return {};
    }
}

void OutboxModel::setRows(const QList<OutboxMessage>& rows) {
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void OutboxModel::updateRow(const OutboxMessage& message) {
    const int row = rowOf(message.id);
    if (row < 0)
        return;
    m_rows[row] = message;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void OutboxModel::setUserNames(const QHash<qint64, QString>& names) {
    m_userNames = names;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, User), index(int(m_rows.size()) - 1, User));
}

const OutboxMessage* OutboxModel::messageAt(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int OutboxModel::rowOf(qint64 messageId) const {
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == messageId)
            return row;
    return -1;
}

} // namespace outreach::ui
