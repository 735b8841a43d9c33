#pragma once

#include "core/Result.h"
#include "mail/EmailAddress.h"

#include <QString>

namespace outreach {

class Clock;
class Database;

// A test message from one sender account, sent at once through the outbox: suppression
// applies; the sending window, daily cap and bounce guard do not. Shared by
// `outreachctl senders test` and the console's Settings page so both audit (sender.test),
// send and clean up the same way. Blocks on a local event loop while the message is
// delivered: call it from the CLI or a worker thread (the console's editor thread), never
// from a GUI thread.
class SenderTestSend {
public:
    struct Outcome {
        qint64 senderId = 0;
        qint64 messageRow = 0;
        QString to;
        QString status; // "sent"
        QString messageId;
        QString reply; // the server's answer
    };

    // The message went out: its outcome. Otherwise an error; a runtime error carries the
    // server's reason ("sender 3: test send to a@b failed: 535 ..."). A failed test message
    // is cancelled, never retried later.
    static Result<Outcome> run(const Database& database, const Clock& clock, qint64 senderId,
                               const mail::EmailAddress& to, const QString& reason);
};

} // namespace outreach
