#pragma once

#include "model/User.h"

#include <QWidget>

class QTableView;
class QPushButton;
class QLabel;

namespace outreach::ui {

class UserDirectory;
class UsersModel;

// Client accounts: who is active, their quotas; pause and resume with a confirmation and an
// optional reason (audited). All data arrives by signals from the worker-thread directory.
class UsersPage final : public QWidget {
    Q_OBJECT
public:
    UsersPage(UserDirectory* directory, QWidget* parent = nullptr);

private:
    void onUsersLoaded(const QList<outreach::User>& users);
    void onUserChanged(const outreach::User& user);
    void updateButtons();
    void changeSelectedStatus(bool pause);

    UserDirectory* m_directory;
    UsersModel* m_model;
    QTableView* m_table;
    QPushButton* m_pause;
    QPushButton* m_resume;
    QPushButton* m_refresh;
    QLabel* m_summary;
};

} // namespace outreach::ui
