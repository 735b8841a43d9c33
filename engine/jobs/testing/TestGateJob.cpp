#include "jobs/testing/TestGateJob.h"

#include "jobs/JobContext.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcessEnvironment>
#include <QThread>

namespace outreach {

QString TestGateJob::description() const {
    return QStringLiteral("Test job: holds each user's unit until the OUTREACH_TEST_GATE file "
                          "exists");
}

Status TestGateJob::runForUser(JobContext& context) {
    const QString gate =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("OUTREACH_TEST_GATE"));
    if (gate.isEmpty())
        return Error::runtime(QStringLiteral("OUTREACH_TEST_GATE is not set"));
    QFile entered(gate + QStringLiteral(".entered-%1").arg(context.user().id));
    if (!entered.open(QIODevice::WriteOnly))
        return Error::runtime(QStringLiteral("cannot create %1").arg(entered.fileName()));
    entered.close();
    context.log().info(QStringLiteral("waiting at the gate"));
    // This is the unit's own work standing in for a slow, indivisible transaction; it runs on
    // a worker thread, so the engine stays responsive while it waits.
    QDeadlineTimer deadline(kMaxWaitMs);
    while (!QFile::exists(gate)) {
        if (deadline.hasExpired())
            return Error::runtime(QStringLiteral("the gate never opened"));
        QThread::msleep(20);
    }
    context.addItems(1);
    context.log().info(QStringLiteral("passed the gate"));
    return Status::success();
}

} // namespace outreach
