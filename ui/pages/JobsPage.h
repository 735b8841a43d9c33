#pragma once

#include "model/JobInfo.h"
#include "model/RunProgress.h"
#include "model/User.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace outreach {
class Clock;
class Engine;
struct Error;
} // namespace outreach

namespace outreach::ui {

class JobsModel;
class MessageBar;
class JobFiresPanel;
class RunNowDialog;
class ScheduleEditor;
class UserPauseDialog;

// The jobs: their schedules (edited and validated as typed), last and next run, pause and
// resume (for everyone or one user), "Run now" for everyone or one user, cancelling a running
// run, and the recent scheduled fires with "run this missed one now". Everything is
// asked of the engine by queued calls; its signals keep the table current.
class JobsPage final : public QWidget {
    Q_OBJECT
public:
    JobsPage(Engine* engine, const Clock& clock, QWidget* parent = nullptr);

    bool selectJob(const QString& job);
    QString selectedJob() const;
    // Opens the "Run now" dialog for the selected job (the button does the same).
    RunNowDialog* openRunNow();
    // Opens "Pause for a user" for the selected job (the button does the same).
    UserPauseDialog* openUserPause();
    JobFiresPanel* firesPanel() const { return m_fires; }
    ScheduleEditor* scheduleEditor() const { return m_schedule; }
    MessageBar* messageBar() const { return m_message; }
    JobsModel* model() const { return m_model; }
    const QList<User>& users() const { return m_users; }

Q_SIGNALS:
    // The admin asked to see a run (e.g. the one just started) on the Runs page.
    void showRunRequested(qint64 runId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refresh();
    void onJobsLoaded(const QList<outreach::JobInfo>& jobs);
    void onJobChanged(const outreach::JobInfo& job);
    void onRunAccepted(quint64 requestId, const outreach::JobRun& run);
    void onRunRefused(quint64 requestId, const outreach::Error& error);
    void onRunFinished(const outreach::JobRun& run);
    void showSelected();
    void updateProgress();
    void togglePause();
    void cancelRun();
    void saveSchedule(const QString& expression, const QString& timeZone);
    const JobInfo* current() const;

    Engine* m_engine;
    const Clock& m_clock;
    JobsModel* m_model;
    MessageBar* m_message;
    QTableView* m_table;
    QLabel* m_jobTitle;
    QLabel* m_description;
    QLabel* m_pausedUsers;
    QPushButton* m_runNow;
    QPushButton* m_pause;
    QPushButton* m_userPause;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    ScheduleEditor* m_schedule;
    JobFiresPanel* m_fires;
    QTimer* m_refreshTimer;
    QList<User> m_users;
    QSet<quint64> m_myRequests;
    QString m_shownJob;
    QString m_pendingSchedule;  // a job whose schedule change awaits the engine's answer
    QString m_pendingUserPause; // same for a pause/resume for one user: job name
    QString m_userPauseDone;    // what to say when that answer comes
};

} // namespace outreach::ui
