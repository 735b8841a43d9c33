#pragma once

#include "model/QuotaUsage.h"
#include "model/User.h"

#include <QHash>

#include <QAbstractTableModel>

namespace outreach::ui {

// The Users page's table: filled from the engine's usersLoaded signal, never from SQL here;
// the quota column shows the user's most used quota of the month as a bar.
class UsersModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Id,
        Name,
        Email,
        Status,
        TimeZone,
        DailyQuota,
        MonthlyQuota,
        QuotaUse,
        ColumnCount
    };

    explicit UsersModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setUsers(const QList<User>& users);
    void updateUser(const User& user);
    const User* userAt(int row) const;
    // This month's quota usage per user (sources and monthly leads), from the reader thread.
    void setQuotas(const QHash<qint64, QList<QuotaUsage>>& quotas);

private:
    QList<User> m_users;
    QHash<qint64, QList<QuotaUsage>> m_quotas;
};

} // namespace outreach::ui
