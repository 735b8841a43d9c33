#include "models/RunsModel.h"

#include "common/Format.h"

#include <QApplication>
#include <QStyle>

namespace outreach::ui {

RunsModel::RunsModel(QObject* parent) : QAbstractTableModel(parent) {}

int RunsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_runs.size())
        return {};
    const JobRun& run = m_runs.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Id:
            return run.id;
        case Job:
            return run.job;
        case Trigger:
            return run.retryOf ? tr("Retry of #%1").arg(*run.retryOf)
                               : Format::trigger(run.trigger);
        case Status:
            return run.cancelRequested && !run.isFinished() ? tr("Cancelling")
                                                            : Format::runStatus(run.status);
        case Started:
            return Format::dateTime(run.startedAt);
        case Duration:
            return run.finishedAt ? Format::duration(run.durationMs()) : QString();
        case Users:
            return Format::runUsers(run.usersDone, run.usersFailed, run.usersSkipped,
                                    run.usersTotal);
        case Items:
            return run.items;
        case Summary:
            return run.error.isEmpty() ? run.reason : run.error;
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole && index.column() == Status) {
        QStyle* style = QApplication::style();
        if (run.status == QLatin1String("failed"))
            return style->standardIcon(QStyle::SP_MessageBoxCritical);
        if (run.status == QLatin1String("partial") || run.status == QLatin1String("cancelled"))
            return style->standardIcon(QStyle::SP_MessageBoxWarning);
        if (run.status == QLatin1String("running"))
            return style->standardIcon(QStyle::SP_MediaPlay);
    }
    if (role == Qt::ToolTipRole)
        return run.summary();
    if (role == Qt::TextAlignmentRole && (index.column() == Id || index.column() == Items))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RunsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("Run");
    case Job:
        return tr("Job");
    case Trigger:
        return tr("Trigger");
    case Status:
        return tr("Status");
    case Started:
        return tr("Started");
    case Duration:
        return tr("Duration");
    case Users:
        return tr("Users");
    case Items:
        return tr("Items");
    case Summary:
        return tr("Error / reason");
    default:
        return {};
    }
}

void RunsModel::setRuns(const QList<JobRun>& runs) {
    beginResetModel();
    m_runs = runs;
    endResetModel();
}

void RunsModel::upsert(const JobRun& run) {
    const int row = rowOf(run.id);
    if (row >= 0) {
        m_runs[row] = run;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, 0, 0);
    m_runs.prepend(run);
    endInsertRows();
}

void RunsModel::applyProgress(const RunProgress& progress) {
    const int row = rowOf(progress.runId);
    if (row < 0)
        return;
    JobRun& run = m_runs[row];
    run.usersTotal = progress.usersTotal;
    run.usersFailed = progress.usersFailed;
    // Progress counts every handled user; the split between done and skipped comes with
    // userFinished and the final row.
    run.usersDone = std::max(0, progress.usersHandled - progress.usersFailed - run.usersSkipped);
    run.items = progress.items;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const JobRun* RunsModel::runAt(int row) const {
    return row >= 0 && row < m_runs.size() ? &m_runs.at(row) : nullptr;
}

int RunsModel::rowOf(qint64 runId) const {
    for (int row = 0; row < m_runs.size(); ++row)
        if (m_runs.at(row).id == runId)
            return row;
    return -1;
}

} // namespace outreach::ui
