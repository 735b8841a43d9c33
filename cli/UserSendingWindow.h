#pragma once

#include "core/Result.h"

namespace outreach::cli {

class CliContext;
class CommandLine;

// `users window ID [--days D --start HH:MM --end HH:MM | --clear] [--reason R]`: shows or
// sets the hours a user's mail may go out, in the user's zone (SPEC 8). D lists ISO weekdays,
// 1 = Monday, as ranges or lists ("1-5", "1,3,5"). The value is parsed by SendingWindow, the
// class the outbox reads it with, before it is stored; changes are audited.
Status userSendingWindow(CliContext& context, CommandLine& line);

} // namespace outreach::cli
