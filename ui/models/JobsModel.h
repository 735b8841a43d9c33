#pragma once

#include "model/JobInfo.h"
#include "model/RunProgress.h"

#include <QAbstractTableModel>
#include <QHash>

namespace outreach {
class Clock;
}

namespace outreach::ui {

// The Jobs table: the engine's job overview (jobsLoaded / jobChanged) plus the live progress
// of running runs (runStarted / runProgress / runFinished), so a bar moves without reloading.
class JobsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, State, Schedule, LastRun, NextRun, Progress, ColumnCount };

    JobsModel(const Clock& clock, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setJobs(const QList<JobInfo>& jobs);
    void updateJob(const JobInfo& job);
    void runStarted(const JobRun& run);
    void runProgress(const RunProgress& progress);
    void runFinished(const JobRun& run);

    const JobInfo* jobAt(int row) const;
    int rowOf(const QString& job) const;
    // Live progress of the job's running run, if one is running.
    const RunProgress* progressOf(const QString& job) const;
    QStringList names() const;

private:
    void emitRowChanged(int row);

    const Clock& m_clock;
    QList<JobInfo> m_jobs;
    QHash<QString, RunProgress> m_progress; // by job
};

} // namespace outreach::ui
