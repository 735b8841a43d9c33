#include "admin/ImapConnectionTest.h"

#include "replies/ImapAccountSettings.h"
#include "store/AdminOwnershipRepository.h"
#include "store/AuditedChange.h"
#include "store/UserScope.h"

#include <QJsonDocument>

namespace outreach {

Result<ImapConnectionTest::Outcome> ImapConnectionTest::run(const Database& database,
                                                            const Clock& clock, qint64 senderId,
                                                            const QString& reason) {
    Result<qint64> owner = AdminOwnershipRepository(database).ownerOfSender(senderId);
    if (!owner)
        return owner.error();
    Result<UserScope> scope = UserScope::open(database, clock, *owner);
    if (!scope)
        return scope.error();
    Result<ImapAccount> account = scope->imapAccounts().find(senderId);
    if (!account)
        return account.error();

    Result<imap::ImapProbe::Outcome> probe = Error::runtime(QString());
    Result<imap::ImapSettings> settings = replies::ImapAccountSettings::build(*scope, *account);
    probe = settings ? imap::ImapProbe::run(*settings, account->mailbox)
                     : Result<imap::ImapProbe::Outcome>(settings.error());

    Outcome outcome;
    outcome.account = *account;
    outcome.json = QJsonObject{{QStringLiteral("senderId"), senderId},
                               {QStringLiteral("host"), account->host},
                               {QStringLiteral("port"), account->port},
                               {QStringLiteral("mailbox"), account->mailbox},
                               {QStringLiteral("ok"), probe.ok()}};
    if (probe) {
        outcome.probe = *probe;
        outcome.json.insert(QStringLiteral("encrypted"), probe->encrypted);
        outcome.json.insert(QStringLiteral("messages"), qint64(probe->mailbox.exists));
        outcome.json.insert(QStringLiteral("uidValidity"), qint64(probe->mailbox.uidValidity));
        outcome.json.insert(QStringLiteral("uidNext"), qint64(probe->mailbox.uidNext));
    } else {
        outcome.error = probe.error().message;
        outcome.json.insert(QStringLiteral("error"), outcome.error);
    }
    AuditEntry entry{.action = QStringLiteral("sender.imap-test"),
                     .targetType = QStringLiteral("sender"),
                     .targetId = QString::number(senderId),
                     .userId = scope->userId(),
                     .reason = reason};
    Status audited = runAudited(database, clock, entry, [&](AuditEntry& audit) -> Status {
        audit.details =
            QString::fromUtf8(QJsonDocument(outcome.json).toJson(QJsonDocument::Compact));
        return Status::success();
    });
    if (!audited)
        return audited.error();
    return outcome;
}

} // namespace outreach
