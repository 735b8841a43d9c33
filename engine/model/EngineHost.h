#pragma once

#include <QString>

namespace outreach {

// An engine that runs schedules on the database (table engine_hosts): who, where and until
// when its announcement holds unless it renews it.
struct EngineHost {
    QString owner{}; // the engine's owner id in leases and runs
    QString role{};  // console | serve
    QString host{};
    qint64 pid = 0;
    qint64 startedAt = 0;
    qint64 expiresAt = 0;

    // "serve on db-1 (pid 4242)", for people.
    QString describe() const;
};

} // namespace outreach
