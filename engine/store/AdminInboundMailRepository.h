#pragma once

#include "core/Result.h"

#include <QString>

namespace outreach {

class Database;

// Admin-level: what the reply checker received across all users, for the dashboard's
// "replies since yesterday". Per-user reads go through UserScope::inboundMail().
class AdminInboundMailRepository {
public:
    explicit AdminInboundMailRepository(const Database& database);

    // Received messages of `kind` (reply, bounce, ...) processed at or after `sinceMs`.
    Result<qint64> countSince(const QString& kind, qint64 sinceMs) const;

private:
    const Database& m_database;
};

} // namespace outreach
