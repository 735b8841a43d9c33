#pragma once

#include "logging/Logger.h"
#include "model/User.h"

#include <QString>

namespace outreach {

class Clock;
class Database;
class RunControl;
class UserScope;

// Everything one user's unit of work may use: that user's scope (the only door to their
// rows), the user, the engine clock, a logger that stamps job/run/user on every record, the
// occurrence and its idempotency key, cancellation, and an items counter for progress.
class JobContext {
public:
    struct Run {
        QString job;
        qint64 runId = 0;
        QString trigger;
        QString occurrence; // "2026-01-05T10:00:00Z" for a scheduled fire, "manual:7" otherwise
    };

    JobContext(const Database& database, const UserScope& scope, const User& user,
               const Clock& clock, Run run, RunControl& control);

    // For services that also read agency-wide settings (the outbox's delivery policy, lead
    // generation's user row); the user's own rows are reached through scope().
    const Database& database() const { return m_database; }
    const UserScope& scope() const { return m_scope; }
    const User& user() const { return m_user; }
    const Clock& clock() const { return m_clock; }
    const Logger& log() const { return m_log; }

    const QString& jobName() const { return m_run.job; }
    qint64 runId() const { return m_run.runId; }
    const QString& trigger() const { return m_run.trigger; }
    const QString& occurrence() const { return m_run.occurrence; }
    // "job|user|occurrence": the same for every attempt at this user's share of this
    // occurrence. Jobs derive item keys from it (e.g. the outbox's idempotency key).
    QString idempotencyKey() const;
    QString idempotencyKey(const QString& item) const;

    // True once the run is being cancelled. A unit that sees it and stops early is recorded
    // as cancelled for this user, with the items it finished.
    bool shouldStop();
    bool stoppedEarly() const { return m_stoppedEarly; }

    void addItems(qint64 count = 1);
    qint64 items() const;

private:
    const Database& m_database;
    const UserScope& m_scope;
    const User& m_user;
    const Clock& m_clock;
    Run m_run;
    RunControl& m_control;
    Logger m_log;
    bool m_stoppedEarly = false;
};

} // namespace outreach
