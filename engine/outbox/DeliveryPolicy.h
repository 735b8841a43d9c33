#pragma once

#include "core/Result.h"
#include "mail/SmtpSettings.h"

#include <QString>

namespace outreach {

class Clock;
class Database;

// How the outbox delivers: limits, retry schedule, leases, connections and the agency-wide
// mail settings. One value per dispatch; every field has a working default.
struct DeliveryPolicy {
    // Written into claims; unique per engine instance (host:pid:random by default).
    QString owner = defaultOwner();
    int perUserLimit = 50; // due rows claimed per user per dispatch (SPEC job 5)
    // Attempts before a temporary failure becomes `failed`.
    int maxAttempts = 5;
    // Retry n waits backoffBaseMs * 2^(n-1), at most backoffMaxMs.
    qint64 backoffBaseMs = 5LL * 60 * 1000;
    qint64 backoffMaxMs = 6LL * 60 * 60 * 1000;
    // How long a claim (and a `sending` row) stays ours. Longer than any SMTP transaction can
    // take, so another engine's start-up never turns a live send into `unknown`.
    qint64 leaseMs = 15LL * 60 * 1000;
    int connectionsPerServer = 4;
    // Messages handed to transports and not yet settled. Bounds how many rows can be caught
    // in `sending` by a crash, and memory.
    int maxInFlight = 256;
    // Results are written in batches: after this many, or this long after the first one
    // arrived. A crash in between leaves those rows `sending`, which start-up turns into
    // `unknown` for the admin: never a silent resend.
    int settleBatch = 256;
    int settleDelayMs = 5;
    mail::SmtpTimeouts timeouts;
    QString ehloName; // empty: the machine's host name

    // Agency settings (engine_settings), see fromAgencySettings():
    // "mail.unsubscribe-url": https URL with a {token} placeholder for List-Unsubscribe.
    QString unsubscribeUrlTemplate;
    // "mail.dry-run-dir": when set, every message is written to this folder as .eml instead
    // of being sent (demo workspace, dry runs), whatever the sender accounts say.
    QString dryRunDirectory;

    // Deliverability guards (SPEC 8).
    bool enforceSendingWindow = true;
    bool enforceDailyCap = true;
    // Sending pauses for a user whose hard bounces over bounceWindowMs exceed bounceThreshold
    // of what was sent, once at least bounceMinSample messages were sent or bounced.
    bool enforceBounceGuard = true;
    qint64 bounceWindowMs = 7LL * 24 * 60 * 60 * 1000;
    int bounceMinSample = 20;
    double bounceThreshold = 0.05;

    static constexpr const char* kUnsubscribeUrlKey = "mail.unsubscribe-url";
    static constexpr const char* kDryRunDirKey = "mail.dry-run-dir";
    static constexpr const char* kMaxAttemptsKey = "mail.max-attempts";

    // `base` with the agency settings stored in the database applied; a malformed setting is
    // an error naming its key.
    static Result<DeliveryPolicy> fromAgencySettings(const Database& database, const Clock& clock,
                                                     DeliveryPolicy base);
    // When the next attempt of a message that has had `attempts` attempts may start.
    qint64 nextAttemptAt(qint64 nowMs, int attempts) const;
    Status validate() const;

    static QString defaultOwner();
};

} // namespace outreach
