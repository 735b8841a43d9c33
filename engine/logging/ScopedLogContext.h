#pragma once

#include "logging/LogContext.h"

namespace outreach {

// Sets this thread's log context for the lifetime of the object and restores the previous
// one after, so nested scopes (a run, then a user within it) compose.
class ScopedLogContext {
public:
    explicit ScopedLogContext(LogContext context);
    ~ScopedLogContext();
    ScopedLogContext(const ScopedLogContext&) = delete;
    ScopedLogContext& operator=(const ScopedLogContext&) = delete;

private:
    LogContext m_previous;
};

} // namespace outreach
