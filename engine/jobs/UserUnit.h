#pragma once

#include "model/JobRun.h"
#include "model/User.h"

#include <QString>

namespace outreach {

class Clock;
class Database;
class Job;
class RunControl;

// One user's unit of work, as it runs on a worker thread: the user's scope is opened, the log
// context (job, run, user id, email) is set for the thread, and the job runs. Whatever happens
// inside, an error or an exception, ends up in the outcome; nothing escapes the unit.
class UserUnit {
public:
    struct Outcome {
        bool ok = false;
        bool stoppedEarly = false; // the job saw the cancel and stopped between items
        QString error{};
        qint64 items = 0;
        qint64 finishedAt = 0;
    };

    static Outcome run(Job& job, const Database& database, const Clock& clock, const User& user,
                       const JobRun& run, RunControl& control);
};

} // namespace outreach
