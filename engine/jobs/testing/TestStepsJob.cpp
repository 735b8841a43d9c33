#include "jobs/testing/TestStepsJob.h"

#include "jobs/JobContext.h"

#include <QProcessEnvironment>

namespace outreach {

QString TestStepsJob::description() const {
    return QStringLiteral("Test job: a few steps of work per user, cancellable between steps");
}

Status TestStepsJob::runForUser(JobContext& context) {
    bool ok = false;
    int steps = QProcessEnvironment::systemEnvironment()
                    .value(QStringLiteral("OUTREACH_TEST_STEPS"))
                    .toInt(&ok);
    if (!ok || steps < 0)
        steps = 3;
    for (int step = 1; step <= steps; ++step) {
        if (context.shouldStop()) {
            context.log().info(
                QStringLiteral("stopping after %1 of %2 steps").arg(step - 1).arg(steps));
            return Status::success();
        }
        context.log().debug(QStringLiteral("step %1 of %2").arg(step).arg(steps));
        context.addItems(1);
    }
    context.log().info(QStringLiteral("finished %1 steps").arg(steps));
    return Status::success();
}

} // namespace outreach
