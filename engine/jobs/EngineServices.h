#pragma once

#include <QString>

namespace outreach {

class Clock;
class Database;
class JobRegistry;
class Waiter;

// What the engine's parts share on the engine thread. Owned by the Engine; everything here
// outlives the runs, the scheduler and the worker threads.
struct EngineServices {
    const Database& database;
    const Clock& clock;
    Waiter& waiter;
    const JobRegistry& registry;
    QString owner; // this engine instance, as written into leases and runs: host:pid:nonce
    QString actor; // who admin actions are audited as
    qint64 leaseTtlMs = 60000;
};

} // namespace outreach
