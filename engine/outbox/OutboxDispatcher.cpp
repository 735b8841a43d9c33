#include "outbox/OutboxDispatcher.h"

#include "core/Clock.h"
#include "outbox/SenderTransports.h"
#include "outbox/UserBatch.h"
#include "store/Database.h"
#include "store/Sql.h"
#include "store/UserScope.h"

#include <QSet>

namespace outreach {

using Settled = OutcomeRecorder::Settled;

struct OutboxDispatcher::UserState {
    UserScope scope;
    QTimeZone zone;
    std::optional<QList<SenderAccount>> accounts;
};

OutboxDispatcher::OutboxDispatcher(const Database& database, const Clock& clock,
                                   DeliveryPolicy policy, QObject* parent)
    : QObject(parent), m_database(database), m_clock(clock), m_policy(std::move(policy)),
      m_composer(m_policy.unsubscribeUrlTemplate), m_recorder(database, clock, m_policy),
      m_guards(database, clock, m_policy), m_transports(new SenderTransports(m_policy, this)) {
    m_settleTimer.setSingleShot(true);
    connect(&m_settleTimer, &QTimer::timeout, this, &OutboxDispatcher::settle);
    connect(m_transports, &SenderTransports::messageFinished, this,
            &OutboxDispatcher::onTransportFinished);
    connect(m_transports, &SenderTransports::closed, this, [this] {
        if (m_closing)
            finishNow();
    });
}

OutboxDispatcher::~OutboxDispatcher() = default;

void OutboxDispatcher::start(const QList<User>& users) {
    std::deque<Work> work;
    for (const User& user : users)
        work.push_back({user, std::nullopt});
    begin(std::move(work));
}

void OutboxDispatcher::startMessage(const User& user, qint64 outboxId) {
    begin({{user, outboxId}});
}

void OutboxDispatcher::begin(std::deque<Work> work) {
    if (m_started)
        return;
    m_started = true;
    m_work = std::move(work);
    if (!m_database.isPostgres()) {
        // Sending rewrites every outbox row it touches twice (sending, then sent) and its lead
        // once: a larger page cache and fewer, larger WAL checkpoints keep those pages in
        // memory and write each to the database file once. Per connection, i.e. this thread.
        if (Result<QSqlDatabase> db = m_database.connection(); db) {
            (void)Sql(*db, QStringLiteral("PRAGMA cache_size = -65536")).exec();
            (void)Sql(*db, QStringLiteral("PRAGMA wal_autocheckpoint = 8000")).exec();
        }
    }
    for (const Work& w : m_work)
        reportFor(w.user.id);
    // From the event loop, so that signals connected after start() see everything.
    QMetaObject::invokeMethod(this, &OutboxDispatcher::pump, Qt::QueuedConnection);
}

UserDelivery& OutboxDispatcher::reportFor(qint64 userId) {
    auto it = m_reportIndex.constFind(userId);
    if (it == m_reportIndex.cend()) {
        m_report.users.append(UserDelivery{.userId = userId});
        it = m_reportIndex.insert(userId, m_report.users.size() - 1);
    }
    return m_report.users[*it];
}

void OutboxDispatcher::addProblem(qint64 userId, const QString& problem) {
    UserDelivery& report = reportFor(userId);
    if (!report.problems.contains(problem))
        report.problems << problem;
}

void OutboxDispatcher::pump() {
    if (m_preparing || m_finished)
        return;
    m_preparing = true;
    while (!m_stopping && !m_work.empty() && outstanding() < m_policy.maxInFlight) {
        const Work work = m_work.front();
        m_work.pop_front();
        prepare(work);
    }
    m_preparing = false;
    if (!m_settling.isEmpty() && !m_settleTimer.isActive())
        m_settleTimer.start(m_policy.settleDelayMs);
    maybeFinish();
}

OutboxDispatcher::UserState* OutboxDispatcher::openUser(const User& user) {
    if (auto it = m_users.find(user.id); it != m_users.end())
        return it->second.get();
    Result<UserScope> scope = UserScope::open(m_database, m_clock, user.id);
    if (!scope) {
        addProblem(user.id, scope.error().message);
        return nullptr;
    }
    auto state = std::make_unique<UserState>(UserState{*scope, DeliveryGuards::zoneOf(user), {}});
    return m_users.emplace(user.id, std::move(state)).first->second.get();
}

void OutboxDispatcher::prepare(const Work& work) {
    const User& user = work.user;
    UserState* state = openUser(user);
    if (!state)
        return;
    if (!work.messageId) {
        QStringList problems;
        const QString hold = m_guards.holdReason(user, state->scope, problems);
        for (const QString& p : problems)
            addProblem(user.id, p);
        if (!hold.isEmpty()) {
            reportFor(user.id).skipped = hold;
            return;
        }
    }
    UserBatch batch(m_database, m_clock, m_policy, *m_transports, m_guards, m_composer);
    const UserBatch::Prepared prepared =
        batch.prepare({user, state->scope, state->zone, state->accounts, work.messageId});
    UserDelivery& report = reportFor(user.id);
    report.claimed += prepared.counts.claimed;
    report.suppressed += prepared.counts.suppressed;
    report.failed += prepared.counts.failed;
    report.deferred += prepared.counts.deferred;
    for (const QString& p : prepared.counts.problems)
        addProblem(user.id, p);
    for (const MessageResult& ended : prepared.ended)
        emit messageSettled(ended);
    // `sending` is committed: now the transactions may start.
    for (const UserBatch::Ready& r : prepared.ready) {
        m_inFlight.insert(r.settled.id, r.settled);
        r.transport->send(r.settled.id, r.message);
    }
}

void OutboxDispatcher::onTransportFinished(qint64 id, const mail::SendOutcome& outcome) {
    auto it = m_inFlight.find(id);
    if (it == m_inFlight.end())
        return;
    Settled settled = std::move(it.value());
    m_inFlight.erase(it);
    settled.outcome = outcome;
    m_settling.append(std::move(settled));
    if (m_settling.size() >= m_policy.settleBatch && !m_preparing)
        settle();
    else if (!m_settleTimer.isActive())
        m_settleTimer.start(m_policy.settleDelayMs);
}

void OutboxDispatcher::settle() {
    if (m_preparing) {
        m_settleTimer.start(m_policy.settleDelayMs);
        return;
    }
    m_settleTimer.stop();
    if (m_settling.isEmpty())
        return pump();
    const QList<Settled> batch = std::exchange(m_settling, {});
    Result<QList<MessageResult>> results = m_recorder.record(
        batch, [this](qint64 userId) -> const UserScope& { return m_users.at(userId)->scope; });
    if (!results) {
        // A locked or unreachable database: try again shortly. After a few failures the rows
        // stay `sending`, which the next start turns into `unknown`; never a silent resend.
        if (++m_settleFailures <= 5) {
            m_settling = batch + m_settling;
            m_settleTimer.start(200 * m_settleFailures);
            return;
        }
        QSet<qint64> users;
        for (const Settled& s : batch)
            users.insert(s.userId);
        for (qint64 user : users)
            addProblem(user, QStringLiteral("could not record the outcome of sent messages (%1); "
                                            "they will show as unknown")
                                 .arg(results.error().message));
    } else {
        m_settleFailures = 0;
        for (qsizetype i = 0; i < batch.size(); ++i)
            countResult(batch[i], (*results)[i]);
    }
    pump();
}

void OutboxDispatcher::countResult(const Settled& settled, const MessageResult& result) {
    UserDelivery& report = reportFor(settled.userId);
    const mail::SendOutcome& o = settled.outcome;
    if (result.status == QLatin1String("sent")) {
        ++report.sent;
    } else if (result.status == QLatin1String("retry")) {
        ++report.retried;
    } else if (result.status == QLatin1String("unknown")) {
        ++report.unknown;
    } else if (result.status == QLatin1String("failed")) {
        ++report.failed;
        if (o.kind == mail::SendOutcome::Kind::Bounced)
            ++report.bounced;
    }
    if (!o.isSent() && o.concernsConnection() && !o.maybeDelivered)
        addProblem(settled.userId,
                   QStringLiteral("sending failed before any message: %1").arg(o.describe()));
    emit messageSettled(result);
}

void OutboxDispatcher::stop() {
    if (m_stopping || m_finished)
        return;
    m_stopping = true;
    m_work.clear();
    const QList<qint64> ids = m_transports->cancelQueued();
    for (qint64 id : ids) {
        auto it = m_inFlight.find(id);
        if (it == m_inFlight.end())
            continue;
        const Settled s = it.value();
        m_inFlight.erase(it);
        const OutboxDeliveryRepository outbox = m_users.at(s.userId)->scope.outboxDelivery();
        if (Status back = outbox.returnToQueue(id, m_policy.owner); !back) {
            addProblem(s.userId, back.error().message);
            continue;
        }
        ++reportFor(s.userId).deferred;
        emit messageSettled({s.userId, id, QStringLiteral("queued"),
                             QStringLiteral("the run stopped before this message"), s.messageId});
    }
    QMetaObject::invokeMethod(this, &OutboxDispatcher::maybeFinish, Qt::QueuedConnection);
}

void OutboxDispatcher::maybeFinish() {
    if (!m_started || m_closing || m_finished || m_preparing)
        return;
    if ((!m_work.empty() && !m_stopping) || outstanding() > 0)
        return;
    m_closing = true;
    m_transports->closeAll();
    // A server that never answers QUIT must not hold the caller: the sockets are dropped
    // after a short grace period (everything is recorded by now).
    QTimer::singleShot(std::min(m_policy.timeouts.commandMs, 5'000), this,
                       &OutboxDispatcher::finishNow);
}

void OutboxDispatcher::finishNow() {
    if (m_finished)
        return;
    m_finished = true;
    emit finished();
}

} // namespace outreach
