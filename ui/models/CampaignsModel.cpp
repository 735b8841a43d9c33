#include "models/CampaignsModel.h"

#include <QLocale>

namespace outreach::ui {

CampaignsModel::CampaignsModel(QObject* parent) : QAbstractTableModel(parent) {}

void CampaignsModel::setCampaigns(const QList<Campaign>& campaigns) {
    beginResetModel();
    m_campaigns = campaigns;
    endResetModel();
}

const Campaign* CampaignsModel::campaignAt(int row) const {
    return row >= 0 && row < m_campaigns.size() ? &m_campaigns.at(row) : nullptr;
}

int CampaignsModel::rowOf(qint64 campaignId) const {
    for (int row = 0; row < m_campaigns.size(); ++row)
        if (m_campaigns.at(row).id == campaignId)
            return row;
    return -1;
}

QString CampaignsModel::scheduleName(const QString& scheduleType) {
    if (scheduleType == QLatin1String("daily"))
        return tr("Daily");
    if (scheduleType == QLatin1String("once"))
        return tr("Once");
    if (scheduleType == QLatin1String("recurring"))
        return tr("Recurring");
    if (scheduleType == QLatin1String("manual"))
        return tr("Manual");
    return scheduleType;
}

QString CampaignsModel::statusName(const QString& status) {
    if (status == QLatin1String("draft"))
        return tr("Draft");
    if (status == QLatin1String("active"))
        return tr("Active");
    if (status == QLatin1String("paused"))
        return tr("Paused");
    if (status == QLatin1String("scheduled"))
        return tr("Scheduled");
    if (status == QLatin1String("completed"))
        return tr("Completed");
    return status;
}

QString CampaignsModel::whenText(const Campaign& c) {
    QString text;
    if (c.scheduleType == QLatin1String("manual"))
        text = tr("when run by hand");
    else if (c.scheduleType == QLatin1String("recurring"))
        text = c.recurrenceDays % 7 == 0
                   ? tr("%1, every %n week(s)", nullptr, c.recurrenceDays / 7).arg(c.scheduleTime)
                   : tr("%1, every %n day(s)", nullptr, c.recurrenceDays).arg(c.scheduleTime);
    else
        text = c.scheduleTime;
    if (!c.startDate.isEmpty() && !c.endDate.isEmpty())
        text += tr(" · %1 to %2").arg(c.startDate, c.endDate);
    else if (!c.startDate.isEmpty())
        text += tr(" · from %1").arg(c.startDate);
    else if (!c.endDate.isEmpty())
        text += tr(" · until %1").arg(c.endDate);
    return text;
}

int CampaignsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_campaigns.size());
}

int CampaignsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignsModel::data(const QModelIndex& index, int role) const {
    const Campaign* c = campaignAt(index.row());
    if (!c)
        return {};
    if (role == Qt::TextAlignmentRole && index.column() == DailyLimit)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole)
        return c->id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return c->name;
    case Schedule:
        return scheduleName(c->scheduleType);
    case When:
        return whenText(*c);
    case DailyLimit:
        return QLocale().toString(c->dailyLimit);
    case Status:
        return statusName(c->status);
    case Keywords:
        return c->keywords.join(QStringLiteral(", "));
    case FollowUp:
        return c->followUpEnabled ? tr("after %1 and %2 days")
                                        .arg(c->followUp1DelayDays)
                                        .arg(c->followUp2DelayDays)
                                  : tr("none");
    default:
        return {};
    }
}

QVariant CampaignsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Schedule:
        return tr("Schedule");
    case When:
        return tr("Time and dates");
    case DailyLimit:
        return tr("Daily limit");
    case Status:
        return tr("Status");
    case Keywords:
        return tr("Keywords");
    case FollowUp:
        return tr("Follow-ups");
    default:
        return {};
    }
}

} // namespace outreach::ui
