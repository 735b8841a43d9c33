#pragma once

#include "model/JobInfo.h"
#include "model/LogFilter.h"
#include "model/User.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTimer;

namespace outreach::ui {

// The Logs page's filters: level, job, user, run, text, and "follow live". Choosing in a list
// reports a change at once; typing reports it once the typing settles, so each keystroke
// does not start a query.
class LogFilterBar final : public QWidget {
    Q_OBJECT
public:
    explicit LogFilterBar(QWidget* parent = nullptr);

    LogFilter filter(int limit) const;
    // Shows exactly these filters without reporting a change.
    void apply(const LogFilter& filter);
    void setJobs(const QList<JobInfo>& jobs);
    void setUsers(const QList<User>& users);
    void focusSearch();

    QCheckBox* follow() const { return m_follow; }
    QWidget* firstField() const;

    static constexpr int kTypingDelayMs = 300;

Q_SIGNALS:
    void changed();

private:
    QComboBox* m_level;
    QComboBox* m_job;
    QComboBox* m_user;
    QLineEdit* m_run;
    QLineEdit* m_text;
    QCheckBox* m_follow;
    QTimer* m_typing;
    bool m_applying = false; // fields are being set from code
};

} // namespace outreach::ui
