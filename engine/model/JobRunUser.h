#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <optional>

namespace outreach {

// One user's outcome within a run (a job_run_users row).
struct JobRunUser {
    qint64 id = 0;
    qint64 runId = 0;
    qint64 userId = 0;
    QString userEmail{};
    QString status{}; // running | succeeded | failed | skipped | cancelled
    qint64 items = 0;
    QString error{}; // why it failed
    QString note{};  // why it was skipped or cancelled, or that it was forced
    qint64 startedAt = 0;
    std::optional<qint64> finishedAt{};
    qint64 durationMs = 0;

    QJsonObject toJson() const;
};

} // namespace outreach

Q_DECLARE_METATYPE(outreach::JobRunUser)
