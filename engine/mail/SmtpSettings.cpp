#include "SmtpSettings.h"

#include "mail/HeaderEncoding.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QHostInfo>
#include <QSslCertificate>
#include <QSslSocket>

#include <algorithm>

namespace outreach::mail {

namespace {

Error fail(const QString& field, const QString& reason) {
    return Error::badInput(field, field + QStringLiteral(": ") + reason);
}

// RFC 5321 4.1.1.1: a domain name or an address literal; nothing that could end the command.
bool validEhloName(const QString& name) {
    if (name.isEmpty() || name.size() > 255)
        return false;
    if (name.startsWith(QLatin1Char('[')) && name.endsWith(QLatin1Char(']'))) {
        QString inner = name.mid(1, name.size() - 2);
        if (inner.startsWith(QLatin1String("IPv6:"), Qt::CaseInsensitive))
            inner = inner.mid(5);
        return !QHostAddress(inner).isNull();
    }
    for (const QString& label : name.split(QLatin1Char('.'))) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(QLatin1Char('-')) ||
            label.endsWith(QLatin1Char('-')))
            return false;
        for (const QChar c : label) {
            const char16_t u = c.unicode();
            if (!((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
                  u == '-'))
                return false;
        }
    }
    return true;
}

} // namespace

Status SmtpSettings::validate() const {
    if (host.trimmed().isEmpty())
        return fail(QStringLiteral("host"), QStringLiteral("is empty"));
    if (!HeaderEncoding::controlCharacterProblem(host).isEmpty() || host.contains(QLatin1Char(' ')))
        return fail(QStringLiteral("host"), QStringLiteral("'%1' is not a host name").arg(host));
    if (port == 0)
        return fail(QStringLiteral("port"), QStringLiteral("must be between 1 and 65535"));
    if (!ehloName.isEmpty() && !validEhloName(ehloName))
        return fail(QStringLiteral("ehloName"),
                    QStringLiteral("'%1' is not a domain name or address literal")
                        .arg(QString(ehloName)
                                 .replace(QLatin1Char('\r'), QLatin1String("\\r"))
                                 .replace(QLatin1Char('\n'), QLatin1String("\\n"))));
    if (!username.isEmpty() && security == Security::None && !allowPlaintextAuth)
        return fail(QStringLiteral("security"),
                    QStringLiteral("a password would be sent unencrypted; use starttls or tls, "
                                   "or allow plaintext authentication explicitly"));
    if (!caCertificatePath.isEmpty()) {
        if (!QFileInfo(caCertificatePath).isReadable())
            return fail(QStringLiteral("caCertificate"),
                        QStringLiteral("cannot read '%1'").arg(caCertificatePath));
        if (QSslCertificate::fromPath(caCertificatePath, QSsl::Pem).isEmpty())
            return fail(QStringLiteral("caCertificate"),
                        QStringLiteral("'%1' holds no PEM certificate").arg(caCertificatePath));
    }
    const int all[] = {timeouts.connectMs, timeouts.greetingMs, timeouts.commandMs,
                       timeouts.dataEndMs, timeouts.idleMs};
    for (const int t : all) {
        if (t <= 0)
            return fail(QStringLiteral("timeouts"), QStringLiteral("must be positive"));
    }
    return Status::success();
}

QSslConfiguration SmtpSettings::sslConfiguration() const {
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!caCertificatePath.isEmpty())
        tls.addCaCertificates(caCertificatePath);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return tls;
}

bool SmtpSettings::accepts(const QList<QSslError>& errors) const {
    if (!trustSelfSigned)
        return false;
    return std::all_of(errors.cbegin(), errors.cend(), [](const QSslError& e) {
        return e.error() == QSslError::SelfSignedCertificate ||
               e.error() == QSslError::SelfSignedCertificateInChain;
    });
}

QString SmtpSettings::effectiveEhloName() const {
    if (!ehloName.isEmpty())
        return ehloName;
    const QString local = QHostInfo::localHostName();
    return validEhloName(local) ? local : QStringLiteral("localhost");
}

Result<SmtpSettings::Security> SmtpSettings::parseSecurity(const QString& field,
                                                           const QString& text) {
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("none"))
        return Security::None;
    if (t == QLatin1String("starttls"))
        return Security::StartTls;
    if (t == QLatin1String("tls") || t == QLatin1String("implicit") || t == QLatin1String("ssl"))
        return Security::Implicit;
    return Error::badInput(field, field + QStringLiteral(": '%1' is not one of none, starttls, "
                                                         "tls")
                                              .arg(text));
}

QString SmtpSettings::securityName(Security security) {
    switch (security) {
    case Security::None:
        return QStringLiteral("none");
    case Security::StartTls:
        return QStringLiteral("starttls");
    case Security::Implicit:
        return QStringLiteral("tls");
    }
    return {};
}

} // namespace outreach::mail
