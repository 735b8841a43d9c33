#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace outreach {

// The IMAP mailbox of a sender account, read by the reply checker for replies, bounces and
// unsubscribes. Like SenderAccount it holds no secret: the password is in the keychain, in
// the environment variable passwordEnv, or (useSmtpSecret) it is the account's SMTP password.
struct ImapAccount {
    qint64 senderAccountId = 0;
    qint64 userId = 0;
    QString host{};
    int port = 993;
    QString tlsMode = QStringLiteral("implicit"); // none | starttls | implicit
    QString username{};
    QString passwordEnv{};
    bool secretInKeychain = false;
    bool useSmtpSecret = false;
    bool allowPlaintextAuth = false;
    bool trustSelfSigned = false;
    QString caCertificatePath{};
    QString mailbox = QStringLiteral("INBOX");
    bool enabled = true;
    std::optional<qint64> lastCheckedAt{};
    QString lastError{};
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    QJsonObject toJson() const; // never contains a secret: there is none to contain
    QString keychainKey() const { return QStringLiteral("sender/%1/imap").arg(senderAccountId); }
    static bool isValidTlsMode(const QString& mode);
};

// How far one mailbox has been read (see imap_mailbox_state).
struct ImapMailboxState {
    quint32 uidValidity = 0;
    quint32 lastSeenUid = 0;
};

} // namespace outreach
