#pragma once

#include "model/JobInfo.h"

#include <QWidget>

class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace outreach {
class Engine;
}

namespace outreach::ui {

class MessageBar;

// Pacing and grace per job: the table shows what the engine reports (jobsLoaded, jobChanged);
// Apply calls Engine::configureJob for the selected job, audited by the engine like
// `outreachctl jobs` changes, and the row updates when the engine answers.
class JobPacingPanel final : public QWidget {
    Q_OBJECT
public:
    explicit JobPacingPanel(Engine* engine, QWidget* parent = nullptr);

    bool selectJob(const QString& job);
    void setPacing(qint64 pacingMs, qint64 graceMs);
    void apply();
    void refresh();

    QTableWidget* table() const { return m_table; }
    MessageBar* messageBar() const { return m_message; }
    bool isWaiting() const { return !m_waitingFor.isEmpty(); }

private:
    enum Column { Job, Pacing, Grace, ColumnCount };
    void onJobsLoaded(const QList<outreach::JobInfo>& jobs);
    void onJobChanged(const outreach::JobInfo& job);
    void showJob(int row, const JobInfo& job);
    void onSelection();
    QString selectedJob() const;

    Engine* m_engine;
    MessageBar* m_message;
    QTableWidget* m_table;
    QSpinBox* m_pacing;
    QSpinBox* m_grace;
    QLineEdit* m_reason;
    QPushButton* m_apply;
    QString m_waitingFor; // the job whose change the engine has not answered yet
};

} // namespace outreach::ui
