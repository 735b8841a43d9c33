#include "SmtpClient.h"

#include <QPointer>
#include <QSslSocket>

#include <utility>

namespace outreach::mail {

using Stage = SendOutcome::Stage;

namespace {

SendOutcome outcomeFor(Stage stage, const SmtpReply& reply) {
    return SendOutcome::fromReply(stage, reply.code, reply.enhancedStatus, reply.text());
}

QString commandName(SmtpPipeline::Cmd cmd) {
    static const char* const names[] = {"the greeting",
                                        "EHLO",
                                        "STARTTLS",
                                        "AUTH",
                                        "AUTH LOGIN",
                                        "AUTH LOGIN",
                                        "QUIT",
                                        "RSET",
                                        "MAIL FROM",
                                        "RCPT TO",
                                        "DATA",
                                        "the end of the message",
                                        "the end of the message"};
    return QString::fromLatin1(names[int(cmd)]);
}

} // namespace

SmtpClient::SmtpClient(SmtpSettings settings, QObject* parent)
    : MailTransport(parent), m_settings(std::move(settings)) {
    m_timer.setSingleShot(true);
    m_idleTimer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SmtpClient::onTimeout);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        if (m_phase == Phase::Ready && !m_pipeline.inFlight() && !m_pipeline.hasQueued())
            sendQuit();
        flush();
    });
}

