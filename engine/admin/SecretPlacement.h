#pragma once

namespace outreach {

// Where an account's secret ended up after an admin change; the CLI and the console say so.
enum class SecretPlacement {
    None,        // no secret given and no environment variable named
    Keychain,    // stored in the OS keychain
    Environment, // read from the named environment variable at use time
};

} // namespace outreach
