#pragma once

#include "cli/Command.h"

namespace outreach::cli {

// `settings` shows the agency-wide mail settings; `settings set KEY VALUE` and
// `settings unset KEY` change one, audited. A value is checked by the same code that reads it
// at send time (DeliveryPolicy::fromAgencySettings), inside the transaction that stores it,
// so a setting the engine would refuse is never stored.
class SettingsCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("settings"); }
    QString usage() const override;
    Status run(CliContext& context, CommandLine& line) override;
};

} // namespace outreach::cli
