#pragma once

#include "model/Campaign.h"

#include <QAbstractTableModel>
#include <QList>

namespace outreach::ui {

// One user's campaigns as the Campaigns page lists them.
class CampaignsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Schedule, When, DailyLimit, Status, Keywords, FollowUp, ColumnCount };

    explicit CampaignsModel(QObject* parent = nullptr);

    void setCampaigns(const QList<Campaign>& campaigns);
    const Campaign* campaignAt(int row) const;
    int rowOf(qint64 campaignId) const;
    const QList<Campaign>& campaigns() const { return m_campaigns; }

    static QString scheduleName(const QString& scheduleType);
    static QString statusName(const QString& status);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    static QString whenText(const Campaign& campaign);

    QList<Campaign> m_campaigns;
};

} // namespace outreach::ui
