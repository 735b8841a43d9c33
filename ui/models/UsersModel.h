#pragma once

#include "model/User.h"

#include <QAbstractTableModel>

namespace outreach::ui {

// The Users page's table: filled from UserDirectory's signals, never from SQL here.
class UsersModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, Name, Email, Status, TimeZone, DailyQuota, MonthlyQuota, ColumnCount };

    explicit UsersModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setUsers(const QList<User>& users);
    void updateUser(const User& user);
    const User* userAt(int row) const;

private:
    QList<User> m_users;
};

} // namespace outreach::ui
