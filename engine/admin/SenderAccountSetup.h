#pragma once

#include "admin/SecretPlacement.h"
#include "core/Result.h"
#include "model/SenderAccount.h"

#include <optional>

namespace outreach {

class Clock;
class Database;

// Adding and changing sender accounts, audited (sender.add, sender.edit), with the password
// put where `senders add` puts it: the OS keychain when there is one, else nowhere (it is then
// read from the account's environment variable at send time). Never into the database or a
// log. Shared by outreachctl and the console's Settings page.
class SenderAccountSetup {
public:
    struct Saved {
        SenderAccount account;
        SecretPlacement secret = SecretPlacement::None;
    };

    // `password`: the secret to keep in the keychain, if any.
    static Result<Saved> add(const Database& database, const Clock& clock, qint64 userId,
                             SenderAccount draft, const std::optional<QString>& password);
    // `changed.id` names the account; a `password` replaces the stored one, none keeps it.
    static Result<Saved> update(const Database& database, const Clock& clock,
                                const SenderAccount& changed,
                                const std::optional<QString>& password, const QString& reason);

    // An environment variable name as the shell allows it; the error names `field` and
    // starts with `label` ("--password-env" in the CLI).
    static Status checkEnvName(const QString& field, const QString& label, const QString& name);
};

} // namespace outreach
