#pragma once

#include "cli/Command.h"

namespace outreach::cli {

class ServeCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("serve"); }
    QString usage() const override;
    Status run(CliContext& context, CommandLine& line) override;
};

} // namespace outreach::cli
