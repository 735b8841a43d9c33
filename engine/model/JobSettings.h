#pragma once

#include <QString>
#include <optional>

namespace outreach {

// A job's editable settings (a job_settings row).
struct JobSettings {
    QString job{};
    QString schedule{};
    QString timeZone = QStringLiteral("UTC");
    bool paused = false;
    QString pauseReason{};
    qint64 pacingMs = 0;
    qint64 graceMs = 0;
    // Every fire up to this instant has a recorded decision (unset before the first look).
    std::optional<qint64> evaluatedThrough{};
    qint64 updatedAt = 0;
};

} // namespace outreach
