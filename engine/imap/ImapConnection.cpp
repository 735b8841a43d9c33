#include "imap/ImapConnection.h"

#include "imap/ImapCommands.h"

#include <QPointer>
#include <QSslSocket>

#include <utility>

namespace outreach::imap {

ImapConnection::ImapConnection(ImapSettings settings, QObject* parent)
    : QObject(parent), m_settings(std::move(settings)), m_reader(m_settings.limits) {
    m_timer.setSingleShot(true);
    m_sessionTimer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ImapConnection::onTimeout);
    connect(&m_sessionTimer, &QTimer::timeout, this, [this] {
        fail(QStringLiteral("the IMAP session with %1 took longer than %2 ms")
                 .arg(m_settings.host)
                 .arg(m_settings.timeouts.sessionMs));
    });
}

ImapConnection::~ImapConnection() {
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

bool ImapConnection::hasCapability(const QByteArray& name) const {
    return m_capabilities.contains(name.toUpper());
}

void ImapConnection::deliverLater(std::function<void()> call) {
    QMetaObject::invokeMethod(this, std::move(call), Qt::QueuedConnection);
}

void ImapConnection::open(std::function<void(Status)> done) {
    if (std::exchange(m_used, true)) {
        deliverLater([done] {
            done(Error::runtime(QStringLiteral("the IMAP session is already "
                                               "open or was used")));
        });
        return;
    }
    m_openDone = std::move(done);
    if (const Status valid = m_settings.validate(); !valid) {
        fail(valid.error());
        return;
    }
    connectToServer();
}

void ImapConnection::enqueue(Command command) {
    if (m_phase == Phase::Failed || m_phase == Phase::Closed) {
        const QString why =
            m_phase == Phase::Failed ? m_failure : QStringLiteral("the IMAP session is not open");
        deliverLater([failed = std::move(command.failed), why] { failed(Error::runtime(why)); });
        return;
    }
    m_queue.push_back(std::move(command));
    pump();
}

void ImapConnection::pump() {
    if (m_phase != Phase::Ready || m_current || m_queue.empty())
        return;
    Command next = std::move(m_queue.front());
    m_queue.pop_front();
    send(std::move(next));
}

void ImapConnection::send(Command command) {
    m_currentTag = "A" + QByteArray::number(m_nextTag++);
    if (command.line == "LOGOUT")
        m_loggingOut = true;
    m_socket->write(m_currentTag + ' ' + command.line + "\r\n");
    m_current = std::move(command);
    armTimer(m_settings.timeouts.commandMs);
}

void ImapConnection::connectToServer() {
    m_socket = new QSslSocket(this);
    m_socket->setSslConfiguration(m_settings.sslConfiguration());
    connect(m_socket, &QSslSocket::connected, this, &ImapConnection::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &ImapConnection::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &ImapConnection::onReadyRead);
    connect(m_socket, &QSslSocket::errorOccurred, this, &ImapConnection::onSocketError);
    connect(m_socket, &QSslSocket::disconnected, this, &ImapConnection::onDisconnected);
    connect(m_socket, &QSslSocket::sslErrors, this, &ImapConnection::onSslErrors);
    m_phase = Phase::Connecting;
    m_sessionTimer.start(m_settings.timeouts.sessionMs);
    armTimer(m_settings.timeouts.connectMs);
    if (m_settings.security == ImapSettings::Security::Implicit)
        m_socket->connectToHostEncrypted(m_settings.host, m_settings.port);
    else
        m_socket->connectToHost(m_settings.host, m_settings.port);
}

void ImapConnection::armTimer(int ms) {
    if (ms > 0)
        m_timer.start(ms);
    else
        m_timer.stop();
}

void ImapConnection::onConnected() {
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (m_settings.security != ImapSettings::Security::Implicit) {
        m_phase = Phase::Greeting;
        armTimer(m_settings.timeouts.greetingMs);
    }
}

void ImapConnection::onEncrypted() {
    m_encrypted = true;
    if (m_phase == Phase::Handshake) {
        // RFC 3501 section 6.2.1: capabilities learnt before TLS may have been forged.
        m_phase = Phase::Session;
        requestCapabilities([this] { afterCapabilities(); });
        return;
    }
    m_phase = Phase::Greeting;
    armTimer(m_settings.timeouts.greetingMs);
}

void ImapConnection::onSslErrors(const QList<QSslError>& errors) {
    if (m_settings.accepts(errors)) {
        m_socket->ignoreSslErrors(errors);
        return;
    }
    QStringList texts;
    for (const QSslError& e : errors)
        texts << e.errorString();
    m_tlsErrors = texts.join(QStringLiteral("; "));
}

void ImapConnection::onReadyRead() {
    if (!m_socket)
        return;
    m_reader.append(m_socket->readAll());
    if (m_current || m_phase == Phase::Greeting)
        armTimer(m_phase == Phase::Greeting ? m_settings.timeouts.greetingMs
                                            : m_settings.timeouts.commandMs);
    QPointer<ImapConnection> self(this);
    while (self && m_socket) {
        std::optional<ImapResponse> response = m_reader.next();
        if (!response)
            break;
        handle(*response);
        if (self && m_startTlsNow) {
            // RFC 3501 section 6.2.1 / RFC 2595: nothing sent before the handshake counts.
            m_startTlsNow = false;
            m_reader.clear();
            m_socket->readAll();
            m_phase = Phase::Handshake;
            armTimer(m_settings.timeouts.connectMs);
            m_socket->startClientEncryption();
            return;
        }
    }
    if (self && m_socket && m_reader.hasError())
        fail(m_reader.error());
}

void ImapConnection::onSocketError(QAbstractSocket::SocketError error) {
    if (!m_socket || error == QAbstractSocket::RemoteHostClosedError)
        return; // onDisconnected reports it with what we were waiting for
    QString text = QStringLiteral("IMAP connection to %1:%2 failed: %3")
                       .arg(m_settings.host)
                       .arg(m_settings.port)
                       .arg(m_socket->errorString());
    if (error == QAbstractSocket::SslHandshakeFailedError ||
        error == QAbstractSocket::SslInvalidUserDataError) {
        text = QStringLiteral("TLS handshake with %1 failed: %2")
                   .arg(m_settings.host,
                        m_tlsErrors.isEmpty() ? m_socket->errorString() : m_tlsErrors);
        if (!m_tlsErrors.isEmpty())
            text += QStringLiteral(" (to accept this server, give its CA certificate or, for a "
                                   "self-signed one, allow self-signed certificates)");
    }
    fail(text);
}

void ImapConnection::onDisconnected() {
    if (!m_socket)
        return;
    if (m_loggingOut && m_current) {
        // The server closed after its BYE without the tagged OK: the logout still happened.
        ImapResponse ok;
        ok.kind = ImapResponse::Kind::Tagged;
        ok.status = "OK";
        Command logout = std::move(*m_current);
        m_current.reset();
        m_sessionTimer.stop();
        dropSocket(false);
        m_phase = Phase::Closed;
        logout.done(ok);
        return;
    }
    fail(QStringLiteral("the IMAP server %1 closed the connection").arg(m_settings.host));
}

void ImapConnection::onTimeout() {
    QString text;
    const int ms = m_timer.interval();
    switch (m_phase) {
    case Phase::Connecting:
        text = QStringLiteral("could not connect to %1:%2 within %3 ms")
                   .arg(m_settings.host)
                   .arg(m_settings.port)
                   .arg(ms);
        break;
    case Phase::Handshake:
        text = QStringLiteral("the TLS handshake with %1 did not finish within %2 ms")
                   .arg(m_settings.host)
                   .arg(ms);
        break;
    case Phase::Greeting:
        text = QStringLiteral("no IMAP greeting from %1 within %2 ms").arg(m_settings.host).arg(ms);
        break;
    default:
        text = QStringLiteral("no reply to %1 from %2 within %3 ms")
                   .arg(QString::fromLatin1(m_current ? ImapCommands::verbOf(m_current->line)
                                                      : QByteArray("?")),
                        m_settings.host)
                   .arg(ms);
    }
    fail(text);
}

void ImapConnection::handle(const ImapResponse& response) {
    noteCapabilities(response);
    if (m_phase == Phase::Greeting)
        return handleGreeting(response);
    switch (response.kind) {
    case ImapResponse::Kind::Continuation:
        if (!m_current)
            return fail(QStringLiteral("the IMAP server asked for data no command needs"));
        // A second '+' after our credentials means the server wants more than PLAIN gives:
        // "*" cancels the exchange (RFC 3501 section 6.2.2) and the command then fails.
        m_socket->write(m_current->continuation.isEmpty() ? QByteArray("*\r\n")
                                                          : m_current->continuation + "\r\n");
        m_current->continuation.clear();
        return;
    case ImapResponse::Kind::Untagged:
        if (response.status == "BYE") {
            if (!m_loggingOut)
                fail(QStringLiteral("the IMAP server ended the session: %1")
                         .arg(response.describe()));
            return;
        }
        if (m_current && m_current->untagged)
            m_current->untagged(response);
        return;
    case ImapResponse::Kind::Tagged: {
        if (!m_current || response.tag != m_currentTag)
            return fail(QStringLiteral("the IMAP server answered a command that was not sent "
                                       "(tag %1)")
                            .arg(QString::fromLatin1(response.tag.left(20))));
        Command command = std::move(*m_current);
        m_current.reset();
        m_timer.stop();
        if (command.line == "LOGOUT") {
            m_sessionTimer.stop();
            dropSocket(true);
            m_phase = Phase::Closed;
        }
        QPointer<ImapConnection> self(this);
        command.done(response);
        if (self)
            pump();
        return;
    }
    }
}

void ImapConnection::handleGreeting(const ImapResponse& response) {
    if (response.kind != ImapResponse::Kind::Untagged || !response.isStatus())
        return fail(
            QStringLiteral("%1 does not speak IMAP (unexpected greeting)").arg(m_settings.host));
    if (response.status == "BYE")
        return fail(
            QStringLiteral("the IMAP server refused the connection: %1").arg(response.describe()));
    if (response.status == "PREAUTH") {
        if (m_settings.security == ImapSettings::Security::StartTls && !m_encrypted)
            return fail(QStringLiteral("the IMAP server pre-authenticated an unencrypted "
                                       "connection, so STARTTLS is impossible; refusing"));
        m_authenticated = true;
    } else if (response.status != "OK") {
        return fail(
            QStringLiteral("the IMAP server refused the connection: %1").arg(response.describe()));
    }
    m_phase = Phase::Session;
    m_timer.stop();
    if (m_capabilities.isEmpty())
        requestCapabilities([this] { afterCapabilities(); });
    else
        afterCapabilities();
}

void ImapConnection::noteCapabilities(const ImapResponse& response) {
    if (std::optional<QSet<QByteArray>> listed = ImapCommands::readCapabilities(response))
        m_capabilities = std::move(*listed);
}

void ImapConnection::requestCapabilities(std::function<void()> then) {
    m_capabilities.clear();
    Command c;
    c.line = "CAPABILITY";
    c.done = [this, then = std::move(then)](const ImapResponse& r) {
        if (!r.isOk())
            return fail(QStringLiteral("CAPABILITY failed: %1").arg(r.describe()));
        if (!m_capabilities.contains("IMAP4REV1"))
            return fail(QStringLiteral("%1 does not offer IMAP4rev1").arg(m_settings.host));
        then();
    };
    send(std::move(c));
}

void ImapConnection::afterCapabilities() {
    if (m_settings.security == ImapSettings::Security::StartTls && !m_encrypted) {
        if (!m_capabilities.contains("STARTTLS"))
            return fail(QStringLiteral("%1 does not offer STARTTLS; refusing to continue "
                                       "unencrypted")
                            .arg(m_settings.host));
        return startTls();
    }
    authenticate();
}

void ImapConnection::startTls() {
    Command c;
    c.line = "STARTTLS";
    c.done = [this](const ImapResponse& r) {
        if (!r.isOk())
            return fail(QStringLiteral("STARTTLS was refused: %1").arg(r.describe()));
        m_startTlsNow = true;
    };
    send(std::move(c));
}

void ImapConnection::authenticate() {
    if (m_authenticated)
        return finishOpen(Status::success());
    if (!m_encrypted && !m_settings.allowPlaintextAuth)
        return fail(QStringLiteral("refusing to send the IMAP password over an unencrypted "
                                   "connection"));
    Result<QByteArray> line =
        ImapCommands::login(m_capabilities, m_settings.username, m_settings.password);
    if (!line)
        return fail(line.error().message);
    Command c;
    c.line = *line;
    if (c.line == "AUTHENTICATE PLAIN")
        c.continuation = ImapCommands::plainToken(m_settings.username, m_settings.password);
    c.done = [this](const ImapResponse& r) {
        if (!r.isOk())
            return fail(QStringLiteral("IMAP login as %1 failed: %2")
                            .arg(m_settings.username, r.describe()));
        m_authenticated = true;
        finishOpen(Status::success());
    };
    send(std::move(c));
}

void ImapConnection::finishOpen(const Status& status) {
    m_phase = Phase::Ready;
    m_timer.stop();
    std::function<void(Status)> done = std::exchange(m_openDone, nullptr);
    QPointer<ImapConnection> self(this);
    if (done)
        done(status);
    if (self)
        pump();
}

void ImapConnection::fail(const QString& message) {
    fail(Error::runtime(message));
}

void ImapConnection::fail(const Error& error) {
    if (m_phase == Phase::Failed)
        return;
    m_phase = Phase::Failed;
    m_failure = error.message;
    m_timer.stop();
    m_sessionTimer.stop();
    dropSocket(false);
    std::vector<std::function<void()>> calls;
    if (m_openDone)
        calls.push_back([done = std::exchange(m_openDone, nullptr), error] { done(error); });
    // Session set-up commands have no `failed` of their own: open's callback reports for them.
    if (m_current && m_current->failed)
        calls.push_back([f = std::move(m_current->failed), error] { f(error); });
    m_current.reset();
    for (Command& c : m_queue)
        if (c.failed)
            calls.push_back([f = std::move(c.failed), error] { f(error); });
    m_queue.clear();
    // Called from socket signal handlers: the callbacks run once those have returned.
    for (auto& call : calls)
        deliverLater(std::move(call));
}

void ImapConnection::abort() {
    fail(QStringLiteral("the IMAP session was aborted"));
}

void ImapConnection::dropSocket(bool graceful) {
    m_startTlsNow = false;
    QSslSocket* socket = std::exchange(m_socket, nullptr);
    if (!socket)
        return;
    socket->disconnect(this);
    if (graceful && socket->state() == QAbstractSocket::ConnectedState) {
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(m_settings.timeouts.commandMs, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
        socket->disconnectFromHost();
        return;
    }
    socket->abort();
    socket->deleteLater();
}

} // namespace outreach::imap
