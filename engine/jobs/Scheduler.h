#pragma once

#include "core/CronExpression.h"
#include "jobs/EngineServices.h"
#include "jobs/OccurrencePlanner.h"
#include "model/JobOccurrence.h"
#include "model/JobSettings.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace outreach {

class RunCoordinator;

// Fires jobs on their cron schedules, by the engine clock, and records a decision for every
// fire (SPEC §3.10, §3.12). It wakes at the next fire (at least every 15 s, so schedule edits
// by other processes and a wall-clock jump after sleep are noticed), takes the fires that fell
// due since the job's high-water mark with a compare-and-set (several engines on one database
// decide each fire once), and runs, skips, merges or marks them missed.
class Scheduler final : public QObject {
    Q_OBJECT
public:
    Scheduler(const EngineServices& services, RunCoordinator& runs, QObject* parent = nullptr);

    void start(); // looks at once (catching up what was missed while off), then on time
    void stop();
    void tick(); // looks now; tests call it after moving a manual clock

    // The first `count` fires of a schedule after `after`, UTC ms; empty for a bad schedule.
    static QList<qint64> nextFires(const JobSettings& settings, qint64 after, int count);

    static constexpr qint64 kMaxTickMs = 15000;
    // A wall clock that advanced this much more than the monotonic clock means sleep.
    static constexpr qint64 kJumpThresholdMs = 90 * 1000;
    // Fires further back are not examined one by one (the retention period).
    static constexpr qint64 kMaxLookbackMs = 90LL * 24 * 60 * 60 * 1000;

Q_SIGNALS:
    void occurrenceRecorded(const outreach::JobOccurrence& occurrence);

private:
    void evaluate(const JobSettings& settings, qint64 now, OccurrencePlanner::Context context);
    void record(const QString& job, const OccurrencePlanner::Group& group, const QString& decision,
                const QString& reason, std::optional<qint64> runId);
    void armTimer(qint64 now);
    const CronExpression* expressionFor(const JobSettings& settings);

    const EngineServices& m_services;
    RunCoordinator& m_runs;
    QTimer m_timer;
    QElapsedTimer m_monotonic;
    qint64 m_lastClock = 0;
    bool m_started = false;
    bool m_firstLook = true;
    QHash<QString, CronExpression> m_expressions; // by expression text
    QSet<QString> m_reportedBad;
};

} // namespace outreach
