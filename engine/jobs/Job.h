#pragma once

#include "core/Result.h"

#include <QString>

namespace outreach {

class JobContext;

// One kind of background work, run per user by the JobRunner (SPEC §3). A job holds no
// per-run state: the engine calls runForUser once per user, one user at a time for a given
// job, on a worker thread, and everything the call needs comes in the context, including the
// only way to reach the user's data (its UserScope).
class Job {
public:
    virtual ~Job() = default;

    virtual QString name() const = 0;
    virtual QString description() const = 0;
    virtual QString defaultSchedule() const = 0; // 5-field cron, evaluated in UTC by default
    virtual qint64 defaultPacingMs() const = 0;  // pause between users
    // How old a missed fire may be and still be caught up on start (SPEC §3.10).
    virtual qint64 defaultGraceMs() const;

    // One user's unit of work. Return an error (or throw) to fail this user only; the run
    // goes on with the next user. Check context.shouldStop() between items that may be
    // abandoned safely, never inside an SMTP transaction.
    virtual Status runForUser(JobContext& context) = 0;

    static constexpr qint64 kDefaultGraceMs = 24LL * 60 * 60 * 1000;
};

} // namespace outreach
