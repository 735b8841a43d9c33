#pragma once

#include "model/JobInfo.h"
#include "model/JobRunUser.h"
#include "model/LogFilter.h"
#include "model/RunFilter.h"
#include "model/User.h"

#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace outreach {
class Engine;
struct Error;
} // namespace outreach

namespace outreach::ui {

class MessageBar;
class RunUsersModel;
class RunsModel;

// Run history with filters (job, user, status); the selected run's per-user outcomes; from
// there its logs, a retry of only its failed users, or cancelling it while it runs.
class RunsPage final : public QWidget {
    Q_OBJECT
public:
    explicit RunsPage(Engine* engine, QWidget* parent = nullptr);

    void setFilter(const RunFilter& filter);
    RunFilter filter() const;
    // Selects the run (clearing filters that would hide it) and shows its outcomes.
    void showRun(qint64 runId);
    qint64 selectedRunId() const;
    // Asks the engine to rerun the selected run's failed users (the button asks for a reason).
    void retrySelected(const QString& reason);

    RunsModel* runsModel() const { return m_runs; }
    RunUsersModel* usersModel() const { return m_users; }
    MessageBar* messageBar() const { return m_message; }

    static constexpr int kListLimit = 200;

Q_SIGNALS:
    void showLogsRequested(const outreach::LogFilter& filter);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refresh();
    void onRunsLoaded(const outreach::RunFilter& filter, const QList<outreach::JobRun>& runs);
    void onRunLoaded(const outreach::JobRun& run, const QList<outreach::JobRunUser>& users);
    void onRunStarted(const outreach::JobRun& run);
    void onRunFinished(const outreach::JobRun& run);
    void onRunAccepted(quint64 requestId, const outreach::JobRun& run);
    void onRunRefused(quint64 requestId, const outreach::Error& error);
    void selectionChanged();
    void updateDetails();
    void askRetry();
    void cancelSelected();
    void openLogs(bool forUser);
    bool matchesFilter(const JobRun& run) const;

    Engine* m_engine;
    RunsModel* m_runs;
    RunUsersModel* m_users;
    MessageBar* m_message;
    QComboBox* m_job;
    QComboBox* m_user;
    QComboBox* m_status;
    QTableView* m_runTable;
    QTableView* m_userTable;
    QLabel* m_runTitle;
    QPushButton* m_runLogs;
    QPushButton* m_userLogs;
    QPushButton* m_retry;
    QPushButton* m_cancel;
    RunFilter m_requested;  // the filter of the list asked for last
    qint64 m_wantedRun = 0; // select this run when it is listed
    QSet<quint64> m_myRequests;
    bool m_applying = false;
};

} // namespace outreach::ui
