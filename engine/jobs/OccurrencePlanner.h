#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace outreach {

// Decides what becomes of the fires of one job that fell due since the scheduler last
// looked (SPEC §3.10, §3.12): a single fire on time runs as a scheduled run; otherwise the
// engine was off, asleep or held up, and the fires within the grace period fold into one
// catch-up run (standing for the latest of them) while older ones are recorded as missed.
// Pure logic: the Scheduler applies pauses and leases and records the outcome.
class OccurrencePlanner {
public:
    enum class Context {
        Start,   // the first look after the engine started: it was off
        Wake,    // the wall clock jumped forward: the machine slept
        Running, // an ordinary tick
    };

    struct Group {
        qint64 first = 0;
        qint64 last = 0;
        int count = 0;
    };

    struct Plan {
        std::optional<Group> missed;   // beyond the grace period
        std::optional<Group> merged;   // folded into the run
        std::optional<qint64> runFire; // the fire the run stands for
        QString trigger;               // schedule | catch-up
    };

    // `fires` ascending, all <= now.
    static Plan plan(const QList<qint64>& fires, qint64 now, qint64 graceMs);

    static QString missedReason(Context context, qint64 graceMs);
    static QString mergedReason(Context context);
    static QString ranReason(Context context, const QString& trigger);

    // A fire this late is no longer "on time" even while the engine is running.
    static constexpr qint64 kLateToleranceMs = 60 * 1000;
};

} // namespace outreach
