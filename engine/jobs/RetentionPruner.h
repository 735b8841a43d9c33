#pragma once

#include <QMetaType>
#include <QObject>
#include <QTimer>

namespace outreach {

class Clock;
class Database;

// What one pruning pass removed.
struct PruneReport {
    qint64 cutoff = 0; // UTC ms: everything older went
    qint64 logRecords = 0;
    qint64 runs = 0;
    qint64 occurrences = 0;
    qint64 unitKeys = 0;
};

// Keeps the log and run history from growing without end: records older than the retention
// period (engine setting retention.days, default 90 days) are deleted in small batches, one
// batch per turn of the engine's event loop, so runs and the console are never held up by a
// big delete. Reports, audit entries and user data are never touched.
class RetentionPruner final : public QObject {
    Q_OBJECT
public:
    RetentionPruner(const Database& database, const Clock& clock, int defaultDays,
                    QObject* parent = nullptr);

    void start(); // a first pass shortly after start, then every few hours
    void stop();
    void pruneNow();
    bool isPruning() const { return m_step >= 0; }

    static constexpr int kBatch = 2000;
    static constexpr int kFirstPassDelayMs = 60 * 1000;
    static constexpr int kIntervalMs = 6 * 60 * 60 * 1000;

Q_SIGNALS:
    void pruned(const outreach::PruneReport& report);

private:
    void step();

    const Database& m_database;
    const Clock& m_clock;
    int m_defaultDays;
    QTimer m_timer;
    int m_step = -1; // which table the pass is on; -1 when idle
    PruneReport m_report;
};

} // namespace outreach

Q_DECLARE_METATYPE(outreach::PruneReport)
