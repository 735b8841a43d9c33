#pragma once

#include "EngineOptions.h"
#include "core/Error.h"
#include "core/Result.h"
#include "jobs/RetentionPruner.h"
#include "model/JobInfo.h"
#include "model/JobOccurrence.h"
#include "model/JobRun.h"
#include "model/JobRunUser.h"
#include "model/LogFilter.h"
#include "model/LogRecord.h"
#include "model/OutboxMessage.h"
#include "model/RunFilter.h"
#include "model/RunProgress.h"
#include "model/RunRequest.h"
#include "model/User.h"

#include <QList>
#include <QObject>
#include <QTimer>
#include <memory>

Q_DECLARE_METATYPE(outreach::Error)
Q_DECLARE_METATYPE(outreach::User)
Q_DECLARE_METATYPE(outreach::OutboxMessage)

namespace outreach {

class JobControl;
class JobRegistry;
class LogPipeline;
class ManualRuns;
class RunCoordinator;
class Scheduler;
class ViewerFeed;
class Waiter;
struct EngineServices;

// The job engine's facade (DESIGN "Threads"): a QObject that lives on its own thread (see
// EngineThread) and is driven only through slots, answering with signals, so the console's
// GUI thread never waits on it. `outreachctl` drives the same object. Every slot that reads or
// changes something answers with its own signal or with operationFailed(message).
class Engine final : public QObject {
    Q_OBJECT
public:
    explicit Engine(EngineOptions options, QObject* parent = nullptr);
    ~Engine() override;

    // Registers the types carried by the signals below for queued connections.
    static void registerMetaTypes();

    const JobRegistry& registry() const { return *m_options.registry; }
    QString owner() const { return m_options.owner; }
    bool isRunning() const { return m_running; }
    bool isViewer() const { return m_options.viewer; }
    QString logFilePath() const; // empty without a data dir

    // Engine-thread API behind the run slots, for callers on the engine thread.
    Result<JobRun> startRun(const RunRequest& request);
    Result<JobRun> startRetry(qint64 runId, bool force, const QString& reason);

public Q_SLOTS:
    void start(); // builds the engine on its thread, catches up missed fires, starts the clock
    void stop();  // finishes the units in flight, closes runs, releases leases; then stopped()

    // Runs: answered by runAccepted or runRefused with the caller's request id.
    void runJob(const outreach::RunRequest& request);
    void retryRun(quint64 requestId, qint64 runId, bool force, const QString& reason);
    void runOccurrence(quint64 requestId, qint64 occurrenceId, const QString& reason);
    void cancelRun(qint64 runId, const QString& reason);

    // Job controls: answered by jobChanged.
    void pauseJob(const QString& job, const QString& reason);
    void resumeJob(const QString& job, const QString& reason);
    void pauseJobForUser(const QString& job, qint64 userId, const QString& reason);
    void resumeJobForUser(const QString& job, qint64 userId, const QString& reason);
    void setJobSchedule(const QString& job, const QString& expression, const QString& timeZone,
                        const QString& reason);
    // A negative value leaves that setting as it is.
    void configureJob(const QString& job, qint64 pacingMs, qint64 graceMs, const QString& reason);

    // Reads.
    void refreshJobs();
    void refreshRuns(const outreach::RunFilter& filter);
    void loadRun(qint64 runId);
    void queryLogs(const outreach::LogFilter& filter);
    void refreshOccurrences(const QString& job, int limit);

    // The Users page.
    void refreshUsers();
    void setUserStatus(qint64 userId, const QString& status, const QString& reason);

    // The Outbox page: resend (true) or mark sent (false) a message, audited (OutboxDecision);
    // answered by outboxMessageDecided or outboxDecisionRefused with the caller's request id.
    void decideOutboxMessage(quint64 requestId, qint64 messageId, bool resend,
                             const QString& reason);

    void checkSchedule(); // looks at the schedules now (after a manual clock moved)
    void pruneNow();

Q_SIGNALS:
    void started();
    void stopped();

    void runAccepted(quint64 requestId, const outreach::JobRun& run);
    void runRefused(quint64 requestId, const outreach::Error& error);
    void runStarted(const outreach::JobRun& run);
    void runProgress(const outreach::RunProgress& progress);
    void userFinished(qint64 runId, const outreach::JobRunUser& outcome);
    void runFinished(const outreach::JobRun& run);

    void jobsLoaded(const QList<outreach::JobInfo>& jobs);
    void jobChanged(const outreach::JobInfo& job);
    void runsLoaded(const outreach::RunFilter& filter, const QList<outreach::JobRun>& runs);
    void runLoaded(const outreach::JobRun& run, const QList<outreach::JobRunUser>& users);
    void logsLoaded(const outreach::LogFilter& filter, const QList<outreach::LogRecord>& records);
    void occurrencesLoaded(const QString& job, const QList<outreach::JobOccurrence>& list);
    void occurrenceRecorded(const outreach::JobOccurrence& occurrence);
    void usersLoaded(const QList<outreach::User>& users);
    void userChanged(const outreach::User& user);
    void outboxMessageDecided(quint64 requestId, const outreach::OutboxMessage& message);
    void outboxDecisionRefused(quint64 requestId, const QString& message);

    void logRecords(const QList<outreach::LogRecord>& records); // live, in batches
    void pruned(const outreach::PruneReport& report);
    void operationFailed(const QString& message);

private:
    bool ensureRunning();
    void finishStop();
    void announce();
    void renewAnnouncement();
    void flushLogs();
    void answer(const Result<JobInfo>& result);
    void answerRun(quint64 requestId, const Result<JobRun>& result);

    EngineOptions m_options;
    std::unique_ptr<LogPipeline> m_logs;
    std::unique_ptr<Waiter> m_waiter;
    std::unique_ptr<EngineServices> m_services;
    std::unique_ptr<JobControl> m_control;
    RunCoordinator* m_runs = nullptr;
    std::unique_ptr<ManualRuns> m_manual;
    Scheduler* m_scheduler = nullptr;
    RetentionPruner* m_pruner = nullptr;
    ViewerFeed* m_feed = nullptr; // viewer only: the other engine's runs and logs
    QTimer* m_flushTimer = nullptr;
    QTimer* m_announceTimer = nullptr; // renews this engine's row in engine_hosts
    bool m_running = false;
    bool m_stopping = false;
};

} // namespace outreach
