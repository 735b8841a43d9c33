#pragma once

#include "model/JobRunUser.h"

#include <QAbstractTableModel>

namespace outreach::ui {

// One run's per-user outcomes (runLoaded), updated live as users finish (userFinished).
class RunUsersModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { User, Status, Items, Duration, Details, ColumnCount };

    explicit RunUsersModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setOutcomes(qint64 runId, const QList<JobRunUser>& outcomes);
    void upsert(const JobRunUser& outcome);
    void clear();

    qint64 runId() const { return m_runId; }
    const JobRunUser* outcomeAt(int row) const;
    int failedCount() const;

private:
    qint64 m_runId = 0;
    QList<JobRunUser> m_rows;
};

} // namespace outreach::ui
