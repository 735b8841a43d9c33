#pragma once

#include "core/Result.h"
#include "imap/ImapResponse.h"

#include <QList>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>

namespace outreach::imap {

// Every wait in an IMAP session is bounded. `idleMs` is the longest silence while a reply is
// due (it restarts whenever bytes arrive, so a large fetch is not cut short); `sessionMs` caps
// the whole session, so a server that drips one byte at a time still cannot hold a run.
struct ImapTimeouts {
    int connectMs = 30'000; // TCP connect and TLS handshakes
    int greetingMs = 30'000;
    int commandMs = 60'000;
    int sessionMs = 10 * 60'000;
};

// How to reach one mailbox. The password comes from the keychain (or an environment variable)
// at run time and is never stored or logged from here.
struct ImapSettings {
    enum class Security {
        None,     // plain TCP; the password is refused unless allowPlaintextAuth
        StartTls, // plain connect, then STARTTLS, required (no silent downgrade)
        Implicit  // TLS from the first byte (usually port 993)
    };

    QString host;
    quint16 port = 993;
    Security security = Security::Implicit;
    QString username;
    QString password;
    bool allowPlaintextAuth = false;
    // Accept a self-signed certificate (host name still checked); prefer caCertificatePath.
    bool trustSelfSigned = false;
    QString caCertificatePath; // PEM file with extra CA certificates to trust
    ImapTimeouts timeouts;
    ImapLimits limits;

    // Checks everything that can be checked without connecting; errors name the field.
    Status validate() const;
    QSslConfiguration sslConfiguration() const;
    // Whether certificate errors may be ignored: only self-signed ones, only when trusted.
    bool accepts(const QList<QSslError>& errors) const;

    static Result<Security> parseSecurity(const QString& field, const QString& text);
    static QString securityName(Security security); // "none", "starttls", "implicit"
};

} // namespace outreach::imap
