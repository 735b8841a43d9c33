#pragma once

#include "mail/MailTransport.h"
#include "mail/SmtpCapabilities.h"
#include "mail/SmtpPipeline.h"
#include "mail/SmtpReplyReader.h"
#include "mail/SmtpSettings.h"

#include <QAbstractSocket>
#include <QList>
#include <QSslError>
#include <QStringList>
#include <QTimer>

class QSslSocket;

namespace outreach::mail {

// One SMTP connection, reused for every message sent through it: an asynchronous state machine
// on the calling thread's event loop (no threads, no nested event loops).
//
// Session: greeting, EHLO, STARTTLS (required when configured; bytes buffered before the
// handshake are discarded) or implicit TLS, both with certificate verification, then AUTH
// PLAIN or LOGIN (never unencrypted unless allowPlaintextAuth). Per message: RSET (between
// messages), MAIL FROM with SIZE, RCPT TO, DATA, the dot-stuffed message. With PIPELINING the
// envelope commands go out in one write, and the next message's commands ride in the same
// write as the previous message's data, so a message costs one round trip. TCP_NODELAY is set.
//
// Every message handed to send() finishes exactly once through messageFinished. A lost
// connection fails the message it was waiting on; later messages that had not reached their
// data are re-queued and go out on a new connection. A failure while setting up a fresh
// session (refused, TLS, AUTH) fails every pending message, so a dead server cannot loop.
class SmtpClient final : public MailTransport {
    Q_OBJECT
public:
    explicit SmtpClient(SmtpSettings settings, QObject* parent = nullptr);
    ~SmtpClient() override;

    void send(qint64 id, const MimeMessage& message) override;
    int pendingCount() const override;
    void close() override;
    QList<qint64> cancelQueued() override;
    // Drops the connection now; every pending message finishes as Temporary.
    void abort();

    const SmtpSettings& settings() const { return m_settings; }
    bool isConnected() const;
    int connectionsOpened() const { return m_connectionsOpened; }
    const SmtpCapabilities& serverCapabilities() const { return m_caps; }

signals:
    // The connection ended: after QUIT, or because it was lost.
    void connectionClosed();

private:
    enum class Phase {
        Disconnected,
        Connecting,
        Greeting,
        Ehlo,
        StartTls,
        Handshake,
        Auth,
        Ready,
        Quitting
    };
    enum class Drop { Abort, Graceful, Quit };
    using Cmd = SmtpPipeline::Cmd;

    void schedulePump();
    void pump();
    void flush();
    void connectToServer();
    void armTimer(bool force = false);
    int currentTimeoutMs() const;
    SendOutcome::Stage currentStage() const;

    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void onSocketError(QAbstractSocket::SocketError error);
    void onDisconnected();
    void onSslErrors(const QList<QSslError>& errors);
    void onTimeout();

    void handleReply(const SmtpReply& reply);
    void handleSessionReply(Cmd cmd, const SmtpReply& reply);
    void afterEhlo();
    void startAuth();
    void becomeReady();
    void startTransactions();
    void failSession(const SendOutcome& outcome, Drop drop);
    void connectionLost(const SendOutcome& reason, bool blameOldest);
    void dropSocket(Drop drop);
    void sendQuit();

    SmtpSettings m_settings;
    SmtpPipeline m_pipeline;
    QSslSocket* m_socket = nullptr;
    Phase m_phase = Phase::Disconnected;
    SmtpReplyReader m_reader;
    QTimer m_timer;
    QTimer m_idleTimer;
    quint64 m_armedSerial = 0;
    Phase m_armedPhase = Phase::Disconnected;

    SmtpCapabilities m_caps;
    bool m_encrypted = false;
    bool m_reachedReady = false;
    bool m_startTlsNow = false;
    bool m_closeRequested = false;
    bool m_pumpScheduled = false;
    bool m_emitClosed = false;
    QString m_tlsErrors;
    int m_connectionsOpened = 0;
};

} // namespace outreach::mail
