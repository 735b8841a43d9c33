#include "jobs/JobRunner.h"

#include "core/Clock.h"
#include "core/Waiter.h"
#include "jobs/Job.h"
#include "jobs/UserUnit.h"
#include "logging/Logger.h"
#include "store/Database.h"
#include "store/JobRunRepository.h"
#include "store/JobRunUserRepository.h"
#include "store/JobUserPauseRepository.h"
#include "store/LeaseRepository.h"
#include "store/UnitKeyRepository.h"
#include "store/UserRepository.h"

#include <QThreadPool>
#include <algorithm>

namespace outreach {

JobRunner::JobRunner(const EngineServices& services, Job& job, JobRun run, Selection selection,
                     qint64 pacingMs, QThreadPool& pool, QObject* parent)
    : QObject(parent), m_services(services), m_job(job), m_run(std::move(run)),
      m_selection(std::move(selection)), m_pacingMs(pacingMs), m_pool(pool),
      m_control(std::make_shared<RunControl>()) {
    // Renew the lease well before it runs out, and notice a cancel asked for by another
    // process (outreachctl jobs cancel) even while a long unit is in flight.
    m_leaseTimer.setInterval(int(std::clamp<qint64>(m_services.leaseTtlMs / 3, 200, 20000)));
    connect(&m_leaseTimer, &QTimer::timeout, this, [this] {
        if (!keepLease())
            requestCancel(QStringLiteral("the job's lease was lost"));
        pollCancel();
    });
    // Items are counted on the worker thread; progress is reported here, at most one notice
    // queued at a time however fast the unit counts.
    auto pending = std::make_shared<std::atomic<bool>>(false);
    m_control->setItemsListener([this, pending] {
        if (!pending->exchange(true))
            QMetaObject::invokeMethod(
                this,
                [this, pending] {
                    pending->store(false);
                    emitProgress();
                },
                Qt::QueuedConnection);
    });
}

JobRunner::~JobRunner() = default;

void JobRunner::start() {
    Logger(LogContext{m_run.job, m_run.id})
        .info(QStringLiteral("run #%1 started (trigger %2, occurrence %3)")
                  .arg(m_run.id)
                  .arg(m_run.trigger, m_run.occurrenceKey));
    m_leaseTimer.start();
    loadUsers();
    if (m_finished)
        return;
    emitProgress();
    scheduleNext(0);
}

void JobRunner::loadUsers() {
    const UserRepository users(m_services.database, m_services.clock);
    QList<User> candidates;
    if (m_selection.userId || m_selection.userIds) {
        const QList<qint64> ids =
            m_selection.userId ? QList<qint64>{*m_selection.userId} : *m_selection.userIds;
        for (qint64 id : ids) {
            Result<User> user = users.find(id);
            if (user)
                candidates.append(*user);
            else if (user.error().kind != Error::Kind::NotFound)
                return finish(user.error().message);
        }
    } else {
        Result<QList<User>> all = users.list();
        if (!all)
            return finish(all.error().message);
        candidates = *all;
    }
    Result<QSet<qint64>> paused =
        JobUserPauseRepository(m_services.database, m_services.clock).pausedUsers(m_run.job);
    if (!paused)
        return finish(paused.error().message);
    m_pausedForJob = *paused;
    m_run.usersTotal = int(candidates.size());
    if (Status total = JobRunRepository(m_services.database, m_services.clock)
                           .setTotal(m_run.id, m_run.usersTotal);
        !total)
        return finish(total.error().message);
    for (const User& user : candidates) {
        if (std::optional<QString> reason = skipReason(user))
            recordSkipped(user, *reason);
        else
            m_queue.append(user);
    }
}

std::optional<QString> JobRunner::skipReason(const User& user) const {
    // Force reaches only users the admin named (one user, or a retry's failed users).
    const bool forced = m_selection.force && (m_selection.userId || m_selection.userIds);
    if (user.status == QLatin1String("disabled"))
        return QStringLiteral("user disabled");
    if (user.status == QLatin1String("paused") && !forced)
        return QStringLiteral("user paused");
    if (m_pausedForJob.contains(user.id) && !forced)
        return QStringLiteral("job paused for this user");
    return std::nullopt;
}

void JobRunner::scheduleNext(qint64 delayMs) {
    // A newer request (e.g. a cancel during the pacing pause) supersedes a pending one.
    const quint64 token = ++m_nextToken;
    m_services.waiter.wait(delayMs, this, [this, token] {
        if (token == m_nextToken)
            next();
    });
}

void JobRunner::next() {
    if (m_finished || m_unitInFlight)
        return;
    pollCancel();
    if (m_control->isCancelRequested() || m_queue.isEmpty())
        return finish();
    if (!keepLease())
        return finish(QStringLiteral("the job's lease was lost to another engine; stopped"));
    User user = m_queue.takeFirst();
    // Rule 1 reads the users at the start; a pause made since then is still honoured for the
    // users not started yet, as an admin pausing someone mid-run expects.
    Result<User> fresh = UserRepository(m_services.database, m_services.clock).find(user.id);
    if (!fresh && fresh.error().kind == Error::Kind::NotFound) {
        // Deleted since the run started: nothing of theirs is left to work on or record.
        --m_run.usersTotal;
        if (Status total = JobRunRepository(m_services.database, m_services.clock)
                               .setTotal(m_run.id, m_run.usersTotal);
            !total)
            return finish(total.error().message);
        return scheduleNext(0);
    }
    if (fresh)
        user = *fresh;
    if (std::optional<QString> reason = skipReason(user)) {
        recordSkipped(user, *reason);
        return scheduleNext(0);
    }
    Result<UnitKeyRepository::Claim> claim =
        UnitKeyRepository(m_services.database, m_services.clock)
            .claim(m_run.job, user.id, m_run.occurrenceKey, m_run.id);
    if (!claim)
        return finish(claim.error().message);
    if (!claim->claimed) {
        recordSkipped(user, claim->status == QLatin1String("done")
                                ? QStringLiteral("already done for this occurrence (run #%1)")
                                      .arg(claim->runId.value_or(0))
                                : QStringLiteral("being done for this occurrence by run #%1")
                                      .arg(claim->runId.value_or(0)));
        return scheduleNext(0);
    }
    startUnit(user);
}

void JobRunner::startUnit(const User& user) {
    JobRunUser row;
    row.runId = m_run.id;
    row.userId = user.id;
    row.userEmail = user.email;
    row.status = QStringLiteral("running");
    row.startedAt = m_services.clock.nowMs();
    if (m_selection.force && user.status != QLatin1String("active"))
        row.note = QStringLiteral("forced: the user is %1").arg(user.status);
    Result<qint64> id = JobRunUserRepository(m_services.database).add(row);
    if (!id) {
        // The key goes back to incomplete so that a later attempt may claim it; if even that
        // fails, the reconciler frees it when this run is closed.
        if (Status released = UnitKeyRepository(m_services.database, m_services.clock)
                                  .finish(m_run.job, user.id, m_run.occurrenceKey, m_run.id, false);
            !released)
            return finish(released.error().message);
        return finish(id.error().message);
    }
    row.id = *id;
    m_current = row;
    m_unitInFlight = true;
    m_control->startUnit();
    Logger(LogContext{m_run.job, m_run.id, user.id, user.email})
        .debug(QStringLiteral("unit of work started"));
    emitProgress();
    Job* job = &m_job;
    const Database* database = &m_services.database;
    const Clock* clock = &m_services.clock;
    std::shared_ptr<RunControl> control = m_control;
    const JobRun run = m_run;
    m_pool.start([this, job, database, clock, user, run, control] {
        const UserUnit::Outcome outcome =
            UserUnit::run(*job, *database, *clock, user, run, *control);
        // The runner outlives every unit it starts (the engine waits for the pool before
        // deleting runners), so posting to it is safe.
        QMetaObject::invokeMethod(
            this, [this, outcome] { unitDone(outcome); }, Qt::QueuedConnection);
    });
}

void JobRunner::unitDone(const UserUnit::Outcome& outcome) {
    m_unitInFlight = false;
    JobRunUser row = *m_current;
    m_current.reset();
    row.items = outcome.items;
    row.finishedAt = outcome.finishedAt;
    row.durationMs = std::max<qint64>(0, outcome.finishedAt - row.startedAt);
    const Logger log(LogContext{m_run.job, m_run.id, row.userId, row.userEmail});
    if (outcome.ok && !outcome.stoppedEarly) {
        row.status = QStringLiteral("succeeded");
        ++m_run.usersDone;
        log.info(QStringLiteral("succeeded: %1 items in %2 ms").arg(row.items).arg(row.durationMs));
    } else if (outcome.ok) {
        row.status = QStringLiteral("cancelled");
        row.note = QStringLiteral("stopped early: the run was cancelled");
        m_cutShort = true;
        log.info(
            QStringLiteral("stopped early after %1 items: the run was cancelled").arg(row.items));
    } else {
        row.status = QStringLiteral("failed");
        row.error = outcome.error;
        ++m_run.usersFailed;
        log.error(QStringLiteral("failed: %1").arg(outcome.error));
    }
    m_run.items += row.items;
    recordUser(row);
    if (Status key = UnitKeyRepository(m_services.database, m_services.clock)
                         .finish(m_run.job, row.userId, m_run.occurrenceKey, m_run.id,
                                 row.status == QLatin1String("succeeded"));
        !key)
        log.error(QStringLiteral("cannot record the idempotency key: %1").arg(key.error().message));
    if (Status counts = JobRunRepository(m_services.database, m_services.clock).updateCounts(m_run);
        !counts)
        log.error(QStringLiteral("cannot update the run's counts: %1").arg(counts.error().message));
    Q_EMIT userFinished(row);
    emitProgress();
    logProgress();
    if (!m_queue.isEmpty() && !m_control->isCancelRequested())
        scheduleNext(m_pacingMs);
    else
        scheduleNext(0);
}

void JobRunner::recordUser(JobRunUser& row) {
    const JobRunUserRepository rows(m_services.database);
    Status stored = row.id ? rows.update(row) : Status::success();
    if (!row.id) {
        Result<qint64> id = rows.add(row);
        stored = id ? Status::success() : Status(id.error());
        if (id)
            row.id = *id;
    }
    if (!stored)
        Logger(LogContext{m_run.job, m_run.id, row.userId, row.userEmail})
            .error(QStringLiteral("cannot record this user's outcome: %1")
                       .arg(stored.error().message));
}

void JobRunner::recordSkipped(const User& user, const QString& note) {
    JobRunUser row;
    row.runId = m_run.id;
    row.userId = user.id;
    row.userEmail = user.email;
    row.status = QStringLiteral("skipped");
    row.note = note;
    row.startedAt = m_services.clock.nowMs();
    row.finishedAt = row.startedAt;
    recordUser(row);
    ++m_run.usersSkipped;
    Logger(LogContext{m_run.job, m_run.id, user.id, user.email})
        .info(QStringLiteral("skipped: %1").arg(note));
    Q_EMIT userFinished(row);
}

void JobRunner::requestCancel(const QString& why) {
    if (m_finished || m_control->isCancelRequested())
        return;
    m_cancelReason = why;
    m_control->requestCancel();
    Logger(LogContext{m_run.job, m_run.id})
        .info(QStringLiteral("cancel requested (%1): stopping after the current unit").arg(why));
    if (!m_unitInFlight)
        scheduleNext(0);
}

void JobRunner::abortNow(const QString& why) {
    if (m_finished || m_unitInFlight)
        return;
    requestCancel(why);
    finish();
}

void JobRunner::finish(const QString& fatalError) {
    if (m_finished)
        return;
    m_finished = true;
    ++m_nextToken;
    m_leaseTimer.stop();
    const qint64 now = m_services.clock.nowMs();
    const bool cancelled = m_control->isCancelRequested();
    for (const User& user : std::as_const(m_queue)) {
        JobRunUser row{.runId = m_run.id,
                       .userId = user.id,
                       .userEmail = user.email,
                       .status = QStringLiteral("cancelled"),
                       .note = cancelled ? QStringLiteral("not started: the run was cancelled")
                                         : QStringLiteral("not started: the run failed"),
                       .startedAt = now,
                       .finishedAt = now};
        recordUser(row);
        Q_EMIT userFinished(row);
        m_cutShort = true;
    }
    m_queue.clear();
    m_run.finishedAt = now;
    if (!fatalError.isEmpty()) {
        m_run.status = QStringLiteral("failed");
        m_run.error = fatalError;
    } else if (cancelled && m_cutShort) {
        m_run.status = QStringLiteral("cancelled");
        m_run.error = QStringLiteral("cancelled: %1").arg(m_cancelReason);
    } else if (m_run.usersFailed > 0) {
        m_run.status = m_run.usersDone == 0 ? QStringLiteral("failed") : QStringLiteral("partial");
        m_run.error = QStringLiteral("%1 of %2 users failed")
                          .arg(m_run.usersFailed)
                          .arg(m_run.usersFailed + m_run.usersDone);
    } else {
        m_run.status = QStringLiteral("succeeded");
    }
    const Logger log(LogContext{m_run.job, m_run.id});
    if (Status stored = JobRunRepository(m_services.database, m_services.clock).finish(m_run);
        !stored)
        log.error(QStringLiteral("cannot record the run's end: %1").arg(stored.error().message));
    if (Status released = LeaseRepository(m_services.database, m_services.clock)
                              .release(m_run.job, m_services.owner);
        !released)
        log.warning(QStringLiteral("cannot release the lease (it will expire): %1")
                        .arg(released.error().message));
    const QString line = QStringLiteral("run #%1 finished: %2").arg(m_run.id).arg(m_run.summary());
    if (m_run.status == QLatin1String("succeeded") || m_run.status == QLatin1String("cancelled"))
        log.info(line);
    else
        log.warning(line);
    Q_EMIT finished(m_run);
}

bool JobRunner::keepLease() {
    Result<bool> renewed = LeaseRepository(m_services.database, m_services.clock)
                               .renew(m_run.job, m_services.owner, m_services.leaseTtlMs);
    if (!renewed) {
        // A database hiccup is not a lost lease; the next renewal tries again.
        Logger(LogContext{m_run.job, m_run.id})
            .warning(QStringLiteral("cannot renew the lease: %1").arg(renewed.error().message));
        return true;
    }
    if (!*renewed)
        Logger(LogContext{m_run.job, m_run.id})
            .error(QStringLiteral("the job's lease is no longer ours (it expired and another "
                                  "engine took it over)"));
    return *renewed;
}

void JobRunner::pollCancel() {
    if (m_finished || m_control->isCancelRequested())
        return;
    Result<bool> requested =
        JobRunRepository(m_services.database, m_services.clock).cancelRequested(m_run.id);
    if (requested && *requested)
        requestCancel(QStringLiteral("cancelled by an admin"));
}

void JobRunner::logProgress() {
    // For `serve` logs (rule 7): after every user of a small run, every tenth of a large one.
    const int handled = m_run.usersDone + m_run.usersFailed + m_run.usersSkipped;
    const int step = std::max(1, m_run.usersTotal / 10);
    if (m_run.usersTotal > 20 && handled % step != 0 && handled != m_run.usersTotal)
        return;
    Logger(LogContext{m_run.job, m_run.id})
        .info(QStringLiteral("progress: %1 of %2 users handled (%3 failed), %4 items")
                  .arg(handled)
                  .arg(m_run.usersTotal)
                  .arg(m_run.usersFailed)
                  .arg(m_run.items));
}

void JobRunner::emitProgress() {
    RunProgress p = RunProgress::of(m_run);
    p.items += m_unitInFlight ? m_control->unitItems() : 0;
    if (m_current)
        p.currentUserEmail = m_current->userEmail;
    Q_EMIT progress(p);
}

} // namespace outreach
