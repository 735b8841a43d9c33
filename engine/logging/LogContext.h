#pragma once

#include <QString>
#include <optional>

namespace outreach {

// The context every log record carries (SPEC §3.8). The runner sets it for the thread that
// runs a user's unit of work (see ScopedLogContext), so every record written inside the unit,
// by the job or by anything it calls, gets the job, run id, user id and user email without
// anyone typing them into a message.
struct LogContext {
    QString job{};
    std::optional<qint64> runId{};
    std::optional<qint64> userId{};
    QString userEmail{};

    // This thread's current context (empty outside any unit of work).
    static const LogContext& current();

private:
    friend class ScopedLogContext;
    static LogContext& mutableCurrent();
};

} // namespace outreach