SmtpClient::~SmtpClient() {
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void SmtpClient::send(qint64 id, const MimeMessage& message) {
    m_pipeline.enqueue(id, message);
    schedulePump();
}

int SmtpClient::pendingCount() const {
    return m_pipeline.pendingCount();
}

bool SmtpClient::isConnected() const {
    return m_socket && m_phase != Phase::Disconnected;
}

void SmtpClient::close() {
    m_closeRequested = true;
    schedulePump();
}

QList<qint64> SmtpClient::cancelQueued() {
    QList<qint64> ids = m_pipeline.takeQueued();
    if (!ids.isEmpty())
        schedulePump(); // an idle session may now QUIT or start its idle timer
    return ids;
}

void SmtpClient::abort() {
    const bool hadSocket = m_socket != nullptr;
    dropSocket(Drop::Abort);
    m_pipeline.failAll(
        SendOutcome::temporary(Stage::Local, QStringLiteral("sending was aborted"), true));
    m_emitClosed = m_emitClosed || hadSocket;
    flush();
}

void SmtpClient::schedulePump() {
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    QMetaObject::invokeMethod(this, &SmtpClient::pump, Qt::QueuedConnection);
}

void SmtpClient::pump() {
    m_pumpScheduled = false;
    if (m_phase == Phase::Disconnected && m_pipeline.hasQueued())
        connectToServer();
    else if (m_phase == Phase::Ready)
        startTransactions();
    flush();
}

// Every entry point ends here: one write for everything queued while handling the event, then
// the results, emitted last so a slot that sends more mail or deletes us finds a settled state.
void SmtpClient::flush() {
    if (m_socket && m_pipeline.hasOutput())
        m_socket->write(m_pipeline.takeOutput());
    armTimer();
    const SmtpPipeline::Finished finished = m_pipeline.takeFinished();
    const bool closed = std::exchange(m_emitClosed, false);
    if (finished.isEmpty() && !closed)
        return;
    QPointer<SmtpClient> self(this);
    for (const auto& [id, outcome] : finished) {
        emit messageFinished(id, outcome);
        if (!self)
            return;
    }
    if (closed) {
        emit connectionClosed();
        if (!self)
            return;
    }
    if (!finished.isEmpty() && pendingCount() == 0)
        emit idle();
}

void SmtpClient::connectToServer() {
    if (const Status valid = m_settings.validate(); !valid) {
        failSession(SendOutcome::permanent(Stage::Connect, valid.error().message), Drop::Abort);
        return;
    }
    m_socket = new QSslSocket(this);
    m_socket->setSslConfiguration(m_settings.sslConfiguration());
    connect(m_socket, &QSslSocket::connected, this, &SmtpClient::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &SmtpClient::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &SmtpClient::onReadyRead);
    connect(m_socket, &QSslSocket::errorOccurred, this, &SmtpClient::onSocketError);
    connect(m_socket, &QSslSocket::disconnected, this, &SmtpClient::onDisconnected);
    connect(m_socket, &QSslSocket::sslErrors, this, &SmtpClient::onSslErrors);
    // Writing a large message is progress too: keep the reply timer from firing meanwhile.
    connect(m_socket, &QSslSocket::bytesWritten, this, [this] { armTimer(true); });

    ++m_connectionsOpened;
    m_phase = Phase::Connecting;
    m_reader.clear();
    m_pipeline.resetConnection();
    m_caps = SmtpCapabilities();
    m_encrypted = m_reachedReady = false;
    m_tlsErrors.clear();
    m_pipeline.command(Cmd::Greeting, {});
    if (m_settings.security == SmtpSettings::Security::Implicit)
        m_socket->connectToHostEncrypted(m_settings.host, m_settings.port);
    else
        m_socket->connectToHost(m_settings.host, m_settings.port);
    armTimer(true);
}

int SmtpClient::currentTimeoutMs() const {
    const SmtpTimeouts& t = m_settings.timeouts;
    if (m_phase == Phase::Connecting || m_phase == Phase::Handshake)
        return t.connectMs;
    if (!m_pipeline.expecting())
        return 0;
    switch (m_pipeline.nextExpected()) {
    case Cmd::Greeting:
        return t.greetingMs;
    case Cmd::DataEnd:
    case Cmd::DataEndDiscard:
        return t.dataEndMs;
    default:
        return t.commandMs;
    }
}

// The timer restarts only when what we wait for changes (or on real progress), so a stalled
// server still times out while the caller keeps queueing messages.
void SmtpClient::armTimer(bool force) {
    const int timeout = m_socket ? currentTimeoutMs() : 0;
    if (timeout <= 0) {
        m_timer.stop();
        m_armedSerial = 0;
        return;
    }
    const quint64 serial = m_pipeline.nextSerial();
    if (force || serial != m_armedSerial || m_phase != m_armedPhase || !m_timer.isActive()) {
        m_armedSerial = serial;
        m_armedPhase = m_phase;
        m_timer.start(timeout);
    }
}

SendOutcome::Stage SmtpClient::currentStage() const {
    switch (m_phase) {
    case Phase::Disconnected:
    case Phase::Connecting:
        return m_settings.security == SmtpSettings::Security::Implicit && m_socket &&
                       m_socket->state() == QAbstractSocket::ConnectedState
                   ? Stage::Tls
                   : Stage::Connect;
    case Phase::Greeting:
        return Stage::Greeting;
    case Phase::Ehlo:
        return Stage::Ehlo;
    case Phase::StartTls:
    case Phase::Handshake:
        return Stage::Tls;
    case Phase::Auth:
        return Stage::Auth;
    case Phase::Ready:
    case Phase::Quitting:
        break;
    }
    return m_pipeline.currentStage();
}

void SmtpClient::onConnected() {
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    if (m_settings.security != SmtpSettings::Security::Implicit)
        m_phase = Phase::Greeting;
    armTimer(true);
}

void SmtpClient::onEncrypted() {
    m_encrypted = true;
    if (m_phase == Phase::Handshake) {
        m_phase = Phase::Ehlo;
        m_pipeline.command(Cmd::Ehlo, "EHLO " + m_settings.effectiveEhloName().toLatin1());
    } else {
        m_phase = Phase::Greeting;
    }
    flush();
}

void SmtpClient::onSslErrors(const QList<QSslError>& errors) {
    if (m_settings.accepts(errors)) {
        m_socket->ignoreSslErrors(errors);
        return;
    }
    QStringList texts;
    for (const QSslError& e : errors)
        texts << e.errorString();
    m_tlsErrors = texts.join(QStringLiteral("; "));
}

void SmtpClient::onReadyRead() {
    if (!m_socket)
        return;
    m_reader.append(m_socket->readAll());
    while (m_socket) {
        std::optional<SmtpReply> reply = m_reader.next();
        if (!reply)
            break;
        handleReply(*reply);
        if (m_startTlsNow) {
            // RFC 3207 section 6: nothing received before the handshake may be trusted.
            m_startTlsNow = false;
            m_reader.clear();
            m_socket->readAll();
            m_phase = Phase::Handshake;
            m_socket->startClientEncryption();
            break;
        }
    }
    if (m_socket && m_reader.hasError())
        connectionLost(SendOutcome::temporary(currentStage(), m_reader.error()), true);
    if (m_phase == Phase::Ready)
        startTransactions();
    flush();
}

void SmtpClient::onSocketError(QAbstractSocket::SocketError error) {
    if (!m_socket)
        return;
    if (m_phase == Phase::Quitting) {
        dropSocket(Drop::Abort);
        m_emitClosed = true;
        flush();
        return;
    }
    SendOutcome outcome = SendOutcome::temporary(currentStage(), m_socket->errorString());
    if (error == QAbstractSocket::SslHandshakeFailedError ||
        error == QAbstractSocket::SslInvalidUserDataError) {
        QString text = QStringLiteral("TLS handshake with %1 failed: %2")
                           .arg(m_settings.host,
                                m_tlsErrors.isEmpty() ? m_socket->errorString() : m_tlsErrors);
        if (!m_tlsErrors.isEmpty())
            text += QStringLiteral(" (to accept this server, give its CA certificate or, for a "
                                   "self-signed one, allow self-signed certificates)");
        outcome = SendOutcome::permanent(Stage::Tls, text);
    }
    connectionLost(outcome, true);
    flush();
}

void SmtpClient::onDisconnected() {
    if (!m_socket)
        return;
    if (m_phase == Phase::Quitting) {
        dropSocket(Drop::Abort);
        m_emitClosed = true;
    } else {
        connectionLost(SendOutcome::temporary(currentStage(),
                                              QStringLiteral("the server closed the connection")),
                       true);
    }
    flush();
}

void SmtpClient::onTimeout() {
    if (!m_socket)
        return;
    const int ms = currentTimeoutMs();
    QString text;
    if (m_phase == Phase::Connecting)
        text = QStringLiteral("could not connect to %1:%2 within %3 ms")
                   .arg(m_settings.host)
                   .arg(m_settings.port)
                   .arg(ms);
    else if (m_phase == Phase::Handshake)
        text = QStringLiteral("the TLS handshake did not finish within %1 ms").arg(ms);
    else if (m_pipeline.expecting())
        text = QStringLiteral("no reply to %1 within %2 ms")
                   .arg(commandName(m_pipeline.nextExpected()))
                   .arg(ms);
    if (m_phase == Phase::Quitting) {
        dropSocket(Drop::Abort);
        m_emitClosed = true;
    } else {
        connectionLost(SendOutcome::temporary(currentStage(), text), true);
    }
    flush();
}

void SmtpClient::handleReply(const SmtpReply& reply) {
    if (!m_pipeline.expecting()) {
        connectionLost(
            SendOutcome::temporary(currentStage(), QStringLiteral("the server sent an unexpected "
                                                                  "reply: %1 %2")
                                                       .arg(reply.code)
                                                       .arg(reply.text())),
            true);
        return;
    }
    if (m_pipeline.nextIsTransactionReply()) {
        m_pipeline.handleTransactionReply(reply);
    } else {
        const Cmd cmd = m_pipeline.nextExpected();
        m_pipeline.popExpected();
        handleSessionReply(cmd, reply);
    }
    // 421: the server is shutting this connection down, whatever command it answered.
    if (reply.code == 421 && m_socket)
        connectionLost(
            SendOutcome::temporary(currentStage(), QStringLiteral("the server closed the session: "
                                                                  "421 %1")
                                                       .arg(reply.text())),
            false);
}

void SmtpClient::handleSessionReply(Cmd cmd, const SmtpReply& reply) {
    switch (cmd) {
    case Cmd::Greeting:
        if (reply.code != 220)
            return failSession(outcomeFor(Stage::Greeting, reply), Drop::Quit);
        m_phase = Phase::Ehlo;
        m_pipeline.command(Cmd::Ehlo, "EHLO " + m_settings.effectiveEhloName().toLatin1());
        return;
    case Cmd::Ehlo:
        if (reply.code != 250)
            return failSession(outcomeFor(Stage::Ehlo, reply), Drop::Quit);
        m_caps = SmtpCapabilities::fromEhlo(reply);
        return afterEhlo();
    case Cmd::StartTls:
        if (reply.code != 220)
            return failSession(outcomeFor(Stage::Tls, reply), Drop::Quit);
        m_startTlsNow = true;
        return;
    case Cmd::AuthLoginUser:
    case Cmd::AuthLoginPassword:
        if (reply.code != 334)
            return failSession(outcomeFor(Stage::Auth, reply), Drop::Quit);
        if (cmd == Cmd::AuthLoginUser)
            m_pipeline.command(Cmd::AuthLoginPassword, m_settings.username.toUtf8().toBase64());
        else
            m_pipeline.command(Cmd::AuthResult, m_settings.password.toUtf8().toBase64());
        return;
    case Cmd::AuthResult:
        if (reply.code != 235)
            return failSession(outcomeFor(Stage::Auth, reply), Drop::Quit);
        return becomeReady();
    case Cmd::Quit:
        dropSocket(Drop::Graceful);
        m_emitClosed = true;
        return;
    default:
        return;
    }
}

void SmtpClient::afterEhlo() {
    if (m_settings.security == SmtpSettings::Security::StartTls && !m_encrypted) {
        if (!m_caps.startTls)
            return failSession(SendOutcome::permanent(
                                   Stage::Tls, QStringLiteral("%1 does not offer STARTTLS; "
                                                              "refusing to continue unencrypted")
                                                   .arg(m_settings.host)),
                               Drop::Quit);
        m_phase = Phase::StartTls;
        m_pipeline.command(Cmd::StartTls, "STARTTLS");
        return;
    }
    startAuth();
}

void SmtpClient::startAuth() {
    if (m_settings.username.isEmpty())
        return becomeReady();
    if (!m_encrypted && !m_settings.allowPlaintextAuth)
        return failSession(
            SendOutcome::permanent(Stage::Auth, QStringLiteral("refusing to send the password "
                                                               "over an unencrypted connection")),
            Drop::Quit);
    m_phase = Phase::Auth;
    if (m_caps.authMechanisms.contains(QLatin1String("PLAIN"))) {
        const QByteArray token =
            '\0' + m_settings.username.toUtf8() + '\0' + m_settings.password.toUtf8();
        m_pipeline.command(Cmd::AuthResult, "AUTH PLAIN " + token.toBase64());
    } else if (m_caps.authMechanisms.contains(QLatin1String("LOGIN"))) {
        m_pipeline.command(Cmd::AuthLoginUser, "AUTH LOGIN");
    } else {
        const QString offered =
            m_caps.authMechanisms.isEmpty()
                ? QStringLiteral("no AUTH at all")
                : QStringLiteral("only AUTH ") + m_caps.authMechanisms.join(' ');
        failSession(SendOutcome::permanent(Stage::Auth,
                                           QStringLiteral("the server offers %1; PLAIN or LOGIN "
                                                          "is needed")
                                               .arg(offered)),
                    Drop::Quit);
    }
}

void SmtpClient::becomeReady() {
    m_phase = Phase::Ready;
    m_reachedReady = true;
    m_pipeline.startSession(m_caps.pipelining, m_caps.sizeOffered, m_caps.sizeLimit);
    startTransactions();
}

void SmtpClient::startTransactions() {
    m_pipeline.startTransactions();
    const bool idleNow =
        m_phase == Phase::Ready && !m_pipeline.inFlight() && !m_pipeline.hasQueued();
    if (idleNow && m_closeRequested)
        sendQuit();
    else if (idleNow && !m_idleTimer.isActive())
        m_idleTimer.start(m_settings.timeouts.idleMs);
    else if (!idleNow)
        m_idleTimer.stop();
}

// The session could not be set up: nothing queued can go out on this server now.
void SmtpClient::failSession(const SendOutcome& outcome, Drop drop) {
    const bool hadSocket = m_socket != nullptr;
    dropSocket(drop);
    m_pipeline.failAll(outcome);
    m_emitClosed = m_emitClosed || hadSocket;
}

void SmtpClient::connectionLost(const SendOutcome& reason, bool blameOldest) {
    if (!m_socket)
        return;
    if (!m_reachedReady)
        return failSession(reason, Drop::Abort);
    m_pipeline.connectionLost(reason, blameOldest, m_socket->bytesToWrite());
    dropSocket(Drop::Abort);
    m_emitClosed = true;
}

void SmtpClient::sendQuit() {
    m_idleTimer.stop();
    m_closeRequested = false;
    m_phase = Phase::Quitting;
    m_pipeline.command(Cmd::Quit, "QUIT");
}

void SmtpClient::dropSocket(Drop drop) {
    m_timer.stop();
    m_idleTimer.stop();
    m_pipeline.resetConnection();
    m_reader.clear();
    m_phase = Phase::Disconnected;
    m_startTlsNow = false;
    if (m_pipeline.hasQueued())
        schedulePump(); // messages queued meanwhile go out on a new connection
    QSslSocket* socket = std::exchange(m_socket, nullptr);
    if (!socket)
        return;
    socket->disconnect(this);
    const bool open = socket->state() == QAbstractSocket::ConnectedState;
    if (drop == Drop::Abort || !open) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    if (drop == Drop::Quit)
        socket->write("QUIT\r\n");
    // The socket outlives this call until its queued bytes are out and the peer is gone.
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(m_settings.timeouts.commandMs, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
    socket->disconnectFromHost();
}

} // namespace outreach::mail
