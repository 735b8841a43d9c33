#include "admin/ImapAccountSetup.h"

#include "core/SecretStore.h"
#include "imap/ImapSettings.h"
#include "store/AdminOwnershipRepository.h"
#include "store/AuditedChange.h"
#include "store/UserScope.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace outreach {

Status ImapAccountSetup::validate(const ImapAccount& draft) {
    static const QRegularExpression control(QStringLiteral("[\\x00-\\x1f\\x7f]"));
    if (draft.mailbox.trimmed().isEmpty() || draft.mailbox.contains(control))
        return Error::badInput(
            QStringLiteral("mailbox"),
            QStringLiteral("mailbox: '%1' is not a mailbox name").arg(draft.mailbox));
    Result<imap::ImapSettings::Security> security =
        imap::ImapSettings::parseSecurity(QStringLiteral("tls"), draft.tlsMode);
    if (!security)
        return security.error();
    imap::ImapSettings check;
    check.host = draft.host;
    check.port = quint16(std::clamp(draft.port, 0, 65535));
    check.security = *security;
    check.username = draft.username;
    check.allowPlaintextAuth = draft.allowPlaintextAuth;
    check.caCertificatePath = draft.caCertificatePath;
    return check.validate();
}

Result<ImapAccountSetup::Saved> ImapAccountSetup::save(const Database& database, const Clock& clock,
                                                       ImapAccount draft,
                                                       const std::optional<QString>& password,
                                                       const QString& reason) {
    Result<qint64> owner = AdminOwnershipRepository(database).ownerOfSender(draft.senderAccountId);
    if (!owner)
        return owner.error();
    Result<UserScope> scope = UserScope::open(database, clock, *owner);
    if (!scope)
        return scope.error();
    ImapAccount saved;
    AuditEntry entry{.action = QStringLiteral("sender.imap"),
                     .targetType = QStringLiteral("sender"),
                     .targetId = QString::number(draft.senderAccountId),
                     .userId = scope->userId(),
                     .reason = reason};
    Status done = runAudited(database, clock, entry, [&](AuditEntry& audit) -> Status {
        Result<ImapAccount> stored = scope->imapAccounts().save(draft);
        if (!stored)
            return stored.error();
        saved = *stored;
        audit.details =
            QString::fromUtf8(QJsonDocument(saved.toJson()).toJson(QJsonDocument::Compact));
        return Status::success();
    });
    if (!done)
        return done.error();

    // Like the SMTP password: into the keychain when there is one, else read from the
    // environment variable at check time. Never into the database.
    Saved result{saved, saved.useSmtpSecret           ? SecretPlacement::None
                        : saved.passwordEnv.isEmpty() ? SecretPlacement::None
                                                      : SecretPlacement::Environment};
    if (!password)
        return result;
    Result<bool> stored = SecretStore::storeInKeychain(saved.keychainKey(), *password);
    if (stored && *stored) {
        if (Status marked = scope->imapAccounts().setSecretInKeychain(draft.senderAccountId, true);
            !marked)
            return marked.error();
        result.account.secretInKeychain = true;
        result.secret = SecretPlacement::Keychain;
    }
    return result;
}

Status ImapAccountSetup::remove(const Database& database, const Clock& clock, qint64 senderId,
                                const QString& reason) {
    Result<qint64> owner = AdminOwnershipRepository(database).ownerOfSender(senderId);
    if (!owner)
        return owner.error();
    Result<UserScope> scope = UserScope::open(database, clock, *owner);
    if (!scope)
        return scope.error();
    Result<ImapAccount> existing = scope->imapAccounts().find(senderId);
    if (!existing)
        return existing.error();
    AuditEntry entry{.action = QStringLiteral("sender.imap-remove"),
                     .targetType = QStringLiteral("sender"),
                     .targetId = QString::number(senderId),
                     .userId = *owner,
                     .reason = reason,
                     .details = QString::fromUtf8(
                         QJsonDocument(existing->toJson()).toJson(QJsonDocument::Compact))};
    Status done = runAudited(database, clock, entry, [&](AuditEntry&) -> Status {
        return scope->imapAccounts().remove(senderId);
    });
    if (!done)
        return done;
    if (existing->secretInKeychain)
        (void)SecretStore::removeFromKeychain(existing->keychainKey());
    return Status::success();
}

} // namespace outreach
