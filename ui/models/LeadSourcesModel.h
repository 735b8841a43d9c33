#pragma once

#include "model/LeadSource.h"

#include <QAbstractTableModel>
#include <QList>

namespace outreach::ui {

// One user's lead sources for the Settings page.
class LeadSourcesModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, Kind, Url, MonthlyQuota, CostPerCall, ApiKey, Enabled, ColumnCount };

    explicit LeadSourcesModel(QObject* parent = nullptr);

    void setSources(const QList<LeadSource>& sources);
    const LeadSource* sourceAt(int row) const;
    int rowOf(qint64 sourceId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<LeadSource> m_sources;
};

} // namespace outreach::ui
