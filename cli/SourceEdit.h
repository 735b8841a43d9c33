#pragma once

#include "core/Result.h"

namespace outreach::cli {

class CliContext;
class CommandLine;

// `sources edit ID [--url URL] [--api-key-env VAR] [--monthly-quota N] [--cost-per-call X]
//  [--enabled | --disabled] [--reason R]`: changes what is given and keeps the rest, checked
// by LeadSourceSetup::validate like the console's source dialog. Audited as source.edit.
Status runSourceEdit(CliContext& context, CommandLine& line);

} // namespace outreach::cli
