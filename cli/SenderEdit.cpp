#include "cli/SenderEdit.h"

#include "admin/SenderAccountSetup.h"
#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "mail/EmailAddress.h"
#include "mail/SmtpUrl.h"
#include "store/AdminOwnershipRepository.h"
#include "store/UserScope.h"

#include <QProcessEnvironment>

namespace outreach::cli {

Status runSenderEdit(CliContext& context, CommandLine& line) {
    Result<qint64> senderId = line.takeId(QStringLiteral("sender"));
    if (!senderId)
        return senderId.error();
    if (Status ok = line.expectOnly({QStringLiteral("from"), QStringLiteral("smtp"),
                                     QStringLiteral("password-env"), QStringLiteral("daily-cap"),
                                     QStringLiteral("postal-address"), QStringLiteral("reason")},
                                    QStringLiteral("senders edit"));
        !ok)
        return ok;
    Result<const Database*> db = context.database();
    if (!db)
        return db.error();
    Result<qint64> owner = AdminOwnershipRepository(**db).ownerOfSender(*senderId);
    if (!owner)
        return owner.error();
    Result<UserScope> scope = UserScope::open(**db, context.clock(), *owner);
    if (!scope)
        return scope.error();
    Result<SenderAccount> current = scope->senders().find(*senderId);
    if (!current)
        return current.error();
    SenderAccount changed = *current;

    if (std::optional<QString> fromText = line.option(QStringLiteral("from"))) {
        Result<mail::EmailAddress> from =
            mail::EmailAddress::parse(QStringLiteral("from"), *fromText);
        if (!from)
            return from.error();
        changed.fromName = from->displayName();
        changed.fromAddress = from->addrSpec();
    }
    if (std::optional<QString> smtpText = line.option(QStringLiteral("smtp"))) {
        Result<mail::SmtpUrl> smtp = mail::SmtpUrl::parse(QStringLiteral("smtp"), *smtpText);
        if (!smtp)
            return smtp.error();
        changed.smtpHost = smtp->host;
        changed.smtpPort = smtp->port;
        changed.tlsMode = smtp->tlsMode;
        changed.smtpUsername = smtp->username;
    }
    std::optional<QString> password;
    if (std::optional<QString> env = line.option(QStringLiteral("password-env"))) {
        if (Status ok = SenderAccountSetup::checkEnvName(QStringLiteral("password-env"),
                                                         QStringLiteral("--password-env"), *env);
            !ok)
            return ok;
        changed.passwordEnv = *env;
        const auto system = QProcessEnvironment::systemEnvironment();
        if (system.contains(*env))
            password = system.value(*env);
    }
    Result<int> cap = line.intOption(QStringLiteral("daily-cap"), changed.dailyCap);
    if (!cap)
        return cap.error();
    changed.dailyCap = *cap;
    changed.postalAddress =
        line.option(QStringLiteral("postal-address")).value_or(changed.postalAddress);

    Result<SenderAccountSetup::Saved> saved =
        SenderAccountSetup::update(**db, context.clock(), changed, password,
                                   line.option(QStringLiteral("reason")).value_or(QString()));
    if (!saved)
        return saved.error();
    const SenderAccount& stored = saved->account;
    context.print(stored.toJson(), QStringLiteral("sender %1: %2 via %3:%4 (%5)")
                                       .arg(stored.id)
                                       .arg(stored.fromAddress, stored.smtpHost)
                                       .arg(stored.smtpPort)
                                       .arg(stored.tlsMode));
    return Status::success();
}

} // namespace outreach::cli
