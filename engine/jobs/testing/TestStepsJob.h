#pragma once

#include "jobs/Job.h"

namespace outreach {

// Test job: N steps per user (OUTREACH_TEST_STEPS, default 3), one item each, checking for
// cancellation between steps, so progress and cancellation inside a unit can be observed.
class TestStepsJob final : public Job {
public:
    QString name() const override { return QStringLiteral("test-steps"); }
    QString description() const override;
    QString defaultSchedule() const override { return QStringLiteral("0 * * * *"); }
    qint64 defaultPacingMs() const override { return 500; }
    Status runForUser(JobContext& context) override;
};

} // namespace outreach
