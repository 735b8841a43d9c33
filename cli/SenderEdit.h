#pragma once

#include "core/Result.h"

namespace outreach::cli {

class CliContext;
class CommandLine;

// `senders edit ID [--from "Name <addr>"] [--smtp URL] [--password-env VAR] [--daily-cap N]
//  [--postal-address TEXT] [--reason R]`: changes what is given and keeps the rest, checked
// by the same rules as `senders add`; the console's sender dialog does the same through
// SenderAccountSetup::update. Audited as sender.edit.
Status runSenderEdit(CliContext& context, CommandLine& line);

} // namespace outreach::cli
