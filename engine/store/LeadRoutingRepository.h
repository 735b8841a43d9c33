#pragma once

#include "core/Result.h"
#include "model/Lead.h"
#include "store/ScopedRepository.h"

#include <QHash>
#include <QList>

namespace outreach {

// The reads behind daily outreach routing: which of the user's new leads are worth writing to,
// best first, and how many emails the user and each campaign have queued today.
class LeadRoutingRepository : public ScopedRepository {
public:
    // Where the previous page ended, for keyset paging through the candidates.
    struct Cursor {
        int score = 0;
        qint64 id = 0;
    };
    struct QueuedToday {
        QHash<qint64, qint64> initialsPerCampaign{};
        qint64 total = 0; // every kind, against the user's daily email quota
    };

    // `new` leads with score >= minScore, best score first (ties: oldest id first), leaving
    // out suppressed addresses (the user's list or the agency-wide list). Pass the last lead
    // of a page as `after` to read the next page.
    Result<QList<Lead>> candidates(int minScore, std::optional<Cursor> after, int limit) const;

    // Emails queued since `fromMs` (the start of the user's day): everything in the outbox but
    // cancelled rows and test sends, counted by when they were queued.
    Result<QueuedToday> queuedSince(qint64 fromMs) const;

private:
    friend class UserScope;
    using ScopedRepository::ScopedRepository;
};

} // namespace outreach
