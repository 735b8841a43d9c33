#pragma once

#include "core/Result.h"
#include "store/ScopedRepository.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace outreach {

// Addresses a user must never write to (unsubscribed, hard-bounced), plus the agency-wide
// agency-wide list (rows without a user id), which every scope honours.
class SuppressionRepository : public ScopedRepository {
public:
    Status add(const QString& email, const QString& reason) const;
    // True when the address is on this user's list or on the agency-wide list.
    Result<bool> isSuppressed(const QString& email) const;
    // The addresses among `emails` that are suppressed for this user (normalised), in one
    // query per few hundred addresses: the sending engine checks a whole batch at once.
    Result<QSet<QString>> suppressedAmong(const QStringList& emails) const;

private:
    friend class UserScope;
    using ScopedRepository::ScopedRepository;
};

} // namespace outreach
