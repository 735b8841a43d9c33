#pragma once

#include "core/Result.h"
#include "model/QuotaUsage.h"

#include <QJsonObject>
#include <QList>

namespace outreach {

class Database;

// Admin-wide quota view (the `quota` command, the console's quota warnings): every user's
// lead-source API quotas and monthly lead quota for the current UTC quota month, with the
// >= 90% warning and the run-out forecast. A cross-user read by design, hence the name; it
// returns figures only, never another user's rows.
class AdminQuotaRepository {
public:
    struct UserQuotas {
        qint64 userId = 0;
        QString email{};
        QString name{};
        QString status{};
        QList<QuotaUsage> items{}; // the user's sources by id, then the monthly lead quota
        bool warning = false;      // any item at >= 90%
        QJsonObject toJson() const;
    };

    explicit AdminQuotaRepository(const Database& database);

    // Usage in the quota month containing asOfMs, counted up to asOfMs; users by id.
    Result<QList<UserQuotas>> usage(qint64 asOfMs) const;

private:
    const Database& m_database;
};

} // namespace outreach
