#include "logging/Logger.h"

#include "logging/ScopedLogContext.h"

#include <spdlog/spdlog.h>

namespace outreach {

Logger::Logger(LogContext context) : m_context(std::move(context)) {}

void Logger::debug(const QString& message) const {
    write(spdlog::level::debug, message);
}

void Logger::info(const QString& message) const {
    write(spdlog::level::info, message);
}

void Logger::warning(const QString& message) const {
    write(spdlog::level::warn, message);
}

void Logger::error(const QString& message) const {
    write(spdlog::level::err, message);
}

void Logger::write(int level, const QString& message) const {
    std::optional<ScopedLogContext> scope;
    if (m_context)
        scope.emplace(*m_context);
    spdlog::default_logger_raw()->log(static_cast<spdlog::level::level_enum>(level), "{}",
                                      message.toStdString());
}

} // namespace outreach
