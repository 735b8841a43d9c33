#pragma once

#include "core/Result.h"

#include <QString>

namespace outreach::cli {

class CliContext;
class CommandLine;

// One top-level word of `outreachctl` (users, campaigns, ...) with its sub-commands.
class Command {
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString usage() const = 0; // the SPEC §6 lines, for --help
    virtual Status run(CliContext& context, CommandLine& line) = 0;
};

} // namespace outreach::cli
