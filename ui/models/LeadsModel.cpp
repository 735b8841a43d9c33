#include "models/LeadsModel.h"

#include "common/Format.h"

#include <QApplication>
#include <QStyle>

namespace outreach::ui {

LeadsModel::LeadsModel(QObject* parent) : QAbstractTableModel(parent) {}

int LeadsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LeadsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList LeadsModel::statuses() {
    return {QStringLiteral("new"),          QStringLiteral("contacted"),
            QStringLiteral("followup1"),    QStringLiteral("followup2"),
            QStringLiteral("replied"),      QStringLiteral("bounced"),
            QStringLiteral("unsubscribed"), QStringLiteral("converted")};
}

QString LeadsModel::statusName(const QString& status) {
    if (status == QLatin1String("new"))
        return tr("New");
    if (status == QLatin1String("contacted"))
        return tr("Contacted");
    if (status == QLatin1String("followup1"))
        return tr("Follow-up 1 sent");
    if (status == QLatin1String("followup2"))
        return tr("Follow-up 2 sent");
    if (status == QLatin1String("replied"))
        return tr("Replied");
    if (status == QLatin1String("bounced"))
        return tr("Bounced");
    if (status == QLatin1String("unsubscribed"))
        return tr("Unsubscribed");
    if (status == QLatin1String("converted"))
        return tr("Converted");
    return status;
}

QVariant LeadsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Lead& lead = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Email:
            return lead.email;
        case Name:
            return QStringLiteral("%1 %2").arg(lead.firstName, lead.lastName).trimmed();
        case Company:
            return lead.company;
        case Score:
            return lead.score;
        case Status:
            return statusName(lead.status);
        case Contacted:
            return lead.contactedAt ? Format::dateTime(lead.contactedAt) : QString();
        case Replied:
            return lead.repliedAt ? Format::dateTime(lead.repliedAt) : QString();
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole && index.column() == Status) {
        if (lead.status == QLatin1String("replied") || lead.status == QLatin1String("converted"))
            return QApplication::style()->standardIcon(QStyle::SP_DialogApplyButton);
        if (lead.status == QLatin1String("bounced"))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    }
    if (role == Qt::TextAlignmentRole && index.column() == Score)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole)
        return lead.id;
    return {};
}

QVariant LeadsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Email:
        return tr("Email");
    case Name:
        return tr("Name");
    case Company:
        return tr("Company");
    case Score:
        return tr("Score");
    case Status:
        return tr("Status");
    case Contacted:
        return tr("Contacted");
    case Replied:
        return tr("Replied");
    default:
        return {};
    }
}

void LeadsModel::setRows(const QList<Lead>& rows) {
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const Lead* LeadsModel::leadAt(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int LeadsModel::rowOf(qint64 leadId) const {
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == leadId)
            return i;
    return -1;
}

} // namespace outreach::ui
