#pragma once

#include "core/Result.h"
#include "imap/ImapProbe.h"
#include "model/ImapAccount.h"

#include <QJsonObject>
#include <optional>

namespace outreach {

class Clock;
class Database;

// Logs in to a sender account's mailbox, opens it read-only and logs out, and audits the
// attempt with its outcome (sender.imap-test). Shared by `outreachctl senders imap-test` and
// the console's Settings page. Blocks on a local event loop: CLI or worker threads only.
class ImapConnectionTest {
public:
    struct Outcome {
        ImapAccount account;
        // What the server reported; unset when the check failed (see error).
        std::optional<imap::ImapProbe::Outcome> probe;
        QString error;    // the server's (or the secret store's) reason
        QJsonObject json; // what was audited: the --json answer of the CLI
        bool ok() const { return probe.has_value(); }
    };

    // An error only when the check could not be made at all (unknown sender, no mailbox, no
    // database); a failed login is an Outcome with ok() false.
    static Result<Outcome> run(const Database& database, const Clock& clock, qint64 senderId,
                               const QString& reason);
};

} // namespace outreach
