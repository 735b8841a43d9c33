#pragma once

#include <QString>
#include <memory>

namespace spdlog {
class logger;
}

namespace outreach {

class Clock;
class Database;
class DatabaseLogSink;
class LiveLogSink;

// The engine's one logging path (DESIGN "Logging"): an spdlog logger, installed as spdlog's
// default for the pipeline's lifetime, with a rotating file in the data dir, a batched
// database sink, a live sink for the console and, for `outreachctl serve`, stderr.
// Create and flush it on the engine thread; the live sink delivers its signal there.
class LogPipeline {
public:
    struct Options {
        QString dataDir{};     // the rotating file goes to dataDir/logs; empty: no file
        bool toStderr = false; // also print every record (serve)
        QString level{};       // minimum level; empty: OUTREACH_LOG_LEVEL or info
        qint64 maxFileBytes = 10 * 1024 * 1024;
        int maxFiles = 5;
    };

    LogPipeline(const Database& database, const Clock& clock, const Options& options);
    ~LogPipeline();
    LogPipeline(const LogPipeline&) = delete;
    LogPipeline& operator=(const LogPipeline&) = delete;

    LiveLogSink* liveSink() const { return m_live.get(); }
    QString filePath() const { return m_filePath; }

    // Stores the records collected since the last call in one transaction. Records that
    // cannot be stored now (database locked or down) are kept for the next call.
    void flushToDatabase();

private:
    const Database& m_database;
    const Clock& m_clock;
    std::shared_ptr<DatabaseLogSink> m_databaseSink;
    std::shared_ptr<LiveLogSink> m_live;
    std::shared_ptr<spdlog::logger> m_logger;
    std::shared_ptr<spdlog::logger> m_previous;
    QString m_filePath;
};

} // namespace outreach
