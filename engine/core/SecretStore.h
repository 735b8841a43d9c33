#pragma once

#include "core/Result.h"

#include <QString>

namespace outreach {

// SMTP passwords and API keys. They go to the OS keychain (QtKeychain: Secret Service on
// Linux); a headless server has no keychain, so there a secret is read at run time from the
// environment variable the account names. Secrets never reach the database, a log or --json.
//
// The keychain is skipped when the session has no D-Bus (no desktop session) or when
// OUTREACH_KEYCHAIN=off, instead of hanging on a Secret Service that will never answer.
class SecretStore {
public:
    static bool keychainAvailable();

    // Stores `secret` under `key`; returns false (not an error) when there is no keychain.
    static Result<bool> storeInKeychain(const QString& key, const QString& secret);
    static Status removeFromKeychain(const QString& key);

    // The keychain entry when there is one, else the environment variable `envName`.
    // `field` names the setting in the error when neither has the secret.
    static Result<QString> read(const QString& field, const QString& key, bool inKeychain,
                                const QString& envName);
};

} // namespace outreach
