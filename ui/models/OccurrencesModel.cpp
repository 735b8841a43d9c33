#include "models/OccurrencesModel.h"

#include "common/Format.h"

#include <QBrush>
#include <QColor>

namespace outreach::ui {

namespace {

QString decisionText(const JobOccurrence& occurrence) {
    const QString& d = occurrence.decision;
    if (d == QLatin1String("ran"))
        return OccurrencesModel::tr("Ran");
    if (d == QLatin1String("skipped"))
        return OccurrencesModel::tr("Skipped");
    if (d == QLatin1String("merged"))
        return OccurrencesModel::tr("Merged into a catch-up run");
    if (d == QLatin1String("missed"))
        return occurrence.runId ? OccurrencesModel::tr("Missed, run by hand")
                                : OccurrencesModel::tr("Missed");
    return d;
}

} // namespace

OccurrencesModel::OccurrencesModel(QObject* parent) : QAbstractTableModel(parent) {}

int OccurrencesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OccurrencesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OccurrencesModel::data(const QModelIndex& index, int role) const {
    const JobOccurrence* row = occurrenceAt(index.row());
    if (!row)
        return {};
    if (role == Qt::ForegroundRole && index.column() == Decision && canRunNow(*row))
        return QBrush(QColor(0xc0, 0x39, 0x2b));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Scheduled:
        if (row->fireCount > 1)
            return tr("%1 – %2 (%n fires)", nullptr, row->fireCount)
                .arg(Format::dateTime(row->scheduledAt), Format::dateTime(row->lastAt));
        return Format::dateTime(row->scheduledAt);
    case Decision:
        return decisionText(*row);
    case Run:
        return row->runId ? QStringLiteral("#%1").arg(*row->runId) : QString();
    case Reason:
        return row->reason;
    default:
        return {};
    }
}

QVariant OccurrencesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Scheduled:
        return tr("Scheduled for");
    case Decision:
        return tr("What happened");
    case Run:
        return tr("Run");
    case Reason:
        return tr("Why");
    default:
        return {};
    }
}

void OccurrencesModel::setOccurrences(const QList<JobOccurrence>& occurrences) {
    beginResetModel();
    m_rows = occurrences;
    endResetModel();
}

const JobOccurrence* OccurrencesModel::occurrenceAt(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

bool OccurrencesModel::canRunNow(const JobOccurrence& occurrence) {
    return occurrence.decision == QLatin1String("missed") && !occurrence.runId;
}

} // namespace outreach::ui
