#pragma once

#include "core/Result.h"
#include "imap/ImapSettings.h"
#include "model/ImapAccount.h"
#include "store/UserScope.h"

namespace outreach::replies {

// The connection settings of a sender account's mailbox, with its password read from where
// the account keeps it: the keychain, an environment variable, or the SMTP account's secret.
// Reading the keychain may wait up to a few seconds: never call this on a GUI thread.
class ImapAccountSettings {
public:
    static Result<imap::ImapSettings> build(const UserScope& scope, const ImapAccount& account,
                                            const imap::ImapTimeouts& timeouts = {},
                                            const imap::ImapLimits& limits = {});
};

} // namespace outreach::replies
