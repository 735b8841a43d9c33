#include "logging/ScopedLogContext.h"

#include <utility>

namespace outreach {

ScopedLogContext::ScopedLogContext(LogContext context)
    : m_previous(std::exchange(LogContext::mutableCurrent(), std::move(context))) {}

ScopedLogContext::~ScopedLogContext() {
    LogContext::mutableCurrent() = std::move(m_previous);
}

} // namespace outreach
