#pragma once

#include "mail/SendOutcome.h"
#include "model/User.h"
#include "outbox/DeliveryGuards.h"
#include "outbox/DeliveryPolicy.h"
#include "outbox/DeliveryReport.h"
#include "outbox/MessageComposer.h"
#include "outbox/OutcomeRecorder.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <deque>
#include <memory>
#include <optional>
#include <unordered_map>

namespace outreach {

class Clock;
class Database;
class SenderTransports;
class UserScope;

// Delivers outbox rows: the asynchronous heart of sending (SPEC 3.11, 8), on the event loop
// of the thread that owns it. No threads of its own, no nested event loops.
//
// Per user, in order: guards (paused, sending window, bounce rate), claim of up to
// perUserLimit due rows with a lease, the suppression list (suppressed rows are cancelled,
// never sent), the sender account (rows with none use the user's first), its daily cap (rows
// over it stay queued), the MIME message, then one transaction moving the batch to `sending`
// with its Message-IDs, and only then the SMTP transactions. Results are written in batches
// (OutcomeRecorder), and users are taken on while fewer than maxInFlight messages are out.
//
// Account problems (no sender, missing password, a server refusing the login) hold the
// user's mail and are reported in UserDelivery::problems; they never fail a message.
class OutboxDispatcher final : public QObject {
    Q_OBJECT
public:
    OutboxDispatcher(const Database& database, const Clock& clock, DeliveryPolicy policy,
                     QObject* parent = nullptr);
    ~OutboxDispatcher() override;

    // Delivers each user's due mail; finished() follows. Call once per dispatcher.
    void start(const QList<User>& users);
    // Delivers one queued row now whatever its schedule (a sender's test message): the
    // suppression list applies, the sending window, cap and bounce guard do not.
    void startMessage(const User& user, qint64 outboxId);
    // Stops between messages: users not begun are left alone, messages whose transaction has
    // not started go back to the queue, transactions under way finish. finished() follows.
    void stop();

    bool isFinished() const { return m_finished; }
    const DeliveryReport& report() const { return m_report; }
    const DeliveryPolicy& policy() const { return m_policy; }

signals:
    void messageSettled(const outreach::MessageResult& result);
    void finished();

private:
    struct Work {
        User user;
        std::optional<qint64> messageId;
    };
    struct UserState;

    void begin(std::deque<Work> work);
    void pump();
    void prepare(const Work& work);
    UserState* openUser(const User& user);
    void onTransportFinished(qint64 id, const mail::SendOutcome& outcome);
    void settle();
    void countResult(const OutcomeRecorder::Settled& settled, const MessageResult& result);
    void maybeFinish();
    void finishNow();
    int outstanding() const { return int(m_inFlight.size() + m_settling.size()); }
    UserDelivery& reportFor(qint64 userId);
    void addProblem(qint64 userId, const QString& problem);

    const Database& m_database;
    const Clock& m_clock;
    DeliveryPolicy m_policy;
    MessageComposer m_composer;
    OutcomeRecorder m_recorder;
    DeliveryGuards m_guards;
    SenderTransports* m_transports = nullptr;

    std::deque<Work> m_work;
    std::unordered_map<qint64, std::unique_ptr<UserState>> m_users;
    QHash<qint64, OutcomeRecorder::Settled> m_inFlight;
    QList<OutcomeRecorder::Settled> m_settling;
    QTimer m_settleTimer;
    int m_settleFailures = 0;
    DeliveryReport m_report;
    QHash<qint64, qsizetype> m_reportIndex;

    bool m_started = false;
    bool m_preparing = false;
    bool m_stopping = false;
    bool m_closing = false;
    bool m_finished = false;
};

} // namespace outreach
