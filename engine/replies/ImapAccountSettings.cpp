#include "replies/ImapAccountSettings.h"

#include "core/SecretStore.h"

namespace outreach::replies {

Result<imap::ImapSettings> ImapAccountSettings::build(const UserScope& scope,
                                                      const ImapAccount& account,
                                                      const imap::ImapTimeouts& timeouts,
                                                      const imap::ImapLimits& limits) {
    imap::ImapSettings s;
    s.host = account.host;
    s.port = quint16(account.port);
    Result<imap::ImapSettings::Security> security =
        imap::ImapSettings::parseSecurity(QStringLiteral("tls"), account.tlsMode);
    if (!security)
        return security.error();
    s.security = *security;
    s.username = account.username;
    s.allowPlaintextAuth = account.allowPlaintextAuth;
    s.trustSelfSigned = account.trustSelfSigned;
    s.caCertificatePath = account.caCertificatePath;
    s.timeouts = timeouts;
    s.limits = limits;
    Result<QString> password = Error::runtime(QString());
    if (account.useSmtpSecret) {
        Result<SenderAccount> sender = scope.senders().find(account.senderAccountId);
        if (!sender)
            return sender.error();
        password = SecretStore::read(QStringLiteral("imap password"), sender->keychainKey(),
                                     sender->secretInKeychain, sender->passwordEnv);
    } else {
        password = SecretStore::read(QStringLiteral("imap password"), account.keychainKey(),
                                     account.secretInKeychain, account.passwordEnv);
    }
    if (!password)
        return password.error();
    s.password = *password;
    return s;
}

} // namespace outreach::replies
