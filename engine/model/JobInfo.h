#pragma once

#include "model/JobRun.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace outreach {

// A job as the admin sees it: its editable settings, next fires, last and current run.
struct JobInfo {
    QString name{};
    QString description{};
    QString schedule{};
    QString timeZone{};
    bool paused = false;
    QString pauseReason{};
    qint64 pacingMs = 0;
    qint64 graceMs = 0;
    QList<qint64> nextRuns{}; // the next fires, UTC ms (empty while paused)
    std::optional<JobRun> lastRun{};
    std::optional<qint64> runningRunId{};
    QList<qint64> pausedUserIds{}; // users for whom only this job is paused

    QJsonObject toJson() const;
};

} // namespace outreach

Q_DECLARE_METATYPE(outreach::JobInfo)
