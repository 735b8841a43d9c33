#pragma once

#include "model/User.h"

#include <QDialog>
#include <QSet>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace outreach::ui {

// Pauses or resumes one job for one user (the job keeps running for everyone else), e.g. a
// client whose lead source is being replaced. The dialog shows whether the chosen user is
// paused for this job now and offers the opposite. Opened with open(), never exec().
class UserPauseDialog final : public QDialog {
    Q_OBJECT
public:
    UserPauseDialog(const QString& job, const QList<User>& users, const QSet<qint64>& paused,
                    QWidget* parent = nullptr);

    void selectUser(qint64 userId);
    void setReason(const QString& reason);
    qint64 userId() const;
    bool pauses() const; // true: pause the chosen user; false: resume them
    QString reason() const;

private:
    void updateState();

    QString m_job;
    QSet<qint64> m_paused;
    QComboBox* m_user;
    QLabel* m_state;
    QLineEdit* m_reason;
    QDialogButtonBox* m_buttons;
};

} // namespace outreach::ui
