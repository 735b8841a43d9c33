#include "models/UsersModel.h"

#include <QBrush>
#include <QPalette>

namespace outreach::ui {

UsersModel::UsersModel(QObject* parent) : QAbstractTableModel(parent) {}

int UsersModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_users.size());
}

int UsersModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_users.size())
        return {};
    const User& user = m_users.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Id:
            return user.id;
        case Name:
            return user.name;
        case Email:
            return user.email;
        case Status:
            return user.status == QLatin1String("active")   ? tr("Active")
                   : user.status == QLatin1String("paused") ? tr("Paused")
                                                            : tr("Disabled");
        case TimeZone:
            return user.timeZone;
        case DailyQuota:
            return user.dailyEmailQuota;
        case MonthlyQuota:
            return user.monthlyLeadQuota;
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Status && !user.isActive())
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Id || index.column() == DailyQuota || index.column() == MonthlyQuota))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("ID");
    case Name:
        return tr("Name");
    case Email:
        return tr("Email");
    case Status:
        return tr("Status");
    case TimeZone:
        return tr("Time zone");
    case DailyQuota:
        return tr("Daily emails");
    case MonthlyQuota:
        return tr("Monthly leads");
    default:
        return {};
    }
}

void UsersModel::setUsers(const QList<User>& users) {
    beginResetModel();
    m_users = users;
    endResetModel();
}

void UsersModel::updateUser(const User& user) {
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).id == user.id) {
            m_users[row] = user;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
    beginInsertRows({}, int(m_users.size()), int(m_users.size()));
    m_users.append(user);
    endInsertRows();
}

const User* UsersModel::userAt(int row) const {
    return row >= 0 && row < m_users.size() ? &m_users.at(row) : nullptr;
}

} // namespace outreach::ui
