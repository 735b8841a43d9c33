#include "imap/ImapSettings.h"

#include "mail/HeaderEncoding.h"

#include <QFileInfo>
#include <QSslCertificate>
#include <QSslSocket>

#include <algorithm>

namespace outreach::imap {
namespace {

Error fail(const QString& field, const QString& reason) {
    return Error::badInput(field, field + QStringLiteral(": ") + reason);
}

bool hasLineBreakOrNul(const QString& text) {
    return text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n')) ||
           text.contains(QChar(0));
}

} // namespace

Status ImapSettings::validate() const {
    if (host.trimmed().isEmpty())
        return fail(QStringLiteral("host"), QStringLiteral("is empty"));
    if (!mail::HeaderEncoding::controlCharacterProblem(host).isEmpty() ||
        host.contains(QLatin1Char(' ')))
        return fail(QStringLiteral("host"), QStringLiteral("'%1' is not a host name").arg(host));
    if (port == 0)
        return fail(QStringLiteral("port"), QStringLiteral("must be between 1 and 65535"));
    if (username.isEmpty())
        return fail(QStringLiteral("username"), QStringLiteral("is empty"));
    // A line break would end the command early and let the rest run as a second command.
    if (hasLineBreakOrNul(username))
        return fail(QStringLiteral("username"), QStringLiteral("contains a line break or NUL"));
    if (hasLineBreakOrNul(password))
        return fail(QStringLiteral("password"), QStringLiteral("contains a line break or NUL"));
    if (security == Security::None && !allowPlaintextAuth)
        return fail(QStringLiteral("security"),
                    QStringLiteral("the password would be sent unencrypted; use starttls or "
                                   "implicit TLS, or allow plaintext authentication explicitly"));
    if (!caCertificatePath.isEmpty()) {
        if (!QFileInfo(caCertificatePath).isReadable())
            return fail(QStringLiteral("caCertificate"),
                        QStringLiteral("cannot read '%1'").arg(caCertificatePath));
        if (QSslCertificate::fromPath(caCertificatePath, QSsl::Pem).isEmpty())
            return fail(QStringLiteral("caCertificate"),
                        QStringLiteral("'%1' holds no PEM certificate").arg(caCertificatePath));
    }
    const int all[] = {timeouts.connectMs, timeouts.greetingMs, timeouts.commandMs,
                       timeouts.sessionMs};
    if (std::any_of(std::begin(all), std::end(all), [](int t) { return t <= 0; }))
        return fail(QStringLiteral("timeouts"), QStringLiteral("must be positive"));
    return Status::success();
}

QSslConfiguration ImapSettings::sslConfiguration() const {
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!caCertificatePath.isEmpty())
        tls.addCaCertificates(caCertificatePath);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return tls;
}

bool ImapSettings::accepts(const QList<QSslError>& errors) const {
    if (!trustSelfSigned)
        return false;
    return std::all_of(errors.cbegin(), errors.cend(), [](const QSslError& e) {
        return e.error() == QSslError::SelfSignedCertificate ||
               e.error() == QSslError::SelfSignedCertificateInChain;
    });
}

Result<ImapSettings::Security> ImapSettings::parseSecurity(const QString& field,
                                                           const QString& text) {
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("none"))
        return Security::None;
    if (t == QLatin1String("starttls"))
        return Security::StartTls;
    if (t == QLatin1String("implicit") || t == QLatin1String("tls") || t == QLatin1String("ssl"))
        return Security::Implicit;
    return Error::badInput(
        field, field + QStringLiteral(": '%1' is not one of none, starttls, implicit").arg(text));
}

QString ImapSettings::securityName(Security security) {
    switch (security) {
    case Security::None:
        return QStringLiteral("none");
    case Security::StartTls:
        return QStringLiteral("starttls");
    case Security::Implicit:
        return QStringLiteral("implicit");
    }
    return {};
}

} // namespace outreach::imap
