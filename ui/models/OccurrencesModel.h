#pragma once

#include "model/JobOccurrence.h"

#include <QAbstractTableModel>

namespace outreach::ui {

// A job's recent scheduled fires and what became of each (occurrencesLoaded): ran, skipped,
// merged into a catch-up run, or missed while no engine was running.
class OccurrencesModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Scheduled, Decision, Run, Reason, ColumnCount };

    explicit OccurrencesModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setOccurrences(const QList<JobOccurrence>& occurrences);
    const JobOccurrence* occurrenceAt(int row) const;
    // Missed fires nobody has run by hand yet: the ones "Run this missed one now" is for.
    static bool canRunNow(const JobOccurrence& occurrence);

private:
    QList<JobOccurrence> m_rows;
};

} // namespace outreach::ui
