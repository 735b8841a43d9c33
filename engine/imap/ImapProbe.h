#pragma once

#include "core/Result.h"
#include "imap/ImapMailbox.h"
#include "imap/ImapSettings.h"

namespace outreach::imap {

// A connection test: log in, open the mailbox read-only, log out. Blocking, on a local event
// loop: for outreachctl and worker threads only (never a GUI thread; use ImapClient there).
class ImapProbe {
public:
    struct Outcome {
        ImapMailboxInfo mailbox;
        bool encrypted = false;
    };
    static Result<Outcome> run(const ImapSettings& settings, const QString& mailbox);
};

} // namespace outreach::imap
