#include "SmtpPipeline.h"

#include "mail/SmtpData.h"

#include <algorithm>
#include <optional>

namespace outreach::mail {

using Stage = SendOutcome::Stage;

struct SmtpPipeline::Transaction {
    qint64 id = 0;
    MimeMessage message;
    std::optional<SendOutcome> failure; // a refused envelope, reported once its DATA is answered
    Stage stage = Stage::MailFrom;      // the reply this message waits for
    bool dataSent = false;              // the message and its final "." are in the output
    qint64 terminatorEnd = 0;           // connection byte offset just past the final "."
};

namespace {
SendOutcome outcomeFor(Stage stage, const SmtpReply& reply) {
    return SendOutcome::fromReply(stage, reply.code, reply.enhancedStatus, reply.text());
}
} // namespace

void SmtpPipeline::enqueue(qint64 id, const MimeMessage& message) {
    auto tx = std::make_shared<Transaction>();
    tx->id = id;
    tx->message = message;
    m_queue.push_back(std::move(tx));
}

void SmtpPipeline::command(Cmd cmd, const QByteArray& line) {
    expect(cmd, line, {});
}

void SmtpPipeline::expect(Cmd cmd, const QByteArray& line, const TransactionPtr& tx) {
    if (!line.isEmpty()) {
        m_out += line;
        m_out += "\r\n";
    }
    m_expect.push_back({cmd, tx, m_nextSerial++});
}

QByteArray SmtpPipeline::takeOutput() {
    m_bytesWritten += m_out.size();
    return std::exchange(m_out, {});
}

QList<qint64> SmtpPipeline::takeQueued() {
    QList<qint64> ids;
    for (const auto& tx : m_queue)
        ids << tx->id;
    m_queue.clear();
    return ids;
}

SmtpPipeline::Finished SmtpPipeline::takeFinished() {
    return std::exchange(m_finished, {});
}

int SmtpPipeline::pendingCount() const {
    return int(m_queue.size() + m_inFlight.size()) + int(m_finished.size());
}

Stage SmtpPipeline::currentStage() const {
    return m_inFlight.empty() ? Stage::Connect : m_inFlight.front()->stage;
}

void SmtpPipeline::resetConnection() {
    m_expect.clear();
    m_out.clear();
    m_sessionReady = false;
    m_needRset = false;
    m_bytesWritten = 0;
    m_finishedOnConnection = 0;
}

void SmtpPipeline::startSession(bool pipelining, bool sizeOffered, qint64 sizeLimit) {
    m_sessionReady = true;
    m_pipelining = pipelining;
    m_sizeOffered = sizeOffered;
    m_sizeLimit = sizeLimit;
}

bool SmtpPipeline::canStartTransaction() const {
    if (!m_sessionReady)
        return false;
    if (m_inFlight.empty())
        return true;
    // While one message waits for its final reply, the next one's envelope may follow it.
    return m_pipelining && m_inFlight.size() == 1 && m_inFlight.front()->dataSent;
}

void SmtpPipeline::startTransactions() {
    while (canStartTransaction() && !m_queue.empty()) {
        TransactionPtr tx = m_queue.front();
        m_queue.pop_front();
        if (tx->message.sender().isNull() || tx->message.recipient().isNull()) {
            m_finished.append(
                {tx->id, SendOutcome::permanent(Stage::Local, QStringLiteral("empty message"))});
        } else if (m_sizeLimit > 0 && tx->message.size() > m_sizeLimit) {
            m_finished.append(
                {tx->id, SendOutcome::permanent(Stage::Local,
                                                QStringLiteral("the message is %1 bytes; the "
                                                               "server accepts at most %2 (SIZE)")
                                                    .arg(tx->message.size())
                                                    .arg(m_sizeLimit))});
        } else {
            beginTransaction(tx);
        }
    }
}

void SmtpPipeline::beginTransaction(const TransactionPtr& tx) {
    if (m_needRset)
        expect(Cmd::Rset, "RSET", {});
    m_needRset = true;
    QByteArray mail = "MAIL FROM:<" + tx->message.sender().envelope() + '>';
    if (m_sizeOffered)
        mail += " SIZE=" + QByteArray::number(tx->message.size());
    expect(Cmd::Mail, mail, tx);
    if (m_pipelining) {
        expect(Cmd::Rcpt, "RCPT TO:<" + tx->message.recipient().envelope() + '>', tx);
        expect(Cmd::Data, "DATA", tx);
    }
    tx->stage = Stage::MailFrom;
    m_inFlight.push_back(tx);
}

void SmtpPipeline::handleTransactionReply(const SmtpReply& reply) {
    const Expected expected = m_expect.front();
    m_expect.pop_front();
    const TransactionPtr& tx = expected.tx;
    switch (expected.cmd) {
    case Cmd::Mail:
        if (!reply.positive()) {
            tx->failure = outcomeFor(Stage::MailFrom, reply);
            if (!m_pipelining)
                finish(tx, *tx->failure);
        } else {
            tx->stage = Stage::RcptTo;
            if (!m_pipelining)
                expect(Cmd::Rcpt, "RCPT TO:<" + tx->message.recipient().envelope() + '>', tx);
        }
        break;
    case Cmd::Rcpt:
        if (tx->failure)
            break;
        if (!reply.positive()) {
            tx->failure = outcomeFor(Stage::RcptTo, reply);
            if (!m_pipelining)
                finish(tx, *tx->failure);
        } else {
            tx->stage = Stage::Data;
            if (!m_pipelining)
                expect(Cmd::Data, "DATA", tx);
        }
        break;
    case Cmd::Data:
        if (reply.code != 354) {
            finish(tx, tx->failure ? *tx->failure : outcomeFor(Stage::Data, reply));
        } else if (tx->failure) {
            // RFC 2920 forbids 354 without an accepted recipient; never send the content of a
            // message whose envelope failed. An empty body ends the transaction harmlessly.
            m_out += ".\r\n";
            m_expect.push_back({Cmd::DataEndDiscard, {}, m_nextSerial++});
            finish(tx, *tx->failure);
        } else {
            m_out += SmtpData::encode(tx->message.data());
            tx->terminatorEnd = m_bytesWritten + m_out.size();
            m_expect.push_back({Cmd::DataEnd, tx, m_nextSerial++});
            tx->stage = Stage::DataEnd;
            tx->dataSent = true;
        }
        break;
    case Cmd::DataEnd:
        finish(tx, outcomeFor(Stage::DataEnd, reply));
        break;
    default:
        break; // RSET, or the end of a discarded transaction: nothing rides on it
    }
}

void SmtpPipeline::finish(const TransactionPtr& tx, const SendOutcome& outcome) {
    const auto it = std::find(m_inFlight.begin(), m_inFlight.end(), tx);
    if (it != m_inFlight.end())
        m_inFlight.erase(it);
    m_finished.append({tx->id, outcome});
    ++m_finishedOnConnection;
}

void SmtpPipeline::failAll(const SendOutcome& outcome) {
    for (const auto& tx : std::deque<TransactionPtr>(m_inFlight)) {
        SendOutcome o = outcome;
        o.maybeDelivered = outcome.maybeDelivered && tx->dataSent;
        finish(tx, o);
    }
    SendOutcome notStarted = outcome;
    notStarted.maybeDelivered = false;
    for (const auto& tx : m_queue)
        m_finished.append({tx->id, notStarted});
    m_queue.clear();
    m_expect.clear();
}

void SmtpPipeline::connectionLost(const SendOutcome& reason, bool blameOldest, qint64 unsentBytes) {
    // Only a message whose final "." left this process can have been accepted by the server.
    const qint64 flushed = m_bytesWritten - unsentBytes;
    const bool refusedAny = std::any_of(m_inFlight.cbegin(), m_inFlight.cend(),
                                        [](const TransactionPtr& tx) { return tx->failure; });
    blameOldest = blameOldest || (m_finishedOnConnection == 0 && !refusedAny);
    std::deque<TransactionPtr> retry;
    for (const auto& tx : std::deque<TransactionPtr>(m_inFlight)) {
        if (tx->failure) {
            finish(tx, *tx->failure);
        } else if (blameOldest || tx->dataSent) {
            SendOutcome outcome = reason;
            outcome.stage = tx->stage;
            outcome.maybeDelivered = tx->dataSent && flushed >= tx->terminatorEnd;
            if (outcome.maybeDelivered)
                outcome.text = QStringLiteral("the whole message was sent but its reply never "
                                              "came (%1); the server may have accepted it")
                                   .arg(reason.text);
            finish(tx, outcome);
            blameOldest = false;
        } else {
            retry.push_back(tx);
        }
    }
    m_inFlight.clear();
    for (auto it = retry.rbegin(); it != retry.rend(); ++it) {
        (*it)->failure.reset();
        (*it)->stage = Stage::MailFrom;
        m_queue.push_front(*it);
    }
    resetConnection();
}

} // namespace outreach::mail
