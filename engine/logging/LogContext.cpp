#include "logging/LogContext.h"

namespace outreach {
namespace {
thread_local LogContext threadContext;
} // namespace

const LogContext& LogContext::current() {
    return threadContext;
}

LogContext& LogContext::mutableCurrent() {
    return threadContext;
}

} // namespace outreach
