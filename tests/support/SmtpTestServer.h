#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace outreach::test {

// A real SMTP server on loopback: tests/support/smtp_server.py (aiosmtpd) in its own process,
// with scripted failure modes (see the script's header). Messages it accepts land in a
// temporary folder as .eml files with a .json envelope beside each.
class SmtpTestServer {
public:
    SmtpTestServer();
    ~SmtpTestServer();

    // Starts the server with extra arguments and waits for its port; false and error() if not.
    bool start(const QStringList& arguments = {});
    void stop();

    quint16 port() const { return m_port; }
    const QString& error() const { return m_error; }
    QString outputDir() const;

    QStringList events();  // the server's event lines so far ("CONNECT 1", "AUTH bob ok", ...)
    int connectionCount(); // TCP connections the server accepted
    int eventCount(const QString& prefix);
    QList<QByteArray> messages() const;   // accepted messages, in arrival order
    QList<QJsonObject> envelopes() const; // {mail_from, rcpt_tos, connection, tls, auth}

    struct Certificate {
        QString certPath;
        QString keyPath;
    };
    // A self-signed certificate for localhost and 127.0.0.1, made with `openssl req -x509`.
    static std::optional<Certificate> makeCertificate(const QString& dir);

private:
    void readEvents();

    std::unique_ptr<QProcess> m_process;
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    QString m_error;
    QByteArray m_pending;
    QStringList m_events;
};

} // namespace outreach::test
