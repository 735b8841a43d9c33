#pragma once

#include "core/Result.h"

namespace outreach::cli {

class CliContext;
class CommandLine;

// `senders test ID --to ADDR`: queues a test message from the account and sends it at once
// through the outbox (suppression applies; the sending window, daily cap and bounce guard do
// not). Prints the Message-ID on success; fails (exit 1) with the server's reason otherwise.
// A failed test message is not retried later: it is cancelled. Audited as sender.test.
Status runSenderTest(CliContext& context, CommandLine& line);

} // namespace outreach::cli
