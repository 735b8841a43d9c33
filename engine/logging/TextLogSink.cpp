#include "logging/TextLogSink.h"

#include "core/TimeFormat.h"

#include <QStringList>

namespace outreach {

TextLogSink::TextLogSink(const Clock& clock, std::shared_ptr<spdlog::sinks::sink> output)
    : RecordSink(clock), m_output(std::move(output)) {
    m_output->set_pattern("%v");
}

QString TextLogSink::format(const LogRecord& record) {
    QStringList context;
    if (!record.job.isEmpty())
        context << QStringLiteral("job=") + record.job;
    if (record.runId)
        context << QStringLiteral("run=%1").arg(*record.runId);
    if (record.userId)
        context << QStringLiteral("user=%1").arg(*record.userId);
    if (!record.userEmail.isEmpty())
        context << QLatin1Char('<') + record.userEmail + QLatin1Char('>');
    QString line = TimeFormat::isoUtc(record.at) + QLatin1Char(' ') + record.level;
    if (!context.isEmpty())
        line += QStringLiteral(" [") + context.join(QLatin1Char(' ')) + QLatin1Char(']');
    return line + QLatin1Char(' ') + record.message;
}

void TextLogSink::accept(const LogRecord& record) {
    const std::string line = format(record).toStdString();
    spdlog::details::log_msg message(spdlog::source_loc{}, "outreach", spdlog::level::info, line);
    m_output->log(message);
}

void TextLogSink::flush_() {
    m_output->flush();
}

} // namespace outreach
