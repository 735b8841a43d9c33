#include "model/SenderAccount.h"

#include "core/TimeFormat.h"

namespace outreach {

QJsonObject SenderAccount::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("userId"), userId},
            {QStringLiteral("fromName"), fromName},
            {QStringLiteral("fromAddress"), fromAddress},
            {QStringLiteral("smtpHost"), smtpHost},
            {QStringLiteral("smtpPort"), smtpPort},
            {QStringLiteral("tlsMode"), tlsMode},
            {QStringLiteral("smtpUsername"), smtpUsername},
            {QStringLiteral("passwordEnv"), passwordEnv},
            {QStringLiteral("secretInKeychain"), secretInKeychain},
            {QStringLiteral("allowPlaintextAuth"), allowPlaintextAuth},
            {QStringLiteral("trustSelfSigned"), trustSelfSigned},
            {QStringLiteral("dailyCap"), dailyCap},
            {QStringLiteral("postalAddress"), postalAddress},
            {QStringLiteral("createdAt"), TimeFormat::isoUtc(createdAt)}};
}

} // namespace outreach
