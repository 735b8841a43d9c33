#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <optional>

namespace outreach {

// One run of one job (a job_runs row): who triggered it, for which occurrence, and how it went.
struct JobRun {
    qint64 id = 0;
    QString job{};
    QString trigger{};                    // schedule | manual | catch-up | retry
    QString status{};                     // running | succeeded | partial | failed | cancelled
    std::optional<qint64> occurrenceAt{}; // the scheduled fire it stands for, if any
    QString occurrenceKey{}; // the idempotency occurrence ("2026-01-05T10:00:00Z", "manual:7")
    qint64 startedAt = 0;
    std::optional<qint64> finishedAt{};
    int usersTotal = 0;
    int usersDone = 0; // succeeded
    int usersFailed = 0;
    int usersSkipped = 0;
    qint64 items = 0;
    QString owner{};
    QString requestedBy{};
    QString error{}; // the run's summary of what went wrong ("1 of 3 users failed")
    std::optional<qint64> retryOf{};
    std::optional<qint64> targetUserId{};
    bool forced = false;
    bool cancelRequested = false;
    QString reason{};

    bool isFinished() const { return status != QLatin1String("running"); }
    // Users that were neither processed nor skipped: a cancelled run's remainder.
    int usersCancelled() const;
    qint64 durationMs() const;
    // One line for people: "partial: 1 of 3 users failed, 1 skipped, 4 items".
    QString summary() const;
    QJsonObject toJson() const;

    static bool isValidStatus(const QString& status);
};

} // namespace outreach

Q_DECLARE_METATYPE(outreach::JobRun)
