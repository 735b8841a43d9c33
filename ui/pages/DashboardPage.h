#pragma once

#include "data/DashboardSnapshot.h"
#include "model/JobInfo.h"
#include "model/RunProgress.h"

#include <QMap>
#include <QWidget>

class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

namespace outreach {
class Clock;
class Engine;
} // namespace outreach

namespace outreach::ui {

class DashboardReader;

// The admin's first look: what runs now (with progress and cancel), what runs next, which
// users failed in the last 24 hours, and what needs attention (quota warnings, emails in an
// unknown state). Live engine signals for the first two, the reader thread for the rest.
class DashboardPage final : public QWidget {
    Q_OBJECT
public:
    DashboardPage(Engine* engine, DashboardReader* reader, const Clock& clock,
                  QWidget* parent = nullptr);

    QTableWidget* runningTable() const { return m_running; }
    QTableWidget* nextTable() const { return m_next; }
    QTableWidget* failuresTable() const { return m_failures; }
    QTableWidget* attentionTable() const { return m_attention; }
    const DashboardSnapshot& snapshot() const { return m_snapshot; }
    void reloadSnapshot();

    static constexpr int kShownNextRuns = 10;
    static constexpr int kReloadDelayMs = 200;

Q_SIGNALS:
    void showRunRequested(qint64 runId);
    void showPageRequested(const QString& page);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onJobsLoaded(const QList<outreach::JobInfo>& jobs);
    void onSnapshot(const outreach::ui::DashboardSnapshot& snapshot);
    void showRunning();
    void showNext();
    void showSummary();
    void cancelSelected();

    Engine* m_engine;
    DashboardReader* m_reader;
    const Clock& m_clock;
    QLabel* m_summary;
    QTableWidget* m_running;
    QPushButton* m_cancel;
    QTableWidget* m_next;
    QTableWidget* m_failures;
    QTableWidget* m_attention;
    QGroupBox* m_attentionBox;
    QTimer* m_timer;
    QTimer* m_reload;
    QMap<qint64, RunProgress> m_runs; // running runs by id
    QList<JobInfo> m_jobs;
    DashboardSnapshot m_snapshot;
};

} // namespace outreach::ui
