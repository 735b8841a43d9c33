#pragma once

#include "core/Result.h"
#include "store/ScopedRepository.h"

#include <QHash>

namespace outreach {

// Counts over the user's leads by the time of each step, for the weekly report and the
// monthly lead quota. Every count is an index range count (see migration 0003), so a report
// stays fast however much history the user has.
class LeadStatsRepository : public ScopedRepository {
public:
    enum class Step { Contacted, Replied, Converted };

    struct CreatedSummary {
        qint64 count = 0;
        qint64 hot = 0;  // score >= 80
        qint64 warm = 0; // 60 <= score < 80
        qint64 scoreSum = 0;
    };

    // Leads added to the user's workspace in [fromMs, toMs), whatever their origin.
    Result<CreatedSummary> created(qint64 fromMs, qint64 toMs) const;
    Result<qint64> createdCount(qint64 fromMs, qint64 toMs) const;
    // Leads that reached a step in [fromMs, toMs) (they may have moved on since).
    Result<qint64> reached(Step step, qint64 fromMs, qint64 toMs) const;
    // Conversions in [fromMs, toMs) per lead origin (the leads.source text).
    Result<QHash<QString, qint64>> conversionsByOrigin(qint64 fromMs, qint64 toMs) const;

private:
    friend class UserScope;
    using ScopedRepository::ScopedRepository;
};

} // namespace outreach
