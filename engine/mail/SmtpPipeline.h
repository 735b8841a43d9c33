#pragma once

#include "mail/MimeMessage.h"
#include "mail/SendOutcome.h"
#include "mail/SmtpReplyReader.h"

#include <QByteArray>
#include <QList>
#include <QPair>

#include <deque>
#include <memory>

namespace outreach::mail {

// The bookkeeping half of SmtpClient, without any I/O: the messages waiting and in flight, the
// commands written and which reply belongs to which of them, and what each reply means for a
// message. SmtpClient writes takeOutput() to its socket and hands every reply back.
//
// Per message: RSET (from the second message on), MAIL FROM (with SIZE when offered),
// RCPT TO, DATA, then the dot-stuffed message. With PIPELINING the three envelope commands go
// out together, and the next message's commands follow the previous message's data in the
// same write, so each message costs one round trip.
class SmtpPipeline {
public:
    enum class Cmd {
        Greeting,
        Ehlo,
        StartTls,
        AuthResult,
        AuthLoginUser,
        AuthLoginPassword,
        Quit,
        Rset,
        Mail,
        Rcpt,
        Data,
        DataEnd,
        DataEndDiscard
    };
    using Finished = QList<QPair<qint64, SendOutcome>>;

    void enqueue(qint64 id, const MimeMessage& message);

    // A session command (greeting, EHLO, STARTTLS, AUTH, QUIT); an empty line writes nothing.
    void command(Cmd cmd, const QByteArray& line);
    bool expecting() const { return !m_expect.empty(); }
    Cmd nextExpected() const { return m_expect.front().cmd; }
    quint64 nextSerial() const { return m_expect.empty() ? 0 : m_expect.front().serial; }
    bool nextIsTransactionReply() const { return nextExpected() >= Cmd::Rset; }
    void popExpected() { m_expect.pop_front(); }
    // Consumes the reply to the next expected transaction command.
    void handleTransactionReply(const SmtpReply& reply);

    // A new session is ready for mail, with what its EHLO offered.
    void startSession(bool pipelining, bool sizeOffered, qint64 sizeLimit);
    void startTransactions();
    // Forgets the connection: expectations, unwritten output, byte counts.
    void resetConnection();

    QByteArray takeOutput();
    Finished takeFinished();
    bool hasOutput() const { return !m_out.isEmpty(); }

    bool hasQueued() const { return !m_queue.empty(); }
    QList<qint64> takeQueued();
    bool inFlight() const { return !m_inFlight.empty(); }
    int pendingCount() const;
    // The reply the oldest message in flight waits for (Connect when none is in flight).
    SendOutcome::Stage currentStage() const;

    // Every queued and in-flight message ends with `outcome` (the session could not start).
    void failAll(const SendOutcome& outcome);
    // The connection is gone. Messages whose envelope was refused end with that refusal; the
    // message waited on ends with `reason` (when `blameOldest`, or when this connection
    // finished nothing, so a server that always hangs up cannot loop us); a message whose
    // final "." was handed to the socket ends as maybe delivered if `unsentBytes` shows it
    // left this process; the rest go back to the front of the queue.
    void connectionLost(const SendOutcome& reason, bool blameOldest, qint64 unsentBytes);

private:
    struct Transaction;
    using TransactionPtr = std::shared_ptr<Transaction>;
    struct Expected {
        Cmd cmd;
        TransactionPtr tx;
        quint64 serial;
    };

    bool canStartTransaction() const;
    void beginTransaction(const TransactionPtr& tx);
    void expect(Cmd cmd, const QByteArray& line, const TransactionPtr& tx);
    void finish(const TransactionPtr& tx, const SendOutcome& outcome);

    std::deque<TransactionPtr> m_queue;
    std::deque<TransactionPtr> m_inFlight;
    std::deque<Expected> m_expect;
    Finished m_finished;
    QByteArray m_out;
    quint64 m_nextSerial = 1;
    bool m_sessionReady = false;
    bool m_pipelining = false;
    bool m_sizeOffered = false;
    qint64 m_sizeLimit = 0;
    bool m_needRset = false;
    qint64 m_bytesWritten = 0; // handed out by takeOutput() on this connection
    int m_finishedOnConnection = 0;
};

} // namespace outreach::mail
