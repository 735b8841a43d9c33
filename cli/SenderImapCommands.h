#pragma once

#include "core/Result.h"

namespace outreach::cli {

class CliContext;
class CommandLine;

// `senders imap ID --imap imaps://user@host:993 [--password-env VAR] [--mailbox NAME]
//  [--ca-cert PEM] [--trust-self-signed] [--allow-plaintext-auth] [--disabled] [--reason R]`:
// gives a sender account the mailbox the reply checker reads (replacing any earlier one).
// Without --password-env the IMAP login uses the account's SMTP password. Audited as
// sender.imap.
Status runSenderImap(CliContext& context, CommandLine& line);

// `senders imap-test ID [--reason R]`: logs in to the account's mailbox, opens it read-only
// and logs out; prints what the server reported, or fails (exit 1) with the server's reason.
// Audited as sender.imap-test, with the outcome.
Status runSenderImapTest(CliContext& context, CommandLine& line);

// `senders imap-remove ID [--reason R]`: the account no longer has a mailbox; the reply
// checker stops reading it. Audited as sender.imap-remove.
Status runSenderImapRemove(CliContext& context, CommandLine& line);

} // namespace outreach::cli
