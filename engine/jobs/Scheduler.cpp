#include "jobs/Scheduler.h"

#include "core/Clock.h"
#include "core/TimeFormat.h"
#include "jobs/JobRegistry.h"
#include "jobs/RunCoordinator.h"
#include "logging/Logger.h"
#include "store/JobSettingsRepository.h"
#include "store/OccurrenceRepository.h"

#include <algorithm>

namespace outreach {
namespace {

constexpr int kMaxFiresPerLook = 200000;

QTimeZone zoneOf(const JobSettings& settings) {
    QTimeZone zone(settings.timeZone.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

QString minutes(qint64 ms) {
    return ms >= 3600000 ? QStringLiteral("%1 h %2 min").arg(ms / 3600000).arg(ms % 3600000 / 60000)
                         : QStringLiteral("%1 min").arg(ms / 60000);
}

} // namespace

Scheduler::Scheduler(const EngineServices& services, RunCoordinator& runs, QObject* parent)
    : QObject(parent), m_services(services), m_runs(runs) {
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Scheduler::tick);
}

void Scheduler::start() {
    m_started = true;
    m_firstLook = true;
    tick();
}

void Scheduler::stop() {
    m_started = false;
    m_timer.stop();
}

const CronExpression* Scheduler::expressionFor(const JobSettings& settings) {
    auto it = m_expressions.find(settings.schedule);
    if (it == m_expressions.end()) {
        Result<CronExpression> parsed = CronExpression::parse(settings.schedule);
        if (!parsed) {
            if (!m_reportedBad.contains(settings.job + settings.schedule)) {
                m_reportedBad.insert(settings.job + settings.schedule);
                Logger(LogContext{settings.job})
                    .error(QStringLiteral("not scheduled: %1").arg(parsed.error().message));
            }
            return nullptr;
        }
        it = m_expressions.insert(settings.schedule, *parsed);
    }
    return &*it;
}

QList<qint64> Scheduler::nextFires(const JobSettings& settings, qint64 after, int count) {
    Result<CronExpression> parsed = CronExpression::parse(settings.schedule);
    if (!parsed)
        return {};
    QList<qint64> fires;
    for (const QDateTime& fire : parsed->nextFires(
             QDateTime::fromMSecsSinceEpoch(after, QTimeZone::utc()), zoneOf(settings), count))
        fires.append(fire.toMSecsSinceEpoch());
    return fires;
}

void Scheduler::tick() {
    const qint64 now = m_services.clock.nowMs();
    OccurrencePlanner::Context context = OccurrencePlanner::Context::Running;
    if (m_firstLook) {
        context = OccurrencePlanner::Context::Start;
    } else {
        const qint64 clockAdvance = now - m_lastClock;
        const qint64 realAdvance = m_monotonic.elapsed();
        if (clockAdvance - realAdvance > kJumpThresholdMs) {
            context = OccurrencePlanner::Context::Wake;
            Logger().warning(QStringLiteral("the wall clock jumped forward by %1 (sleep, "
                                            "hibernation or a clock change): catching up")
                                 .arg(minutes(clockAdvance - realAdvance)));
        } else if (realAdvance - clockAdvance > kJumpThresholdMs) {
            Logger().warning(QStringLiteral("the wall clock went back by %1; fires already "
                                            "decided are not repeated")
                                 .arg(minutes(realAdvance - clockAdvance)));
        }
    }
    m_firstLook = false;
    m_lastClock = now;
    m_monotonic.restart();

    Result<QList<JobSettings>> all =
        JobSettingsRepository(m_services.database, m_services.clock).all();
    if (!all) {
        Logger().error(QStringLiteral("scheduler: %1").arg(all.error().message));
    } else {
        for (const JobSettings& settings : *all)
            if (m_services.registry.find(settings.job))
                evaluate(settings, now, context);
    }
    armTimer(now);
}

void Scheduler::evaluate(const JobSettings& settings, qint64 now,
                         OccurrencePlanner::Context context) {
    const JobSettingsRepository repository(m_services.database, m_services.clock);
    const Logger log(LogContext{settings.job});
    if (!settings.evaluatedThrough) {
        // First sight of this job on this database: nothing before now was ever due.
        if (Result<bool> claimed = repository.claimEvaluation(settings.job, std::nullopt, now);
            !claimed)
            log.error(QStringLiteral("scheduler: %1").arg(claimed.error().message));
        return;
    }
    const qint64 through = *settings.evaluatedThrough;
    if (now <= through)
        return;
    const CronExpression* expression = expressionFor(settings);
    if (!expression)
        return;
    const QTimeZone zone = zoneOf(settings);
    const qint64 from = std::max(through, now - kMaxLookbackMs);
    QList<qint64> fires;
    QDateTime cursor = QDateTime::fromMSecsSinceEpoch(from, QTimeZone::utc());
    while (fires.size() < kMaxFiresPerLook) {
        cursor = expression->nextFireAfter(cursor, zone);
        if (!cursor.isValid() || cursor.toMSecsSinceEpoch() > now)
            break;
        fires.append(cursor.toMSecsSinceEpoch());
    }
    if (fires.isEmpty())
        return;
    Result<bool> claimed = repository.claimEvaluation(settings.job, through, now);
    if (!claimed) {
        log.error(QStringLiteral("scheduler: %1").arg(claimed.error().message));
        return;
    }
    if (!*claimed)
        return; // another engine decided these fires

    const OccurrencePlanner::Plan plan = OccurrencePlanner::plan(fires, now, settings.graceMs);
    if (plan.missed) {
        record(settings.job, *plan.missed, QStringLiteral("missed"),
               OccurrencePlanner::missedReason(context, settings.graceMs), std::nullopt);
        log.warning(QStringLiteral("%1 scheduled fire(s) from %2 to %3 were missed while %4")
                        .arg(plan.missed->count)
                        .arg(TimeFormat::isoUtc(plan.missed->first),
                             TimeFormat::isoUtc(plan.missed->last),
                             context == OccurrencePlanner::Context::Wake
                                 ? QStringLiteral("the computer slept")
                                 : QStringLiteral("the engine was off")));
    }
    if (!plan.runFire)
        return;
    const OccurrencePlanner::Group runGroup{*plan.runFire, *plan.runFire, 1};
    const OccurrencePlanner::Group wholeGroup{plan.merged ? plan.merged->first : *plan.runFire,
                                              *plan.runFire,
                                              (plan.merged ? plan.merged->count : 0) + 1};
    if (settings.paused) {
        record(settings.job, wholeGroup, QStringLiteral("skipped"),
               settings.pauseReason.isEmpty()
                   ? QStringLiteral("job paused")
                   : QStringLiteral("job paused: %1").arg(settings.pauseReason),
               std::nullopt);
        return;
    }
    RunCoordinator::Start start;
    start.job = settings.job;
    start.trigger = plan.trigger;
    start.occurrenceAt = *plan.runFire;
    start.occurrenceKey = TimeFormat::isoUtc(*plan.runFire);
    Result<JobRun> run = m_runs.start(start);
    if (!run) {
        const bool busy = run.error().kind == Error::Kind::Conflict;
        record(settings.job, wholeGroup, QStringLiteral("skipped"),
               busy ? QStringLiteral("already running") : run.error().message, std::nullopt);
        if (busy)
            log.info(QStringLiteral("fire at %1 skipped: %2")
                         .arg(TimeFormat::isoUtc(*plan.runFire), run.error().message));
        else
            log.error(QStringLiteral("fire at %1 could not start: %2")
                          .arg(TimeFormat::isoUtc(*plan.runFire), run.error().message));
        return;
    }
    if (plan.merged)
        record(settings.job, *plan.merged, QStringLiteral("merged"),
               OccurrencePlanner::mergedReason(context), run->id);
    record(settings.job, runGroup, QStringLiteral("ran"),
           OccurrencePlanner::ranReason(context, plan.trigger), run->id);
}

void Scheduler::record(const QString& job, const OccurrencePlanner::Group& group,
                       const QString& decision, const QString& reason,
                       std::optional<qint64> runId) {
    JobOccurrence occurrence;
    occurrence.job = job;
    occurrence.scheduledAt = group.first;
    occurrence.lastAt = group.last;
    occurrence.fireCount = group.count;
    occurrence.decision = decision;
    occurrence.reason = reason;
    occurrence.runId = runId;
    Result<qint64> id =
        OccurrenceRepository(m_services.database, m_services.clock).record(occurrence);
    if (!id) {
        Logger(LogContext{job})
            .error(QStringLiteral("cannot record the decision for %1: %2")
                       .arg(TimeFormat::isoUtc(group.first), id.error().message));
        return;
    }
    occurrence.id = *id;
    occurrence.decidedAt = m_services.clock.nowMs();
    Q_EMIT occurrenceRecorded(occurrence);
}

void Scheduler::armTimer(qint64 now) {
    if (!m_started)
        return;
    qint64 wait = kMaxTickMs;
    Result<QList<JobSettings>> all =
        JobSettingsRepository(m_services.database, m_services.clock).all();
    if (all) {
        for (const JobSettings& settings : *all) {
            if (!m_services.registry.find(settings.job))
                continue;
            const QList<qint64> next =
                nextFires(settings, std::max(now, settings.evaluatedThrough.value_or(now)), 1);
            if (!next.isEmpty())
                wait = std::min(wait, next.first() - now);
        }
    }
    m_timer.start(int(std::clamp<qint64>(wait, 50, kMaxTickMs)));
}

} // namespace outreach
