#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <optional>

namespace outreach {

// The recorded fate of one scheduled fire, or of a range of consecutive fires that shared it
// (fireCount > 1): ran, skipped (job paused / already running), merged into a catch-up run,
// or missed while the engine was off.
struct JobOccurrence {
    qint64 id = 0;
    QString job{};
    qint64 scheduledAt = 0; // the first fire the row stands for
    qint64 lastAt = 0;      // the last one (== scheduledAt for a single fire)
    int fireCount = 1;
    QString decision{}; // ran | skipped | merged | missed
    QString reason{};
    std::optional<qint64> runId{};
    qint64 decidedAt = 0;

    QJsonObject toJson() const;
};

} // namespace outreach

Q_DECLARE_METATYPE(outreach::JobOccurrence)
