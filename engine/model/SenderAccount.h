#pragma once

#include <QJsonObject>
#include <QString>

namespace outreach {

// An SMTP account a user sends from. The password is not here: it lives in the OS keychain,
// or, on a headless server, in the environment variable named by passwordEnv.
struct SenderAccount {
    qint64 id = 0;
    qint64 userId = 0;
    QString fromName{};
    QString fromAddress{};
    QString smtpHost{};
    int smtpPort = 587;
    QString tlsMode = QStringLiteral("starttls"); // none | starttls | implicit
    QString smtpUsername{};
    QString passwordEnv{};
    bool secretInKeychain = false;
    bool allowPlaintextAuth = false;
    bool trustSelfSigned = false;
    int dailyCap = 500;
    QString postalAddress{};
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    QJsonObject toJson() const; // never contains a secret: there is none to contain
    QString keychainKey() const { return QStringLiteral("sender/%1").arg(id); }
};

} // namespace outreach
