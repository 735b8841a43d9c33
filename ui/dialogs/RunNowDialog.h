#pragma once

#include "model/RunRequest.h"
#include "model/User.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace outreach::ui {

// "Run now" for a job: for all active users, or for one chosen user. A paused user can only
// be run with "force", which the dialog asks to be confirmed (the engine audits it).
// Opened with open(), never exec(): the engine's signals keep flowing while it is shown.
class RunNowDialog final : public QDialog {
    Q_OBJECT
public:
    RunNowDialog(const QString& job, const QList<User>& users, QWidget* parent = nullptr);

    RunRequest request() const; // requestId left for the caller
    void selectUser(qint64 userId);
    void setForce(bool force);
    void setReason(const QString& reason);

    void accept() override;

private:
    void updateState();
    const User* chosenUser() const;

    QString m_job;
    QList<User> m_users;
    QRadioButton* m_allUsers;
    QRadioButton* m_oneUser;
    QComboBox* m_user;
    QCheckBox* m_force;
    QLabel* m_hint;
    QLineEdit* m_reason;
    QDialogButtonBox* m_buttons;
    bool m_forceConfirmed = false;
};

} // namespace outreach::ui
