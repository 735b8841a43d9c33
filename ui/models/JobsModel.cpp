#include "models/JobsModel.h"

#include "common/Format.h"
#include "core/Clock.h"
#include "widgets/ProgressDelegate.h"

#include <QApplication>
#include <QStyle>

namespace outreach::ui {

JobsModel::JobsModel(const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent), m_clock(clock) {}

int JobsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_jobs.size())
        return {};
    const JobInfo& job = m_jobs.at(index.row());
    const RunProgress* progress = progressOf(job.name);
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Name:
            return job.name;
        case State:
            if (progress)
                return tr("Running");
            return job.paused ? tr("Paused") : tr("Scheduled");
        case Schedule:
            return job.timeZone == QLatin1String("UTC")
                       ? job.schedule
                       : tr("%1 (%2)").arg(job.schedule, job.timeZone);
        case LastRun:
            if (!job.lastRun)
                return tr("Never");
            return tr("%1, %2").arg(Format::runStatus(job.lastRun->status),
                                    Format::dateTime(job.lastRun->startedAt));
        case NextRun:
            if (job.paused)
                return tr("Paused");
            if (job.nextRuns.isEmpty())
                return tr("None");
            return tr("%1 (%2)").arg(Format::dateTime(job.nextRuns.first()),
                                     Format::relative(job.nextRuns.first(), m_clock.nowMs()));
        case Progress:
            if (!progress)
                return {};
            return tr("%1 / %2 users").arg(progress->usersHandled).arg(progress->usersTotal);
        default:
            return {};
        }
    }
    if (role == ProgressDelegate::PercentRole && column == Progress && progress)
        return progress->usersTotal > 0 ? progress->usersHandled * 100 / progress->usersTotal : 0;
    if (role == Qt::DecorationRole && column == LastRun && job.lastRun) {
        const QString& status = job.lastRun->status;
        QStyle* style = QApplication::style();
        if (status == QLatin1String("failed"))
            return style->standardIcon(QStyle::SP_MessageBoxCritical);
        if (status == QLatin1String("partial") || status == QLatin1String("cancelled"))
            return style->standardIcon(QStyle::SP_MessageBoxWarning);
        if (status == QLatin1String("succeeded"))
            return style->standardIcon(QStyle::SP_DialogApplyButton);
    }
    if (role == Qt::ToolTipRole) {
        if (column == Name)
            return job.description;
        if (column == State && job.paused && !job.pauseReason.isEmpty())
            return tr("Paused: %1").arg(job.pauseReason);
        if (column == LastRun && job.lastRun)
            return job.lastRun->summary();
        if (column == NextRun && !job.nextRuns.isEmpty()) {
            QStringList lines;
            for (qint64 at : job.nextRuns)
                lines << Format::dateTime(at);
            return lines.join(QLatin1Char('\n'));
        }
    }
    if (role == Qt::UserRole)
        return job.name;
    return {};
}

QVariant JobsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Job");
    case State:
        return tr("State");
    case Schedule:
        return tr("Schedule");
    case LastRun:
        return tr("Last run");
    case NextRun:
        return tr("Next run");
    case Progress:
        return tr("Progress");
    default:
        return {};
    }
}

void JobsModel::setJobs(const QList<JobInfo>& jobs) {
    // A periodic refresh of the same jobs keeps the rows (and so the selection) in place.
    bool sameRows = jobs.size() == m_jobs.size();
    for (int row = 0; sameRows && row < jobs.size(); ++row)
        sameRows = jobs.at(row).name == m_jobs.at(row).name;
    if (sameRows) {
        m_jobs = jobs;
        if (!m_jobs.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_jobs.size()) - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_jobs = jobs;
        endResetModel();
    }
    // A run that the overview no longer shows as running has ended while we were not told.
    for (auto it = m_progress.begin(); it != m_progress.end();) {
        const int row = rowOf(it.key());
        if (row < 0 || !m_jobs.at(row).runningRunId)
            it = m_progress.erase(it);
        else
            ++it;
    }
    for (const JobInfo& job : m_jobs) {
        if (job.runningRunId && !m_progress.contains(job.name)) {
            const RunProgress p = job.lastRun && job.lastRun->id == *job.runningRunId
                                      ? RunProgress::of(*job.lastRun)
                                      : RunProgress{.runId = *job.runningRunId, .job = job.name};
            m_progress.insert(job.name, p);
        }
    }
}

void JobsModel::updateJob(const JobInfo& job) {
    const int row = rowOf(job.name);
    if (row < 0) {
        beginInsertRows({}, int(m_jobs.size()), int(m_jobs.size()));
        m_jobs.append(job);
        endInsertRows();
        return;
    }
    m_jobs[row] = job;
    emitRowChanged(row);
}

void JobsModel::runStarted(const JobRun& run) {
    RunProgress p;
    p.runId = run.id;
    p.job = run.job;
    p.usersTotal = run.usersTotal;
    m_progress.insert(run.job, p);
    const int row = rowOf(run.job);
    if (row >= 0) {
        m_jobs[row].runningRunId = run.id;
        emitRowChanged(row);
    }
}

void JobsModel::runProgress(const RunProgress& progress) {
    m_progress.insert(progress.job, progress);
    const int row = rowOf(progress.job);
    if (row >= 0) {
        m_jobs[row].runningRunId = progress.runId;
        emitRowChanged(row);
    }
}

void JobsModel::runFinished(const JobRun& run) {
    m_progress.remove(run.job);
    const int row = rowOf(run.job);
    if (row >= 0) {
        m_jobs[row].runningRunId.reset();
        m_jobs[row].lastRun = run;
        emitRowChanged(row);
    }
}

const JobInfo* JobsModel::jobAt(int row) const {
    return row >= 0 && row < m_jobs.size() ? &m_jobs.at(row) : nullptr;
}

int JobsModel::rowOf(const QString& job) const {
    for (int row = 0; row < m_jobs.size(); ++row)
        if (m_jobs.at(row).name == job)
            return row;
    return -1;
}

const RunProgress* JobsModel::progressOf(const QString& job) const {
    auto it = m_progress.constFind(job);
    return it == m_progress.constEnd() ? nullptr : &it.value();
}

QStringList JobsModel::names() const {
    QStringList list;
    for (const JobInfo& job : m_jobs)
        list << job.name;
    return list;
}

void JobsModel::emitRowChanged(int row) {
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace outreach::ui
