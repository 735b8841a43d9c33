#pragma once

#include "cli/Command.h"

namespace outreach::cli {

class OutboxCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("outbox"); }
    QString usage() const override;
    Status run(CliContext& context, CommandLine& line) override;
};

} // namespace outreach::cli
