#include "admin/SenderAccountSetup.h"

#include "core/SecretStore.h"
#include "store/AdminOwnershipRepository.h"
#include "store/AuditedChange.h"
#include "store/UserScope.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace outreach {
namespace {

QString compact(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// After the row is stored: the secret goes to the keychain, and the row remembers that.
Result<SenderAccountSetup::Saved> placeSecret(const UserScope& scope, SenderAccount account,
                                              const std::optional<QString>& password) {
    SenderAccountSetup::Saved saved{account, account.secretInKeychain ? SecretPlacement::Keychain
                                             : account.passwordEnv.isEmpty()
                                                 ? SecretPlacement::None
                                                 : SecretPlacement::Environment};
    if (!password)
        return saved;
    Result<bool> stored = SecretStore::storeInKeychain(account.keychainKey(), *password);
    if (stored && *stored) {
        if (Status marked = scope.senders().setSecretInKeychain(account.id, true); !marked)
            return marked.error();
        saved.account.secretInKeychain = true;
        saved.secret = SecretPlacement::Keychain;
    }
    return saved;
}

} // namespace

Status SenderAccountSetup::checkEnvName(const QString& field, const QString& label,
                                        const QString& name) {
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (!pattern.match(name).hasMatch())
        return Error::badInput(
            field, QStringLiteral("%1: '%2' is not an environment variable name").arg(label, name));
    return Status::success();
}

Result<SenderAccountSetup::Saved> SenderAccountSetup::add(const Database& database,
                                                          const Clock& clock, qint64 userId,
                                                          SenderAccount draft,
                                                          const std::optional<QString>& password) {
    Result<UserScope> scope = UserScope::open(database, clock, userId);
    if (!scope)
        return scope.error();
    draft.secretInKeychain = false;
    SenderAccount created;
    AuditEntry entry{.action = QStringLiteral("sender.add"),
                     .targetType = QStringLiteral("sender"),
                     .userId = userId};
    Status done = runAudited(database, clock, entry, [&](AuditEntry& audit) -> Status {
        Result<SenderAccount> added = scope->senders().add(draft);
        if (!added)
            return added.error();
        created = *added;
        audit.targetId = QString::number(created.id);
        audit.details = compact(created.toJson());
        return Status::success();
    });
    if (!done)
        return done.error();
    return placeSecret(*scope, created, password);
}

Result<SenderAccountSetup::Saved> SenderAccountSetup::update(const Database& database,
                                                             const Clock& clock,
                                                             const SenderAccount& changed,
                                                             const std::optional<QString>& password,
                                                             const QString& reason) {
    Result<qint64> owner = AdminOwnershipRepository(database).ownerOfSender(changed.id);
    if (!owner)
        return owner.error();
    Result<UserScope> scope = UserScope::open(database, clock, *owner);
    if (!scope)
        return scope.error();
    SenderAccount stored;
    AuditEntry entry{.action = QStringLiteral("sender.edit"),
                     .targetType = QStringLiteral("sender"),
                     .targetId = QString::number(changed.id),
                     .userId = *owner,
                     .reason = reason};
    Status done = runAudited(database, clock, entry, [&](AuditEntry& audit) -> Status {
        Result<SenderAccount> updated = scope->senders().update(changed);
        if (!updated)
            return updated.error();
        stored = *updated;
        audit.details = compact(stored.toJson());
        return Status::success();
    });
    if (!done)
        return done.error();
    return placeSecret(*scope, stored, password);
}

} // namespace outreach
