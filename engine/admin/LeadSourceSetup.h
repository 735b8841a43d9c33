#pragma once

#include "admin/SecretPlacement.h"
#include "core/Result.h"
#include "model/LeadSource.h"

#include <optional>

namespace outreach {

class Clock;
class Database;

// Adding and changing a user's lead sources, audited (source.add, source.edit), with the API
// key put where `sources add` puts it: the OS keychain when there is one; otherwise it is read
// from the source's environment variable at call time. Shared by outreachctl and the console.
class LeadSourceSetup {
public:
    struct Saved {
        LeadSource source;
        SecretPlacement secret = SecretPlacement::None;
    };

    // The rules `sources add` applies to its options, for a draft built elsewhere (the
    // console's dialog); errors name the field (kind, url, apiKeyEnv, monthlyQuota,
    // costPerCall).
    static Status validate(const LeadSource& draft);

    static Result<Saved> add(const Database& database, const Clock& clock, qint64 userId,
                             const LeadSource& draft, const std::optional<QString>& apiKey);
    // `changed.id` names the source; an `apiKey` replaces the stored one, none keeps it.
    static Result<Saved> update(const Database& database, const Clock& clock, qint64 userId,
                                const LeadSource& changed, const std::optional<QString>& apiKey,
                                const QString& reason);
};

} // namespace outreach
