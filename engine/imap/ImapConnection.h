#pragma once

#include "core/Result.h"
#include "imap/ImapResponseReader.h"
#include "imap/ImapSettings.h"

#include <QAbstractSocket>
#include <QList>
#include <QObject>
#include <QSet>
#include <QSslError>
#include <QTimer>

#include <deque>
#include <functional>

class QSslSocket;

namespace outreach::imap {

// The connection under ImapClient: one IMAP4rev1 session (RFC 3501) as an asynchronous state
// machine on the calling thread's event loop, no threads, no nested event loops.
//
// open() connects (implicit TLS, or STARTTLS which is then required; certificates verified,
// bytes buffered before the handshake discarded), reads the capabilities again once secured,
// and logs in with AUTHENTICATE PLAIN (SASL-IR when offered) or LOGIN, never in clear text
// unless allowPlaintextAuth. Commands then run one at a time in the order given, each with a
// reply timeout that restarts whenever bytes arrive; the whole session has a deadline too.
//
// A NO or BAD completes only that command. A broken connection, a timeout, an unexpected BYE
// or a malformed response (see ImapResponseReader) ends the session: every pending command's
// `failed` is called with the same error, and later commands fail at once. Callbacks run from
// the event loop, never from inside the call that queued them.
class ImapConnection final : public QObject {
    Q_OBJECT
public:
    explicit ImapConnection(ImapSettings settings, QObject* parent = nullptr);
    ~ImapConnection() override;

    struct Command {
        QByteArray line;         // without tag and CRLF
        QByteArray continuation; // sent on the server's '+' (AUTHENTICATE without SASL-IR)
        std::function<void(const ImapResponse&)> untagged;
        std::function<void(const ImapResponse&)> done; // the tagged response
        std::function<void(const Error&)> failed;      // the session ended instead
    };

    void open(std::function<void(Status)> done);
    void enqueue(Command command);
    // Drops the connection now; pending calls fail with "the session was aborted".
    void abort();

    const ImapSettings& settings() const { return m_settings; }
    bool isOpen() const { return m_phase == Phase::Ready; }
    bool isEncrypted() const { return m_encrypted; }
    bool hasCapability(const QByteArray& name) const;

private:
    enum class Phase {
        Closed,
        Connecting,
        Greeting,
        Session, // capabilities, STARTTLS, login: internal commands
        Handshake,
        Ready,
        Failed
    };
    void send(Command command);
    void pump();
    void connectToServer();
    void armTimer(int ms);
    void finishOpen(const Status& status);
    void fail(const QString& message);
    void fail(const Error& error);
    void dropSocket(bool graceful);
    void deliverLater(std::function<void()> call);

    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void onSocketError(QAbstractSocket::SocketError error);
    void onDisconnected();
    void onSslErrors(const QList<QSslError>& errors);
    void onTimeout();

    void handle(const ImapResponse& response);
    void handleGreeting(const ImapResponse& response);
    void noteCapabilities(const ImapResponse& response);
    void requestCapabilities(std::function<void()> then);
    void afterCapabilities();
    void startTls();
    void authenticate();

    ImapSettings m_settings;
    QSslSocket* m_socket = nullptr;
    ImapResponseReader m_reader;
    Phase m_phase = Phase::Closed;
    QTimer m_timer;
    QTimer m_sessionTimer;
    QSet<QByteArray> m_capabilities;
    bool m_encrypted = false;
    bool m_startTlsNow = false;
    bool m_loggingOut = false;
    bool m_used = false;
    bool m_authenticated = false;
    QString m_tlsErrors;
    QString m_failure;
    int m_nextTag = 1;
    QByteArray m_currentTag;
    std::optional<Command> m_current;
    std::deque<Command> m_queue;
    std::function<void(Status)> m_openDone;
};

} // namespace outreach::imap
