#pragma once

#include "logging/LogPipeline.h"

#include <QString>
#include <memory>

namespace outreach {

class Clock;
class Database;
class JobRegistry;
class ManualClock;

// How an Engine is set up. The database and clock belong to the caller and must outlive the
// engine.
struct EngineOptions {
    const Database* database = nullptr;
    const Clock* clock = nullptr;
    // Set when `clock` is a ManualClock (tests, `--now`): the engine's waits then advance it
    // instead of passing real time, so runs are instant and their timestamps still show pacing.
    ManualClock* manualClock = nullptr;
    std::shared_ptr<JobRegistry> registry{}; // null: JobRegistry::standard()
    bool runScheduler = true;                // false for `outreachctl jobs run`
    bool pruneHistory = true;                // retention passes
    // An engine that only answers the console's questions, because another engine already
    // runs the jobs on this database (EngineHostRepository): no scheduler, no retention, no
    // tidying after dead engines, and runs asked of it are refused.
    bool viewer = false;
    QString role = QStringLiteral("serve"); // announced in engine_hosts: console | serve
    LogPipeline::Options logging{};
    QString owner{}; // this instance in leases and runs; empty: host:pid:nonce
    QString actor{}; // who admin actions are audited as; empty: the OS account
    qint64 leaseTtlMs = 60 * 1000;
    int workerThreads = 2;
    int retentionDays = 90; // unless the retention.days setting says otherwise
};

} // namespace outreach
