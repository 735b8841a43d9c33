#include "outbox/OutboxDelivery.h"

#include "outbox/OutboxDispatcher.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

namespace outreach {
namespace {

Result<DeliveryReport> run(const Database& database, const Clock& clock,
                           const DeliveryPolicy& policy,
                           const std::function<void(OutboxDispatcher&)>& start,
                           const OutboxDelivery::StopCheck& shouldStop,
                           const OutboxDelivery::MessageCallback& onMessage) {
    if (!OutboxDelivery::mayBlockHere())
        return Error::runtime(QStringLiteral("internal error: blocking delivery was called on the "
                                             "GUI thread; use OutboxDispatcher there"));
    if (Status valid = policy.validate(); !valid)
        return valid.error();
    QEventLoop loop;
    OutboxDispatcher dispatcher(database, clock, policy);
    QObject::connect(&dispatcher, &OutboxDispatcher::finished, &loop, &QEventLoop::quit);
    if (onMessage)
        QObject::connect(&dispatcher, &OutboxDispatcher::messageSettled, &loop, onMessage);
    QTimer stopPoll;
    if (shouldStop) {
        QObject::connect(&stopPoll, &QTimer::timeout, &dispatcher, [&] {
            if (shouldStop()) {
                stopPoll.stop();
                dispatcher.stop();
            }
        });
        stopPoll.start(50);
    }
    start(dispatcher);
    if (!dispatcher.isFinished())
        loop.exec();
    return dispatcher.report();
}

} // namespace

bool OutboxDelivery::mayBlockHere() {
    const QCoreApplication* app = QCoreApplication::instance();
    if (!app || QThread::currentThread() != app->thread())
        return true;
    return !app->inherits("QGuiApplication");
}

Result<DeliveryReport> OutboxDelivery::deliverDue(const Database& database, const Clock& clock,
                                                  const DeliveryPolicy& policy,
                                                  const QList<User>& users,
                                                  const StopCheck& shouldStop,
                                                  const MessageCallback& onMessage) {
    return run(
        database, clock, policy, [&](OutboxDispatcher& d) { d.start(users); }, shouldStop,
        onMessage);
}

Result<DeliveryReport> OutboxDelivery::deliverMessage(const Database& database, const Clock& clock,
                                                      const DeliveryPolicy& policy,
                                                      const User& user, qint64 outboxId,
                                                      const MessageCallback& onMessage) {
    return run(
        database, clock, policy, [&](OutboxDispatcher& d) { d.startMessage(user, outboxId); }, {},
        onMessage);
}

} // namespace outreach
