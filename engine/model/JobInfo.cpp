#include "model/JobInfo.h"

#include "core/TimeFormat.h"

#include <QJsonArray>

namespace outreach {

QJsonObject JobInfo::toJson() const {
    QJsonArray next;
    for (qint64 at : nextRuns)
        next.append(TimeFormat::isoUtc(at));
    QJsonArray pausedUsers;
    for (qint64 id : pausedUserIds)
        pausedUsers.append(id);
    QJsonValue last;
    if (lastRun)
        last = QJsonObject{{QStringLiteral("id"), lastRun->id},
                           {QStringLiteral("trigger"), lastRun->trigger},
                           {QStringLiteral("status"), lastRun->status},
                           {QStringLiteral("startedAt"), TimeFormat::isoUtc(lastRun->startedAt)},
                           {QStringLiteral("summary"), lastRun->summary()}};
    return {
        {QStringLiteral("name"), name},
        {QStringLiteral("description"), description},
        {QStringLiteral("schedule"), schedule},
        {QStringLiteral("timeZone"), timeZone},
        {QStringLiteral("paused"), paused},
        {QStringLiteral("pauseReason"), pauseReason},
        {QStringLiteral("pacingMs"), pacingMs},
        {QStringLiteral("graceMinutes"), graceMs / 60000},
        {QStringLiteral("nextRunAt"),
         nextRuns.isEmpty() ? QJsonValue() : QJsonValue(TimeFormat::isoUtc(nextRuns.first()))},
        {QStringLiteral("nextRuns"), next},
        {QStringLiteral("lastRun"), last},
        {QStringLiteral("runningRunId"), runningRunId ? QJsonValue(*runningRunId) : QJsonValue()},
        {QStringLiteral("pausedUsers"), pausedUsers}};
}

} // namespace outreach
