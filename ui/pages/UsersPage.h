#pragma once

#include "model/User.h"

#include <QWidget>

class QTableView;
class QPushButton;
class QLabel;

namespace outreach {
class Engine;
}

namespace outreach::ui {

class DashboardReader;
class UsersModel;

// Client accounts: who is active, their quotas and this month's use of them; pause and resume
// with a confirmation and an optional reason (audited by the engine). All data arrives by
// signals: users from the engine, quota use from the reader thread.
class UsersPage final : public QWidget {
    Q_OBJECT
public:
    UsersPage(Engine* engine, DashboardReader* quotas, QWidget* parent = nullptr);

    bool selectUser(qint64 userId);
    UsersModel* model() const { return m_model; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onUsersLoaded(const QList<outreach::User>& users);
    void onUserChanged(const outreach::User& user);
    void updateButtons();
    void changeSelectedStatus(bool pause);

    Engine* m_engine;
    DashboardReader* m_quotas;
    UsersModel* m_model;
    QTableView* m_table;
    QPushButton* m_pause;
    QPushButton* m_resume;
    QPushButton* m_refresh;
    QLabel* m_summary;
};

} // namespace outreach::ui
