#include "outbox/SenderTransports.h"

#include "core/SecretStore.h"
#include "mail/FileTransport.h"
#include "mail/SmtpPool.h"

#include <QCryptographicHash>
#include <QDir>
#include <QUrl>

namespace outreach {

using mail::MailTransport;
using mail::SmtpSettings;

SenderTransports::SenderTransports(const DeliveryPolicy& policy, QObject* parent)
    : QObject(parent), m_policy(policy) {}

bool SenderTransports::isFileHost(const QString& smtpHost) {
    return smtpHost.startsWith(QLatin1String("file:"), Qt::CaseInsensitive);
}

QString SenderTransports::fileDirectory(const QString& smtpHost) {
    const QUrl url(smtpHost, QUrl::StrictMode);
    if (!url.isValid() || !url.isLocalFile())
        return {};
    const QString dir = url.toLocalFile();
    return QDir::isAbsolutePath(dir) ? QDir::cleanPath(dir) : QString();
}

Result<SenderTransports::Sender> SenderTransports::resolve(const SenderAccount& account) {
    if (auto it = m_senders.constFind(account.id); it != m_senders.cend())
        return *it;
    const QString field = QStringLiteral("sender %1").arg(account.id);
    Result<mail::EmailAddress> from = mail::EmailAddress::parse(
        field + QStringLiteral(" from"),
        account.fromName.isEmpty()
            ? account.fromAddress
            : QStringLiteral("\"%1\" <%2>")
                  .arg(QString(account.fromName).replace(QLatin1Char('"'), QLatin1Char('\'')),
                       account.fromAddress));
    if (!from)
        return from.error();
    Sender sender{account, *from, nullptr};

    if (!m_policy.dryRunDirectory.isEmpty()) {
        sender.transport = transportFor(QStringLiteral("file:") + m_policy.dryRunDirectory, nullptr,
                                        m_policy.dryRunDirectory);
    } else if (isFileHost(account.smtpHost)) {
        const QString dir = fileDirectory(account.smtpHost);
        if (dir.isEmpty())
            return Error::badInput(field,
                                   QStringLiteral("%1: '%2' is not a file:///absolute/folder "
                                                  "URL")
                                       .arg(field, account.smtpHost));
        sender.transport = transportFor(QStringLiteral("file:") + dir, nullptr, dir);
    } else {
        SmtpSettings smtp;
        smtp.host = account.smtpHost;
        smtp.port = quint16(account.smtpPort);
        Result<SmtpSettings::Security> security =
            SmtpSettings::parseSecurity(field + QStringLiteral(" tls_mode"), account.tlsMode);
        if (!security)
            return security.error();
        smtp.security = *security;
        smtp.username = account.smtpUsername;
        if (!smtp.username.isEmpty()) {
            Result<QString> secret =
                SecretStore::read(field + QStringLiteral(" password"), account.keychainKey(),
                                  account.secretInKeychain, account.passwordEnv);
            if (!secret)
                return secret.error();
            smtp.password = *secret;
        }
        smtp.allowPlaintextAuth = account.allowPlaintextAuth;
        smtp.trustSelfSigned = account.trustSelfSigned;
        smtp.ehloName = m_policy.ehloName;
        smtp.timeouts = m_policy.timeouts;
        if (Status valid = smtp.validate(); !valid)
            return Error::badInput(field, field + QStringLiteral(": ") + valid.error().message);
        // Same server, same login, same TLS rules: one pool. The password is part of the key
        // only as a digest.
        const QByteArray secretDigest =
            QCryptographicHash::hash(smtp.password.toUtf8(), QCryptographicHash::Sha256).toHex();
        const QString key = QStringList{QStringLiteral("smtp"),
                                        smtp.host.toLower(),
                                        QString::number(smtp.port),
                                        SmtpSettings::securityName(smtp.security),
                                        smtp.username,
                                        QString::fromLatin1(secretDigest),
                                        QString::number(smtp.allowPlaintextAuth),
                                        QString::number(smtp.trustSelfSigned)}
                                .join(QLatin1Char('|'));
        sender.transport = transportFor(key, &smtp, {});
    }
    m_senders.insert(account.id, sender);
    return sender;
}

MailTransport* SenderTransports::transportFor(const QString& key, const SmtpSettings* smtp,
                                              const QString& directory) {
    if (MailTransport* existing = m_transports.value(key))
        return existing;
    MailTransport* transport = nullptr;
    if (smtp) {
        auto* pool = new mail::SmtpPool(*smtp, m_policy.connectionsPerServer, this);
        connect(pool, &mail::SmtpPool::connectionClosed, this, [this] {
            if (!anyConnected())
                emit closed();
        });
        transport = pool;
    } else {
        transport = new mail::FileTransport(directory, this);
    }
    connect(transport, &MailTransport::messageFinished, this, &SenderTransports::messageFinished);
    m_transports.insert(key, transport);
    return transport;
}

int SenderTransports::pendingCount() const {
    int total = 0;
    for (const MailTransport* t : m_transports)
        total += t->pendingCount();
    return total;
}

QList<qint64> SenderTransports::cancelQueued() {
    QList<qint64> ids;
    for (MailTransport* t : std::as_const(m_transports))
        ids += t->cancelQueued();
    return ids;
}

bool SenderTransports::anyConnected() const {
    for (const MailTransport* t : m_transports)
        if (const auto* pool = qobject_cast<const mail::SmtpPool*>(t); pool && pool->isConnected())
            return true;
    return false;
}

void SenderTransports::closeAll() {
    for (MailTransport* t : std::as_const(m_transports))
        t->close();
    if (!anyConnected())
        QMetaObject::invokeMethod(this, &SenderTransports::closed, Qt::QueuedConnection);
}

} // namespace outreach
