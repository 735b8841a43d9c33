#include "models/UsersModel.h"

#include "common/Format.h"
#include "widgets/ProgressDelegate.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

namespace outreach::ui {

UsersModel::UsersModel(QObject* parent) : QAbstractTableModel(parent) {}

int UsersModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_users.size());
}

int UsersModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

// The quota closest to running out is the one worth a bar.
const QuotaUsage* fullest(const QList<QuotaUsage>& items) {
    const QuotaUsage* top = nullptr;
    for (const QuotaUsage& item : items)
        if (!top || item.percent > top->percent)
            top = &item;
    return top;
}

} // namespace

QVariant UsersModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_users.size())
        return {};
    const User& user = m_users.at(index.row());
    if (index.column() == QuotaUse) {
        const auto it = m_quotas.constFind(user.id);
        const QuotaUsage* top = it == m_quotas.constEnd() ? nullptr : fullest(*it);
        if (!top)
            return {};
        if (role == Qt::DisplayRole)
            return tr("%1: %2%").arg(Format::quotaLabel(*top),
                                     QLocale().toString(top->percent, 'f', 1));
        if (role == ProgressDelegate::PercentRole)
            return int(std::min(100.0, top->percent));
        if (role == Qt::ToolTipRole) {
            QStringList lines;
            for (const QuotaUsage& item : *it)
                lines << tr("%1: %2 of %3 used (%4%)%5")
                             .arg(Format::quotaLabel(item))
                             .arg(item.used)
                             .arg(item.limit)
                             .arg(QLocale().toString(item.percent, 'f', 1))
                             .arg(item.warning ? tr(" — warning") : QString());
            return lines.join(QLatin1Char('\n'));
        }
        return {};
    }
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
    case QuotaUse:
        return tr("Quota use this month");
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

void UsersModel::setQuotas(const QHash<qint64, QList<QuotaUsage>>& quotas) {
    m_quotas = quotas;
    if (!m_users.isEmpty())
        Q_EMIT dataChanged(index(0, QuotaUse), index(int(m_users.size()) - 1, QuotaUse));
}

const User* UsersModel::userAt(int row) const {
    return row >= 0 && row < m_users.size() ? &m_users.at(row) : nullptr;
}

} // namespace outreach::ui
