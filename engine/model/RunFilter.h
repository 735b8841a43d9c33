#pragma once

#include <QMetaType>
#include <QString>
#include <optional>

namespace outreach {

// What the Runs page and `outreachctl runs list` ask for. Empty fields do not filter.
struct RunFilter {
    QString job{};
    std::optional<qint64> userId{}; // runs in which this user has an outcome row
    QString status{};
    int limit = 50; // newest first
};

} // namespace outreach

Q_DECLARE_METATYPE(outreach::RunFilter)
