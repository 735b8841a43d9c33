#pragma once

#include "cli/Command.h"

namespace outreach::cli {

// `outreachctl demo [--reset]`: creates the demo workspace in its own data folder (never the
// --db database) unless it is there already, and prints its --db URL and folder.
class DemoCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString usage() const override;
    Status run(CliContext& context, CommandLine& line) override;
};

} // namespace outreach::cli
