#pragma once

#include "cli/Command.h"

namespace outreach::cli {

// `outreachctl jobs ...`: the job list, running a job to completion, retries, missed fires,
// pause/resume (of a job, or of one job for one user), cancel, schedule and pacing edits.
class JobsCommand final : public Command {
public:
    QString name() const override { return QStringLiteral("jobs"); }
    QString usage() const override;
    Status run(CliContext& context, CommandLine& line) override;
};

} // namespace outreach::cli
