#pragma once

#include "jobs/Job.h"

namespace outreach {

// Test job: a unit of work that cannot be interrupted (like an SMTP transaction). On entry it
// creates "<gate>.entered-<user id>", then waits until the file named by OUTREACH_TEST_GATE
// exists, so a test can hold a run in the middle of a unit for as long as it needs: to start
// a second process against it, to kill its process, or to send it SIGTERM.
class TestGateJob final : public Job {
public:
    QString name() const override { return QStringLiteral("test-gate"); }
    QString description() const override;
    QString defaultSchedule() const override { return QStringLiteral("0 0 1 1 *"); }
    qint64 defaultPacingMs() const override { return 0; }
    Status runForUser(JobContext& context) override;

    static constexpr int kMaxWaitMs = 5 * 60 * 1000;
};

} // namespace outreach
