#include "model/ImapAccount.h"

#include "core/TimeFormat.h"

namespace outreach {

QJsonObject ImapAccount::toJson() const {
    return {{QStringLiteral("senderId"), senderAccountId},
            {QStringLiteral("userId"), userId},
            {QStringLiteral("host"), host},
            {QStringLiteral("port"), port},
            {QStringLiteral("tlsMode"), tlsMode},
            {QStringLiteral("username"), username},
            {QStringLiteral("passwordEnv"), passwordEnv},
            {QStringLiteral("secretInKeychain"), secretInKeychain},
            {QStringLiteral("useSmtpSecret"), useSmtpSecret},
            {QStringLiteral("allowPlaintextAuth"), allowPlaintextAuth},
            {QStringLiteral("trustSelfSigned"), trustSelfSigned},
            {QStringLiteral("caCertificate"), caCertificatePath},
            {QStringLiteral("mailbox"), mailbox},
            {QStringLiteral("enabled"), enabled},
            {QStringLiteral("lastCheckedAt"),
             lastCheckedAt ? QJsonValue(TimeFormat::isoUtc(*lastCheckedAt)) : QJsonValue()},
            {QStringLiteral("lastError"), lastError}};
}

bool ImapAccount::isValidTlsMode(const QString& mode) {
    return mode == QLatin1String("none") || mode == QLatin1String("starttls") ||
           mode == QLatin1String("implicit");
}

} // namespace outreach
