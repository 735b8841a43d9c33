#include "models/LogModel.h"

#include "common/Format.h"

#include <QApplication>
#include <QDateTime>
#include <QMultiHash>
#include <QPalette>
#include <QStyle>
#include <algorithm>

namespace outreach::ui {
namespace {

size_t recordKey(const LogRecord& r) {
    return qHashMulti(0, r.at, r.message, r.runId.value_or(-1), r.userId.value_or(-1));
}

bool sameRecord(const LogRecord& a, const LogRecord& b) {
    return a.at == b.at && a.level == b.level && a.runId == b.runId && a.userId == b.userId &&
           a.job == b.job && a.message == b.message;
}

} // namespace

LogModel::LogModel(QObject* parent) : QAbstractTableModel(parent) {}

int LogModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LogModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const LogRecord& r = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return QDateTime::fromMSecsSinceEpoch(r.at).toLocalTime().toString(
                QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        case Level:
            return Format::level(r.level);
        case Job:
            return r.job;
        case Run:
            return r.runId ? QStringLiteral("#%1").arg(*r.runId) : QString();
        case User:
            return !r.userEmail.isEmpty() ? r.userEmail
                   : r.userId             ? QStringLiteral("#%1").arg(*r.userId)
                                          : QString();
        case Message: {
            // One line per record keeps rows a fixed height, which keeps scrolling cheap.
            QString line = r.message;
            line.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
            return line;
        }
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Message)
        return r.message;
    if (role == Qt::DecorationRole && index.column() == Level) {
        if (r.level == QLatin1String("error") || r.level == QLatin1String("critical"))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        if (r.level == QLatin1String("warning"))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    }
    if (role == Qt::ForegroundRole &&
        (r.level == QLatin1String("debug") || r.level == QLatin1String("trace")))
        return QPalette().color(QPalette::Disabled, QPalette::Text);
    return {};
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Level:
        return tr("Level");
    case Job:
        return tr("Job");
    case Run:
        return tr("Run");
    case User:
        return tr("User");
    case Message:
        return tr("Message");
    default:
        return {};
    }
}

bool LogModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && m_more && !m_fetching;
}

void LogModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    Q_EMIT olderWanted(oldestStoredId());
}

qint64 LogModel::oldestStoredId() const {
    // Stored rows sit below the live ones, so the last row with an id is the oldest stored.
    for (auto it = m_rows.crbegin(); it != m_rows.crend(); ++it)
        if (it->id > 0)
            return it->id;
    return 0;
}

void LogModel::reset(const QList<LogRecord>& stored, const QList<LogRecord>& live, bool more) {
    beginResetModel();
    m_rows.clear();
    m_liveRows = 0;
    m_rows.reserve(stored.size() + live.size());
    for (auto it = stored.crbegin(); it != stored.crend(); ++it)
        m_rows.append(*it);
    m_more = more;
    m_fetching = false;
    endResetModel();
    prependLive(live);
}

void LogModel::appendOlder(const QList<LogRecord>& stored, bool more) {
    m_fetching = false;
    m_more = more;
    if (stored.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(stored.size()) - 1);
    for (auto it = stored.crbegin(); it != stored.crend(); ++it)
        m_rows.append(*it);
    endInsertRows();
}

int LogModel::prependLive(const QList<LogRecord>& live) {
    if (live.isEmpty())
        return 0;
    qint64 oldest = live.first().at;
    for (const LogRecord& r : live)
        oldest = std::min(oldest, r.at);
    // A record flushed to the database just before a page was read can arrive live as well.
    // Only the newest stored rows can be such copies: they are hashed, nothing older, and at
    // most one page's worth, so a burst of live records costs linear time.
    QMultiHash<size_t, const LogRecord*> stored;
    int examined = 0;
    // The live rows on top are skipped without a look: walking them cost O(rows) per batch.
    for (qsizetype i = m_liveRows; i < m_rows.size(); ++i) {
        const LogRecord& row = m_rows.at(i);
        if (row.id <= 0)
            continue; // a live row: never a database copy
        if (row.at < oldest || ++examined > kDuplicateWindow)
            break;
        stored.insert(recordKey(row), &row);
    }
    QList<LogRecord> fresh;
    fresh.reserve(live.size());
    for (auto it = live.crbegin(); it != live.crend(); ++it) {
        bool known = false;
        if (!stored.isEmpty())
            for (auto [hit, hitEnd] = stored.equal_range(recordKey(*it)); hit != hitEnd && !known;
                 ++hit)
                known = sameRecord(**hit, *it);
        if (!known)
            fresh.append(*it);
    }
    if (fresh.isEmpty())
        return 0;
    beginInsertRows({}, 0, int(fresh.size()) - 1);
    m_rows.insert(0, fresh.size(), LogRecord{});
    std::copy(fresh.cbegin(), fresh.cend(), m_rows.begin());
    m_liveRows += fresh.size();
    endInsertRows();
    return int(fresh.size());
}

void LogModel::trim(int rows) {
    if (m_rows.size() <= rows)
        return;
    beginRemoveRows({}, rows, int(m_rows.size()) - 1);
    m_rows.resize(rows);
    m_liveRows = std::min<qsizetype>(m_liveRows, rows);
    endRemoveRows();
    m_more = true;
}

const LogRecord* LogModel::recordAt(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

} // namespace outreach::ui
