#pragma once

#include "logging/RecordSink.h"

#include <memory>

namespace outreach {

// Writes records as text lines ("2026-01-05T10:00:00Z info [job=x run=7 user=3 <a@b>] msg")
// through another spdlog sink that does the I/O: the rotating file in the data dir, or stderr
// for `outreachctl serve`.
class TextLogSink final : public RecordSink {
public:
    TextLogSink(const Clock& clock, std::shared_ptr<spdlog::sinks::sink> output);

    static QString format(const LogRecord& record);

protected:
    void accept(const LogRecord& record) override;
    void flush_() override;

private:
    std::shared_ptr<spdlog::sinks::sink> m_output;
};

} // namespace outreach
