#include "logging/LogPipeline.h"

#include "core/Clock.h"
#include "logging/DatabaseLogSink.h"
#include "logging/LiveLogSink.h"
#include "logging/TextLogSink.h"
#include "model/LogRecord.h"
#include "store/LogRepository.h"

#include <QDir>
#include <QProcessEnvironment>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace outreach {
namespace {

spdlog::level::level_enum levelFrom(const QString& requested) {
    QString name = requested;
    if (name.isEmpty())
        name = QProcessEnvironment::systemEnvironment().value(QStringLiteral("OUTREACH_LOG_LEVEL"));
    name = LogRecord::normaliseLevel(name);
    if (name.isEmpty())
        return spdlog::level::info;
    return spdlog::level::from_str(name.toStdString());
}

} // namespace

LogPipeline::LogPipeline(const Database& database, const Clock& clock, const Options& options)
    : m_database(database), m_clock(clock),
      m_databaseSink(std::make_shared<DatabaseLogSink>(clock)),
      m_live(std::make_shared<LiveLogSink>(clock)) {
    std::vector<spdlog::sink_ptr> sinks{m_databaseSink, m_live};
    QString fileProblem;
    if (!options.dataDir.isEmpty()) {
        const QString dir = QDir(options.dataDir).filePath(QStringLiteral("logs"));
        m_filePath = QDir(dir).filePath(QStringLiteral("outreach.log"));
        try {
            QDir().mkpath(dir);
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                m_filePath.toStdString(), std::size_t(options.maxFileBytes),
                std::size_t(options.maxFiles));
            sinks.push_back(std::make_shared<TextLogSink>(clock, file));
        } catch (const spdlog::spdlog_ex& e) {
            fileProblem = QString::fromUtf8(e.what());
            m_filePath.clear();
        }
    }
    if (options.toStderr)
        sinks.push_back(std::make_shared<TextLogSink>(
            clock, std::make_shared<spdlog::sinks::stderr_sink_mt>()));
    m_logger = std::make_shared<spdlog::logger>("outreach", sinks.begin(), sinks.end());
    m_logger->set_level(levelFrom(options.level));
    m_logger->flush_on(spdlog::level::warn);
    m_previous = spdlog::default_logger();
    spdlog::set_default_logger(m_logger);
    if (!fileProblem.isEmpty())
        m_logger->warn("cannot write the log file {}: {}", m_filePath.toStdString(),
                       fileProblem.toStdString());
}

LogPipeline::~LogPipeline() {
    flushToDatabase();
    m_logger->flush();
    if (spdlog::default_logger() == m_logger)
        spdlog::set_default_logger(m_previous);
}

void LogPipeline::flushToDatabase() {
    DatabaseLogSink::Batch batch = m_databaseSink->takeAll();
    if (batch.dropped > 0) {
        LogRecord note;
        note.at = m_clock.nowMs();
        note.level = QStringLiteral("warning");
        note.message = QStringLiteral("%1 log records were dropped: the database could not keep "
                                      "up or was unreachable")
                           .arg(batch.dropped);
        batch.records.append(note);
    }
    if (batch.records.isEmpty())
        return;
    if (Status stored = LogRepository(m_database).insert(batch.records); !stored)
        m_databaseSink->putBack(batch.records);
    m_logger->flush();
}

} // namespace outreach
