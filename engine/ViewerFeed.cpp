#include "ViewerFeed.h"

#include "logging/Logger.h"
#include "store/JobRunRepository.h"
#include "store/JobRunUserRepository.h"
#include "store/LogRepository.h"

#include <QTimer>
#include <algorithm>

namespace outreach {
namespace {

constexpr int kRunBatch = 500;

// Ids that can no longer be read again (at or below `from`) need not be remembered.
void forgetUpTo(QSet<qint64>& seen, qint64 from) {
    seen.removeIf([from](qint64 id) { return id <= from; });
}

} // namespace

ViewerFeed::ViewerFeed(const Database& database, const Clock& clock, QObject* parent)
    : QObject(parent), m_database(database), m_clock(clock), m_timer(new QTimer(this)) {
    connect(m_timer, &QTimer::timeout, this, &ViewerFeed::poll);
}

void ViewerFeed::start() {
    m_timer->start(kPollMs);
    poll();
}

void ViewerFeed::stop() {
    m_timer->stop();
}

void ViewerFeed::poll() {
    if ((m_ready || takeStartingPoint()) && pollRuns() && pollLogs() && m_failing) {
        m_failing = false;
        Logger().info(QStringLiteral("the viewer reads the other engine's runs and logs again"));
    }
}

bool ViewerFeed::takeStartingPoint() {
    const JobRunRepository runs(m_database, m_clock);
    Result<qint64> lastRun = runs.latestId();
    Result<qint64> lastLog = LogRepository(m_database).latestId();
    Result<QList<JobRun>> running =
        runs.list(RunFilter{.status = QStringLiteral("running"), .limit = kRunBatch});
    auto failed = [this](const auto& result) {
        if (!result)
            reportFailure(result.error().message);
        return !result;
    };
    if (failed(lastRun) || failed(lastLog) || failed(running))
        return false;
    m_runFloor = m_maxRunId = *lastRun;
    m_logFloor = m_maxLogId = *lastLog;
    for (const JobRun& run : *running)
        m_running.insert(run.id, run);
    m_ready = true;
    return true;
}

bool ViewerFeed::pollRuns() {
    const JobRunRepository runs(m_database, m_clock);
    for (auto it = m_running.begin(); it != m_running.end();) {
        Result<JobRun> now = runs.find(it.key());
        if (!now && now.error().kind != Error::Kind::NotFound) {
            reportFailure(now.error().message);
            return false;
        }
        if (!now || now->isFinished()) {
            if (now) // else pruned or deleted by hand: nothing more will be heard of it
                Q_EMIT runFinished(*now); // the Runs page then reads its outcomes itself
            m_usersHeard.remove(it.key());
            it = m_running.erase(it);
            continue;
        }
        const JobRun& before = *it;
        if (before.usersDone != now->usersDone || before.usersFailed != now->usersFailed ||
            before.usersSkipped != now->usersSkipped || before.usersTotal != now->usersTotal ||
            before.items != now->items) {
            if (!pollUsers(now->id))
                return false; // looked at again next time
            Q_EMIT runProgress(RunProgress::of(*now));
        }
        *it = *now;
        ++it;
    }
    Result<QList<JobRun>> created =
        runs.createdAfter(std::max(m_runFloor, m_maxRunId - kRunOverlap), kRunBatch);
    if (!created) {
        reportFailure(created.error().message);
        return false;
    }
    for (const JobRun& run : *created) {
        if (m_runsSeen.contains(run.id))
            continue;
        m_runsSeen.insert(run.id);
        m_maxRunId = std::max(m_maxRunId, run.id);
        Q_EMIT runStarted(run);
        if (run.isFinished())
            Q_EMIT runFinished(run); // it started and ended between two polls
        else
            m_running.insert(run.id, run);
    }
    forgetUpTo(m_runsSeen, std::max(m_runFloor, m_maxRunId - kRunOverlap));
    return true;
}

bool ViewerFeed::pollUsers(qint64 runId) {
    Result<QList<JobRunUser>> outcomes = JobRunUserRepository(m_database).forRun(runId);
    if (!outcomes) {
        reportFailure(outcomes.error().message);
        return false;
    }
    QSet<qint64>& heard = m_usersHeard[runId];
    for (const JobRunUser& outcome : *outcomes) {
        if (!outcome.finishedAt || heard.contains(outcome.id))
            continue;
        heard.insert(outcome.id);
        Q_EMIT userFinished(runId, outcome);
    }
    return true;
}

bool ViewerFeed::pollLogs() {
    const LogRepository logs(m_database);
    for (int batch = 0; batch < kLogBatches; ++batch) {
        Result<QList<LogRecord>> stored =
            logs.storedAfter(std::max(m_logFloor, m_maxLogId - kLogOverlap), kLogBatch);
        if (!stored) {
            reportFailure(stored.error().message);
            return false;
        }
        QList<LogRecord> fresh;
        for (const LogRecord& record : *stored) {
            if (m_logsSeen.contains(record.id))
                continue;
            m_logsSeen.insert(record.id);
            m_maxLogId = std::max(m_maxLogId, record.id);
            fresh.append(record);
        }
        forgetUpTo(m_logsSeen, std::max(m_logFloor, m_maxLogId - kLogOverlap));
        if (!fresh.isEmpty())
            Q_EMIT logRecords(fresh);
        if (stored->size() < kLogBatch)
            break;
    }
    return true;
}

void ViewerFeed::reportFailure(const QString& message) {
    if (m_failing)
        return;
    m_failing = true;
    Logger().warning(
        QStringLiteral("the viewer cannot read the other engine's runs and logs: %1").arg(message));
}

} // namespace outreach
