#pragma once

#include "cli/Command.h"

namespace outreach::cli {

class ScheduleCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("schedule"); }
    QString usage() const override;
    Status run(CliContext& context, CommandLine& line) override;
};

} // namespace outreach::cli
