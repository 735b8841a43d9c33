#include "models/LeadSourcesModel.h"

#include <QLocale>

namespace outreach::ui {

LeadSourcesModel::LeadSourcesModel(QObject* parent) : QAbstractTableModel(parent) {}

void LeadSourcesModel::setSources(const QList<LeadSource>& sources) {
    beginResetModel();
    m_sources = sources;
    endResetModel();
}

const LeadSource* LeadSourcesModel::sourceAt(int row) const {
    return row >= 0 && row < m_sources.size() ? &m_sources.at(row) : nullptr;
}

int LeadSourcesModel::rowOf(qint64 sourceId) const {
    for (int row = 0; row < m_sources.size(); ++row)
        if (m_sources.at(row).id == sourceId)
            return row;
    return -1;
}

int LeadSourcesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_sources.size());
}

int LeadSourcesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LeadSourcesModel::data(const QModelIndex& index, int role) const {
    const LeadSource* s = sourceAt(index.row());
    if (!s || role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Id:
        return s->id;
    case Kind:
        return s->kind;
    case Url:
        return s->endpoint;
    case MonthlyQuota:
        return QLocale().toString(s->monthlyQuota);
    case CostPerCall:
        return QLocale().toString(s->costPerCall, 'f', 4);
    case ApiKey:
        return s->secretInKeychain      ? tr("keychain")
               : s->apiKeyEnv.isEmpty() ? tr("none")
                                        : QStringLiteral("$") + s->apiKeyEnv;
    case Enabled:
        return s->enabled ? tr("yes") : tr("no");
    default:
        return {};
    }
}

QVariant LeadSourcesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("ID");
    case Kind:
        return tr("Kind");
    case Url:
        return tr("URL or file");
    case MonthlyQuota:
        return tr("Monthly quota");
    case CostPerCall:
        return tr("Cost per call");
    case ApiKey:
        return tr("API key");
    case Enabled:
        return tr("Enabled");
    default:
        return {};
    }
}

} // namespace outreach::ui
