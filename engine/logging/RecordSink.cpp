#include "logging/RecordSink.h"

#include "core/Clock.h"
#include "logging/LogContext.h"
#include "logging/LogRedactor.h"

namespace outreach {

RecordSink::RecordSink(const Clock& clock) : m_clock(clock) {}

void RecordSink::sink_it_(const spdlog::details::log_msg& message) {
    const LogContext& context = LogContext::current();
    LogRecord record;
    record.at = m_clock.nowMs();
    const auto level = spdlog::level::to_string_view(message.level);
    record.level = QString::fromLatin1(level.data(), qsizetype(level.size()));
    record.job = context.job;
    record.runId = context.runId;
    record.userId = context.userId;
    record.userEmail = context.userEmail;
    record.message = LogRedactor::redact(
        QString::fromUtf8(message.payload.data(), qsizetype(message.payload.size())));
    accept(record);
}

void RecordSink::flush_() {}

} // namespace outreach
