#pragma once

#include "model/LogRecord.h"

#include <spdlog/sinks/base_sink.h>

#include <mutex>

namespace outreach {

class Clock;

// Base of the engine's spdlog sinks: turns each spdlog message into a LogRecord carrying the
// thread's LogContext, the engine clock's time and a redacted message, and hands it to the
// concrete sink. Records are built in the logging thread, where the context is set.
class RecordSink : public spdlog::sinks::base_sink<std::mutex> {
public:
    explicit RecordSink(const Clock& clock);

protected:
    void sink_it_(const spdlog::details::log_msg& message) final;
    void flush_() override;
    virtual void accept(const LogRecord& record) = 0;

private:
    const Clock& m_clock;
};

} // namespace outreach
