#pragma once

#include <QMetaType>
#include <QString>
#include <optional>

namespace outreach {

// An admin's (or script's) request to run a job now.
struct RunRequest {
    quint64 requestId = 0; // chosen by the caller, echoed in runAccepted / runRefused
    QString job{};
    std::optional<qint64> userId{}; // one user instead of all active users
    bool force = false;             // run a paused user by hand (audited)
    QString reason{};
    // Run this scheduled fire (e.g. a missed one) instead of a fresh manual occurrence: its
    // idempotency keys are shared with any earlier run of the same fire.
    std::optional<qint64> occurrenceAt{};
    std::optional<qint64> occurrenceId{}; // the job_occurrences row being run, if any
};

} // namespace outreach

Q_DECLARE_METATYPE(outreach::RunRequest)
