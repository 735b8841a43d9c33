#pragma once

#include "model/JobRun.h"
#include "model/RunProgress.h"

#include <QAbstractTableModel>

namespace outreach::ui {

// Run history, newest first, as the engine lists it (runsLoaded), kept current by the live
// run signals: a started run appears on top, progress updates its counts, a finished run
// its status.
class RunsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, Job, Trigger, Status, Started, Duration, Users, Items, Summary, ColumnCount };

    explicit RunsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setRuns(const QList<JobRun>& runs);
    // Replaces the run's row, or puts it on top when it is not listed yet.
    void upsert(const JobRun& run);
    void applyProgress(const RunProgress& progress);

    const JobRun* runAt(int row) const;
    int rowOf(qint64 runId) const;

private:
    QList<JobRun> m_runs;
};

} // namespace outreach::ui
