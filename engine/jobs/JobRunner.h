#pragma once

#include "jobs/EngineServices.h"
#include "jobs/RunControl.h"
#include "jobs/UserUnit.h"
#include "model/JobRun.h"
#include "model/JobRunUser.h"
#include "model/RunProgress.h"
#include "model/User.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <memory>
#include <optional>

class QThreadPool;

namespace outreach {

class Job;

// Carries out one run of one job (SPEC §3 rules 1-8), on the engine thread, as a chain of
// events: it reads the users at its start (paused and disabled ones are recorded as
// skipped), then runs one user's unit at a time on a worker thread inside that user's scope,
// records each outcome on the user's row (an error or exception fails that user only), waits
// the job's pacing through the engine's Waiter, and stops between units when cancelled. The
// caller has taken the job's lease and created the run row; the runner renews the lease while
// it runs and releases it at the end.
class JobRunner final : public QObject {
    Q_OBJECT
public:
    struct Selection {
        std::optional<qint64> userId{};         // one user by hand
        std::optional<QList<qint64>> userIds{}; // a retry: these users only
        bool force = false;                     // paused users in the selection run anyway
    };

    JobRunner(const EngineServices& services, Job& job, JobRun run, Selection selection,
              qint64 pacingMs, QThreadPool& pool, QObject* parent = nullptr);
    ~JobRunner() override;

    const JobRun& run() const { return m_run; }
    bool isFinished() const { return m_finished; }
    bool unitInFlight() const { return m_unitInFlight; }

    void start();
    // Stops between units: the unit in flight finishes, no further user starts.
    void requestCancel(const QString& why);
    // Closes the run right away as cancelled; only when no unit is in flight (engine teardown).
    void abortNow(const QString& why);

Q_SIGNALS:
    void progress(const outreach::RunProgress& progress);
    void userFinished(const outreach::JobRunUser& outcome);
    void finished(const outreach::JobRun& run);

private:
    void loadUsers();
    void scheduleNext(qint64 delayMs);
    void next();
    void startUnit(const User& user);
    void unitDone(const UserUnit::Outcome& outcome);
    void finish(const QString& fatalError = {});
    bool keepLease();
    void pollCancel();
    void recordSkipped(const User& user, const QString& note);
    void recordUser(JobRunUser& row);
    void emitProgress();
    void logProgress();
    std::optional<QString> skipReason(const User& user) const;

    const EngineServices& m_services;
    Job& m_job;
    JobRun m_run;
    Selection m_selection;
    qint64 m_pacingMs;
    QThreadPool& m_pool;
    std::shared_ptr<RunControl> m_control;
    QTimer m_leaseTimer;
    QList<User> m_queue;
    QSet<qint64> m_pausedForJob;
    std::optional<JobRunUser> m_current;
    bool m_unitInFlight = false;
    quint64 m_nextToken = 0;
    bool m_cutShort = false;
    bool m_finished = false;
    QString m_cancelReason;
};

} // namespace outreach
