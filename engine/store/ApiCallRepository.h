#pragma once

#include "core/Result.h"
#include "model/ApiCall.h"
#include "store/ScopedRepository.h"

#include <QHash>
#include <QList>

namespace outreach {

// The user's lead-source calls: every call is recorded, successful or not, so quotas, costs
// and the weekly report are computed from what really happened.
class ApiCallRepository : public ScopedRepository {
public:
    // Totals of the calls to one source over a span; sourceId is empty for deleted sources.
    struct SourceTotals {
        std::optional<qint64> sourceId{};
        qint64 calls = 0;
        qint64 failed = 0;
        qint64 leadsReturned = 0;
        qint64 leadsValid = 0;
        qint64 leadsInserted = 0;
        double cost = 0.0;
        qint64 totalDurationMs = 0;
    };

    // Stores the call for this user (the call's own userId is ignored); returns it with its id.
    // Runs inside the caller's transaction when there is one.
    Result<ApiCall> record(ApiCall call) const;
    // Calls in [fromMs, toMs), newest first.
    Result<QList<ApiCall>> list(qint64 fromMs, qint64 toMs, int limit = 1000) const;

    // Calls made to `sourceId` in the quota month (UTC, see QuotaMonth) containing asOfMs,
    // up to asOfMs: the figure checked against the source's monthly quota.
    Result<qint64> monthlyUsage(qint64 sourceId, qint64 asOfMs) const;
    // Calls per source in [fromMs, toMs), for all of the user's sources at once.
    Result<QHash<qint64, qint64>> callsPerSource(qint64 fromMs, qint64 toMs) const;
    // Per-source totals in [fromMs, toMs), ordered by source id (deleted sources last).
    Result<QList<SourceTotals>> totalsPerSource(qint64 fromMs, qint64 toMs) const;

private:
    friend class UserScope;
    using ScopedRepository::ScopedRepository;
};

} // namespace outreach
