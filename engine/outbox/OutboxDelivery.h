#pragma once

#include "core/Result.h"
#include "model/User.h"
#include "outbox/DeliveryPolicy.h"
#include "outbox/DeliveryReport.h"

#include <QList>
#include <functional>

namespace outreach {

class Clock;
class Database;

// The blocking face of OutboxDispatcher, for code that runs to completion on a thread of its
// own: a job's per-user unit on an engine worker thread, or an outreachctl command.
//
// It runs the dispatcher on a local QEventLoop on the calling thread until every message has
// settled. That is safe only where nothing else lives on that thread's event loop: worker
// threads and the CLI's main thread. It refuses to run on the thread of a GUI application
// (a nested event loop there re-enters the UI), where OutboxDispatcher is used directly.
//
// `shouldStop` is polled every 50 ms; once it returns true the dispatcher stops between
// messages (see OutboxDispatcher::stop). `onMessage` sees every message's result as it
// settles.
class OutboxDelivery {
public:
    using StopCheck = std::function<bool()>;
    using MessageCallback = std::function<void(const MessageResult&)>;

    // Each user's due mail, up to policy.perUserLimit rows per user.
    static Result<DeliveryReport> deliverDue(const Database& database, const Clock& clock,
                                             const DeliveryPolicy& policy, const QList<User>& users,
                                             const StopCheck& shouldStop = {},
                                             const MessageCallback& onMessage = {});
    // One queued row now (a test send).
    static Result<DeliveryReport> deliverMessage(const Database& database, const Clock& clock,
                                                 const DeliveryPolicy& policy, const User& user,
                                                 qint64 outboxId,
                                                 const MessageCallback& onMessage = {});

    // Whether a local event loop may run on this thread (false on a GUI application's thread).
    static bool mayBlockHere();
};

} // namespace outreach
