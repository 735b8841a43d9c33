#include "jobs/OccurrencePlanner.h"

namespace outreach {
namespace {

OccurrencePlanner::Group groupOf(const QList<qint64>& fires) {
    return {fires.first(), fires.last(), int(fires.size())};
}

QString why(OccurrencePlanner::Context context) {
    switch (context) {
    case OccurrencePlanner::Context::Start:
        return QStringLiteral("the engine was not running");
    case OccurrencePlanner::Context::Wake:
        return QStringLiteral("the computer was asleep (the wall clock jumped)");
    case OccurrencePlanner::Context::Running:
        break;
    }
    return QStringLiteral("the engine fell behind");
}

} // namespace

OccurrencePlanner::Plan OccurrencePlanner::plan(const QList<qint64>& fires, qint64 now,
                                                qint64 graceMs) {
    Plan plan;
    if (fires.isEmpty())
        return plan;
    if (fires.size() == 1 && now - fires.first() <= kLateToleranceMs) {
        plan.runFire = fires.first();
        plan.trigger = QStringLiteral("schedule");
        return plan;
    }
    QList<qint64> beyond;
    QList<qint64> within;
    for (qint64 fire : fires)
        (now - fire <= graceMs ? within : beyond).append(fire);
    if (!beyond.isEmpty())
        plan.missed = groupOf(beyond);
    if (!within.isEmpty()) {
        plan.runFire = within.takeLast();
        plan.trigger = QStringLiteral("catch-up");
        if (!within.isEmpty())
            plan.merged = groupOf(within);
    }
    return plan;
}

QString OccurrencePlanner::missedReason(Context context, qint64 graceMs) {
    return QStringLiteral("missed: %1, and it is older than the %2-minute grace period")
        .arg(why(context))
        .arg(graceMs / 60000);
}

QString OccurrencePlanner::mergedReason(Context context) {
    return QStringLiteral("merged into one catch-up run: %1").arg(why(context));
}

QString OccurrencePlanner::ranReason(Context context, const QString& trigger) {
    if (trigger == QLatin1String("catch-up"))
        return QStringLiteral("caught up: %1").arg(why(context));
    return {};
}

} // namespace outreach
