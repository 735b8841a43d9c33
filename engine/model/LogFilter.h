#pragma once

#include <QMetaType>
#include <QString>
#include <optional>

namespace outreach {

// What the Logs page and `outreachctl logs` ask for. Empty fields do not filter.
struct LogFilter {
    std::optional<qint64> userId{};
    QString job{};
    std::optional<qint64> runId{};
    QString minLevel{};               // this level and more severe ones
    QString grep{};                   // case-insensitive substring of the message
    std::optional<qint64> since{};    // UTC ms, inclusive
    std::optional<qint64> beforeId{}; // paging: only records older than this id
    int limit = 100;                  // the newest `limit` matching records, returned oldest first
};

} // namespace outreach

Q_DECLARE_METATYPE(outreach::LogFilter)
