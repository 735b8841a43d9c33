#pragma once

#include "admin/SecretPlacement.h"
#include "core/Result.h"
#include "model/ImapAccount.h"

#include <optional>

namespace outreach {

class Clock;
class Database;

// Giving a sender account the mailbox the reply checker reads (sender.imap, audited), with
// its own password in the keychain when one is given; without one the IMAP login uses the
// account's SMTP password. Shared by `outreachctl senders imap` and the console.
class ImapAccountSetup {
public:
    struct Saved {
        ImapAccount account;
        SecretPlacement secret = SecretPlacement::None; // None: the SMTP password
    };

    // Everything checkable without connecting. Errors name "mailbox", "caCertificate" or the
    // connection setting at fault (host, port, security, ...).
    static Status validate(const ImapAccount& draft);

    // Creates or replaces the mailbox of `draft.senderAccountId`; `password` goes to the
    // keychain (the draft should then not use the SMTP secret).
    static Result<Saved> save(const Database& database, const Clock& clock, ImapAccount draft,
                              const std::optional<QString>& password, const QString& reason);
    // The sender account no longer has a mailbox: the reply checker stops reading it.
    // Audited as sender.imap-remove; its keychain entry, if any, is deleted too.
    static Status remove(const Database& database, const Clock& clock, qint64 senderId,
                         const QString& reason);
};

} // namespace outreach
