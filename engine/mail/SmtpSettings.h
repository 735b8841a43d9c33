#pragma once

#include "core/Result.h"

#include <QList>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>

namespace outreach::mail {

// Every wait in an SMTP session is bounded. Defaults follow RFC 5321 4.5.3.2 loosely: long
// enough for a busy server, short enough that a stalled one cannot hold a run for long.
struct SmtpTimeouts {
    int connectMs = 30'000;  // TCP connect and TLS handshakes
    int greetingMs = 60'000; // the 220 banner
    int commandMs = 60'000;  // EHLO, STARTTLS, AUTH, RSET, MAIL, RCPT, DATA, QUIT
    int dataEndMs = 180'000; // the reply after the message's final "."
    int idleMs = 30'000;     // an idle connection is closed with QUIT after this long
};

// How to reach one sender account's SMTP server. The password comes from the keychain at
// run time and is never stored or logged from here.
struct SmtpSettings {
    enum class Security {
        None,     // plain TCP; AUTH refused unless allowPlaintextAuth
        StartTls, // plain connect, then STARTTLS, required (no silent downgrade)
        Implicit  // TLS from the first byte (usually port 465)
    };

    QString host;
    quint16 port = 587;
    Security security = Security::StartTls;
    QString username; // empty: no AUTH
    QString password;
    bool allowPlaintextAuth = false;
    // Accept a self-signed server certificate (host name still checked). For a private relay
    // only; prefer caCertificatePath, which trusts one CA instead of any self-signed cert.
    bool trustSelfSigned = false;
    QString caCertificatePath; // PEM file with extra CA certificates to trust
    QString ehloName;          // empty: this machine's host name, if it is a valid one
    SmtpTimeouts timeouts;

    // Checks everything that can be checked without connecting; errors name the field.
    Status validate() const;
    // The name sent with EHLO: ehloName, else the local host name, else "localhost".
    QString effectiveEhloName() const;

    // Verification on, system CAs plus caCertificatePath.
    QSslConfiguration sslConfiguration() const;
    // Whether certificate errors may be ignored: only self-signed ones, only when trusted.
    bool accepts(const QList<QSslError>& errors) const;

    static Result<Security> parseSecurity(const QString& field, const QString& text);
    static QString securityName(Security security); // "none", "starttls", "tls"
};

} // namespace outreach::mail
