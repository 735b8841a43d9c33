#include "Engine.h"

#include "ViewerFeed.h"

#include "core/Clock.h"
#include "core/Waiter.h"
#include "jobs/EngineServices.h"
#include "jobs/JobControl.h"
#include "jobs/JobRegistry.h"
#include "jobs/ManualRuns.h"
#include "jobs/RunCoordinator.h"
#include "jobs/RunReconciler.h"
#include "jobs/Scheduler.h"
#include "logging/LiveLogSink.h"
#include "logging/LogPipeline.h"
#include "logging/Logger.h"
#include "outbox/OutboxDecision.h"
#include "store/AdminOutboxRepository.h"
#include "store/AuditRepository.h"
#include "store/EngineHostRepository.h"
#include "store/JobRunRepository.h"
#include "store/JobRunUserRepository.h"
#include "store/LogRepository.h"
#include "store/OccurrenceRepository.h"
#include "store/UserRepository.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSysInfo>

namespace outreach {
namespace {

constexpr int kLogFlushMs = 500;

Error viewerRefusal() {
    return Error::runtime(QStringLiteral("this console is a viewer: another engine runs the jobs "
                                         "on this database; run it there (or close that engine "
                                         "and reopen the console)"));
}

} // namespace

void Engine::registerMetaTypes() {
    qRegisterMetaType<outreach::Error>();
    qRegisterMetaType<outreach::User>();
    qRegisterMetaType<outreach::OutboxMessage>();
    qRegisterMetaType<QList<outreach::User>>();
    qRegisterMetaType<outreach::JobRun>();
    qRegisterMetaType<QList<outreach::JobRun>>();
    qRegisterMetaType<outreach::JobRunUser>();
    qRegisterMetaType<QList<outreach::JobRunUser>>();
    qRegisterMetaType<outreach::JobInfo>();
    qRegisterMetaType<QList<outreach::JobInfo>>();
    qRegisterMetaType<outreach::JobOccurrence>();
    qRegisterMetaType<QList<outreach::JobOccurrence>>();
    qRegisterMetaType<outreach::LogRecord>();
    qRegisterMetaType<QList<outreach::LogRecord>>();
    qRegisterMetaType<outreach::LogFilter>();
    qRegisterMetaType<outreach::RunFilter>();
    qRegisterMetaType<outreach::RunProgress>();
    qRegisterMetaType<outreach::RunRequest>();
    qRegisterMetaType<outreach::PruneReport>();
}

Engine::Engine(EngineOptions options, QObject* parent)
    : QObject(parent), m_options(std::move(options)) {
    registerMetaTypes();
    Q_ASSERT(m_options.database && m_options.clock);
    if (!m_options.registry)
        m_options.registry = JobRegistry::standard();
    if (m_options.owner.isEmpty())
        m_options.owner =
            QStringLiteral("%1:%2:%3")
                .arg(QSysInfo::machineHostName())
                .arg(QCoreApplication::applicationPid())
                .arg(QRandomGenerator::global()->generate() & 0xffffff, 6, 16, QLatin1Char('0'));
    if (m_options.actor.isEmpty())
        m_options.actor = AuditRepository::currentActor();
}

Engine::~Engine() {
    // Normally stop() has run; otherwise close what is open as well as can be done now. The
    // runs go first (they wait for their units), the log pipeline last.
    if (m_scheduler)
        m_scheduler->stop();
    delete m_scheduler;
    delete m_pruner;
    m_manual.reset();
    delete m_runs;
    m_control.reset();
    m_logs.reset();
}

QString Engine::logFilePath() const {
    return m_logs ? m_logs->filePath() : QString();
}

void Engine::start() {
    if (m_running)
        return;
    const Database& database = *m_options.database;
    const Clock& clock = *m_options.clock;
    m_logs = std::make_unique<LogPipeline>(database, clock, m_options.logging);
    if (m_options.viewer) {
        // The pages hear of runs and records as they would from a running engine, but from the
        // database: the viewer's own records come that way too, so none arrives twice.
        m_feed = new ViewerFeed(database, clock, this);
        connect(m_feed, &ViewerFeed::runStarted, this, &Engine::runStarted);
        connect(m_feed, &ViewerFeed::runProgress, this, &Engine::runProgress);
        connect(m_feed, &ViewerFeed::userFinished, this, &Engine::userFinished);
        connect(m_feed, &ViewerFeed::runFinished, this, &Engine::runFinished);
        connect(m_feed, &ViewerFeed::logRecords, this, &Engine::logRecords);
    } else {
        connect(m_logs->liveSink(), &LiveLogSink::recordsLogged, this, &Engine::logRecords);
    }
    m_waiter = Waiter::create(m_options.manualClock);
    m_services.reset(new EngineServices{database, clock, *m_waiter, *m_options.registry,
                                        m_options.owner, m_options.actor, m_options.leaseTtlMs});
    m_control = std::make_unique<JobControl>(database, clock, *m_options.registry, m_options.actor);

    m_runs = new RunCoordinator(*m_services, m_options.workerThreads, this);
    connect(m_runs, &RunCoordinator::runStarted, this, &Engine::runStarted);
    connect(m_runs, &RunCoordinator::runProgress, this, &Engine::runProgress);
    connect(m_runs, &RunCoordinator::userFinished, this, &Engine::userFinished);
    connect(m_runs, &RunCoordinator::runFinished, this, [this](const JobRun& run) {
        // Everything the run logged is stored before anyone hears it finished.
        flushLogs();
        Q_EMIT runFinished(run);
    });
    m_manual = std::make_unique<ManualRuns>(*m_services, *m_runs);
    m_scheduler = new Scheduler(*m_services, *m_runs, this);
    connect(m_scheduler, &Scheduler::occurrenceRecorded, this, &Engine::occurrenceRecorded);
    m_pruner = new RetentionPruner(database, clock, m_options.retentionDays, this);
    connect(m_pruner, &RetentionPruner::pruned, this, &Engine::pruned);
    m_flushTimer = new QTimer(this);
    connect(m_flushTimer, &QTimer::timeout, this, &Engine::flushLogs);
    m_flushTimer->start(kLogFlushMs);

    m_running = true;
    const Logger log;
    const QStringList names = m_options.registry->names();
    log.info(QStringLiteral("engine %1 started (jobs: %2)")
                 .arg(m_options.owner, names.isEmpty() ? QStringLiteral("none registered")
                                                       : names.join(QStringLiteral(", "))));
    if (Status ensured = m_control->ensureJobs(); !ensured)
        log.error(
            QStringLiteral("cannot set up the job settings: %1").arg(ensured.error().message));
    if (m_options.viewer) {
        // Another engine runs the jobs: what looks abandoned may well be its work in flight.
        log.info(QStringLiteral("engine %1 is a viewer: another engine runs the jobs")
                     .arg(m_options.owner));
        m_feed->start();
        Q_EMIT started();
        return;
    }
    Result<int> closed = RunReconciler(database, clock).closeOrphans();
    if (!closed)
        log.error(QStringLiteral("cannot close abandoned runs: %1").arg(closed.error().message));
    else if (*closed > 0)
        log.warning(QStringLiteral("closed %1 run(s) left running by an engine that stopped "
                                   "without finishing")
                        .arg(*closed));
    // SPEC 3.11: a message an engine was sending when it died may have been accepted; it is
    // never resent silently but listed as unknown for the admin. Rows still under a live
    // engine's lease are left alone.
    Result<int> unknown = AdminOutboxRepository(database, clock).markInterruptedSendsUnknown();
    if (!unknown)
        log.error(
            QStringLiteral("cannot check for interrupted sends: %1").arg(unknown.error().message));
    else if (*unknown > 0)
        log.warning(QStringLiteral("%1 message(s) were being sent when an engine stopped; they "
                                   "are now 'unknown' and wait for the admin (outbox list "
                                   "--status unknown)")
                        .arg(*unknown));
    if (m_options.runScheduler) {
        announce(); // first, so that a console opened from now on sees that jobs run here
        m_scheduler->start();
    }
    if (m_options.pruneHistory)
        m_pruner->start();
    Q_EMIT started();
}

void Engine::stop() {
    if (!m_running || m_stopping)
        return;
    m_stopping = true;
    Logger().info(QStringLiteral("engine stopping: finishing the units in flight"));
    m_scheduler->stop();
    m_pruner->stop();
    if (m_feed)
        m_feed->stop();
    connect(m_runs, &RunCoordinator::idle, this, &Engine::finishStop, Qt::UniqueConnection);
    m_runs->stopAll(QStringLiteral("the engine is stopping"));
}

void Engine::finishStop() {
    if (!m_running)
        return;
    m_flushTimer->stop();
    if (m_announceTimer) {
        m_announceTimer->stop();
        if (Status withdrawn = EngineHostRepository(*m_options.database, *m_options.clock)
                                   .withdraw(m_options.owner);
            !withdrawn)
            Logger().warning(QStringLiteral("cannot withdraw this engine from engine_hosts "
                                            "(it expires by itself): %1")
                                 .arg(withdrawn.error().message));
    }
    Logger().info(QStringLiteral("engine %1 stopped").arg(m_options.owner));
    flushLogs();
    m_running = false;
    m_stopping = false;
    Q_EMIT stopped();
}

void Engine::flushLogs() {
    if (m_logs)
        m_logs->flushToDatabase();
}

void Engine::announce() {
    const EngineHost host{.owner = m_options.owner,
                          .role = m_options.role,
                          .host = QSysInfo::machineHostName(),
                          .pid = QCoreApplication::applicationPid(),
                          .startedAt = m_options.clock->nowMs(),
                          .expiresAt = 0};
    if (Status announced = EngineHostRepository(*m_options.database, *m_options.clock)
                               .announce(host, m_options.leaseTtlMs);
        !announced)
        Logger().warning(QStringLiteral("cannot announce this engine in engine_hosts; a console "
                                        "opened now would not know it runs: %1")
                             .arg(announced.error().message));
    m_announceTimer = new QTimer(this);
    connect(m_announceTimer, &QTimer::timeout, this, &Engine::renewAnnouncement);
    // Renewed three times per lease period, like the run leases: one late tick never lets it
    // lapse.
    m_announceTimer->start(int(std::max<qint64>(1000, m_options.leaseTtlMs / 3)));
}

void Engine::renewAnnouncement() {
    Result<bool> renewed = EngineHostRepository(*m_options.database, *m_options.clock)
                               .renew(m_options.owner, m_options.leaseTtlMs);
    if (!renewed)
        Logger().warning(QStringLiteral("cannot renew this engine's row in engine_hosts: %1")
                             .arg(renewed.error().message));
    else if (!*renewed)
        announce(); // removed by hand (or by a restore): put it back
}

bool Engine::ensureRunning() {
    if (m_running)
        return true;
    Q_EMIT operationFailed(QStringLiteral("the engine is not running"));
    return false;
}

void Engine::answer(const Result<JobInfo>& result) {
    if (result)
        Q_EMIT jobChanged(*result);
    else
        Q_EMIT operationFailed(result.error().message);
}

void Engine::answerRun(quint64 requestId, const Result<JobRun>& result) {
    if (result)
        Q_EMIT runAccepted(requestId, *result);
    else
        Q_EMIT runRefused(requestId, result.error());
}

Result<JobRun> Engine::startRun(const RunRequest& request) {
    if (!m_running || m_stopping)
        return Error::runtime(QStringLiteral("the engine is not running"));
    if (m_options.viewer)
        return viewerRefusal();
    return m_manual->start(request);
}

Result<JobRun> Engine::startRetry(qint64 runId, bool force, const QString& reason) {
    if (!m_running || m_stopping)
        return Error::runtime(QStringLiteral("the engine is not running"));
    if (m_options.viewer)
        return viewerRefusal();
    return m_manual->retry(runId, force, reason);
}

void Engine::runJob(const RunRequest& request) {
    answerRun(request.requestId, startRun(request));
}

void Engine::retryRun(quint64 requestId, qint64 runId, bool force, const QString& reason) {
    answerRun(requestId, startRetry(runId, force, reason));
}

void Engine::runOccurrence(quint64 requestId, qint64 occurrenceId, const QString& reason) {
    Result<JobOccurrence> occurrence =
        OccurrenceRepository(*m_options.database, *m_options.clock).find(occurrenceId);
    if (!occurrence)
        return answerRun(requestId, occurrence.error());
    RunRequest request;
    request.requestId = requestId;
    request.job = occurrence->job;
    request.reason = reason;
    request.occurrenceAt = occurrence->lastAt;
    request.occurrenceId = occurrenceId;
    answerRun(requestId, startRun(request));
}

void Engine::cancelRun(qint64 runId, const QString& reason) {
    if (!ensureRunning())
        return;
    Result<JobRun> run = m_control->requestCancel(runId, reason);
    if (!run)
        return Q_EMIT operationFailed(run.error().message);
    m_runs->cancel(runId, reason.isEmpty() ? QStringLiteral("cancelled by an admin") : reason);
}

void Engine::pauseJob(const QString& job, const QString& reason) {
    if (!ensureRunning())
        return;
    answer(m_control->pause(job, reason));
}

void Engine::resumeJob(const QString& job, const QString& reason) {
    if (!ensureRunning())
        return;
    answer(m_control->resume(job, reason));
}

void Engine::pauseJobForUser(const QString& job, qint64 userId, const QString& reason) {
    if (!ensureRunning())
        return;
    answer(m_control->pauseForUser(job, userId, reason));
}

void Engine::resumeJobForUser(const QString& job, qint64 userId, const QString& reason) {
    if (!ensureRunning())
        return;
    answer(m_control->resumeForUser(job, userId, reason));
}

void Engine::setJobSchedule(const QString& job, const QString& expression, const QString& timeZone,
                            const QString& reason) {
    if (!ensureRunning())
        return;
    answer(m_control->setSchedule(job, expression, timeZone, reason));
}

void Engine::configureJob(const QString& job, qint64 pacingMs, qint64 graceMs,
                          const QString& reason) {
    if (!ensureRunning())
        return;
    answer(m_control->configure(job, pacingMs >= 0 ? std::optional<qint64>(pacingMs) : std::nullopt,
                                graceMs >= 0 ? std::optional<qint64>(graceMs) : std::nullopt,
                                reason));
}

void Engine::refreshJobs() {
    if (!ensureRunning())
        return;
    Result<QList<JobInfo>> jobs = m_control->jobs();
    if (!jobs)
        return Q_EMIT operationFailed(jobs.error().message);
    Q_EMIT jobsLoaded(*jobs);
}

void Engine::refreshRuns(const RunFilter& filter) {
    if (!ensureRunning())
        return;
    Result<QList<JobRun>> runs =
        JobRunRepository(*m_options.database, *m_options.clock).list(filter);
    if (!runs)
        return Q_EMIT operationFailed(runs.error().message);
    Q_EMIT runsLoaded(filter, *runs);
}

void Engine::loadRun(qint64 runId) {
    if (!ensureRunning())
        return;
    Result<JobRun> run = JobRunRepository(*m_options.database, *m_options.clock).find(runId);
    if (!run)
        return Q_EMIT operationFailed(run.error().message);
    Result<QList<JobRunUser>> users = JobRunUserRepository(*m_options.database).forRun(runId);
    if (!users)
        return Q_EMIT operationFailed(users.error().message);
    Q_EMIT runLoaded(*run, *users);
}

void Engine::queryLogs(const LogFilter& filter) {
    if (!ensureRunning())
        return;
    flushLogs();
    Result<QList<LogRecord>> records = LogRepository(*m_options.database).query(filter);
    if (!records)
        return Q_EMIT operationFailed(records.error().message);
    Q_EMIT logsLoaded(filter, *records);
}

void Engine::refreshOccurrences(const QString& job, int limit) {
    if (!ensureRunning())
        return;
    Result<QList<JobOccurrence>> list =
        OccurrenceRepository(*m_options.database, *m_options.clock).list(job, limit);
    if (!list)
        return Q_EMIT operationFailed(list.error().message);
    Q_EMIT occurrencesLoaded(job, *list);
}

void Engine::refreshUsers() {
    if (!ensureRunning())
        return;
    Result<QList<User>> users = UserRepository(*m_options.database, *m_options.clock).list();
    if (!users)
        return Q_EMIT operationFailed(users.error().message);
    Q_EMIT usersLoaded(*users);
}

void Engine::setUserStatus(qint64 userId, const QString& status, const QString& reason) {
    if (!ensureRunning())
        return;
    Result<User> user = m_control->setUserStatus(userId, status, reason);
    if (!user)
        return Q_EMIT operationFailed(user.error().message);
    Q_EMIT userChanged(*user);
}

void Engine::decideOutboxMessage(quint64 requestId, qint64 messageId, bool resend,
                                 const QString& reason) {
    // No ensureRunning(): like `outreachctl outbox resend`, the decision needs only the
    // database, so it works while another engine does the sending.
    const OutboxDecision decision(*m_options.database, *m_options.clock, m_options.actor);
    Result<OutboxMessage> changed = decision.apply(
        resend ? OutboxDecision::Kind::Resend : OutboxDecision::Kind::MarkSent, messageId, reason);
    if (!changed)
        return Q_EMIT outboxDecisionRefused(requestId, changed.error().message);
    Q_EMIT outboxMessageDecided(requestId, *changed);
}

void Engine::checkSchedule() {
    if (m_running && !m_stopping && m_options.runScheduler)
        m_scheduler->tick();
}

void Engine::pruneNow() {
    if (m_running)
        m_pruner->pruneNow();
}

} // namespace outreach
