#pragma once

#include "jobs/Job.h"

namespace outreach {

// Test job: writes one row per user through the user's scope (a lead whose address names the
// run, so a repeated side effect would show as a second row). Fails, by returning an error,
// for users whose name contains "[fail]", and throws for users whose name contains "[throw]".
// Registered only with OUTREACH_TEST_JOBS=1 (see JobRegistry).
class TestWriteJob final : public Job {
public:
    QString name() const override { return QStringLiteral("test-write"); }
    QString description() const override;
    QString defaultSchedule() const override { return QStringLiteral("*/15 * * * *"); }
    qint64 defaultPacingMs() const override { return 1000; }
    Status runForUser(JobContext& context) override;

    static QString effectSource() { return QStringLiteral("test-write"); }
};

} // namespace outreach
