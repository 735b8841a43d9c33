#pragma once

#include "logging/LogContext.h"

#include <QString>
#include <optional>

namespace outreach {

// What engine code and jobs log through. A Logger made with a context attaches it to every
// record it writes, whichever thread calls it; a Logger without one uses the calling thread's
// current context (set by the runner inside a user's unit of work). Either way the record goes
// to spdlog's default logger, which the engine's LogPipeline wires to its sinks.
class Logger {
public:
    Logger() = default;
    explicit Logger(LogContext context);

    Logger withContext(LogContext context) const { return Logger(std::move(context)); }
    const std::optional<LogContext>& context() const { return m_context; }

    void debug(const QString& message) const;
    void info(const QString& message) const;
    void warning(const QString& message) const;
    void error(const QString& message) const;

private:
    void write(int level, const QString& message) const;

    std::optional<LogContext> m_context;
};

} // namespace outreach
