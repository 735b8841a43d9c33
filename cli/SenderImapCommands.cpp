#include "cli/SenderImapCommands.h"

#include "store/AuditedChange.h"
#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "cli/ImapUrl.h"
#include "core/SecretStore.h"
#include "imap/ImapProbe.h"
#include "replies/ImapAccountSettings.h"
#include "store/AdminOwnershipRepository.h"
#include "store/UserScope.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QRegularExpression>

namespace outreach::cli {
namespace {

QString compact(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// The scope of the user who owns sender `senderId` (NotFound, field "sender", for none).
Result<UserScope> ownerScope(CliContext& context, const Database& db, qint64 senderId) {
    Result<qint64> owner = AdminOwnershipRepository(db).ownerOfSender(senderId);
    if (!owner)
        return owner.error();
    return UserScope::open(db, context.clock(), *owner);
}

} // namespace

Status runSenderImap(CliContext& context, CommandLine& line) {
    Result<qint64> senderId = line.takeId(QStringLiteral("sender"));
    if (!senderId)
        return senderId.error();
    if (Status ok = line.expectOnly({QStringLiteral("imap"), QStringLiteral("password-env"),
                                     QStringLiteral("mailbox"), QStringLiteral("ca-cert"),
                                     QStringLiteral("trust-self-signed"),
                                     QStringLiteral("allow-plaintext-auth"),
                                     QStringLiteral("disabled"), QStringLiteral("reason")},
                                    QStringLiteral("senders imap"));
        !ok)
        return ok;
    Result<QString> urlText = line.requiredOption(QStringLiteral("imap"));
    if (!urlText)
        return urlText.error();
    Result<ImapUrl> url = ImapUrl::parse(QStringLiteral("imap"), *urlText);
    if (!url)
        return url.error();
    const QString passwordEnv = line.option(QStringLiteral("password-env")).value_or(QString());
    static const QRegularExpression envName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (!passwordEnv.isEmpty() && !envName.match(passwordEnv).hasMatch())
        return Error::badInput(QStringLiteral("password-env"),
                               QStringLiteral("--password-env: '%1' is not an environment "
                                              "variable name")
                                   .arg(passwordEnv));

    ImapAccount draft;
    draft.senderAccountId = *senderId;
    draft.host = url->host;
    draft.port = url->port;
    draft.tlsMode = url->tlsMode;
    draft.username = url->username;
    draft.mailbox = line.option(QStringLiteral("mailbox")).value_or(url->mailbox);
    draft.passwordEnv = passwordEnv;
    draft.useSmtpSecret = passwordEnv.isEmpty();
    draft.caCertificatePath = line.option(QStringLiteral("ca-cert")).value_or(QString());
    draft.trustSelfSigned = line.flag(QStringLiteral("trust-self-signed"));
    draft.allowPlaintextAuth = line.flag(QStringLiteral("allow-plaintext-auth"));
    draft.enabled = !line.flag(QStringLiteral("disabled"));
    if (draft.mailbox.trimmed().isEmpty() ||
        draft.mailbox.contains(QRegularExpression(QStringLiteral("[\\x00-\\x1f\\x7f]"))))
        return Error::badInput(
            QStringLiteral("mailbox"),
            QStringLiteral("--mailbox: '%1' is not a mailbox name").arg(draft.mailbox));

    // Everything checkable without connecting, with the errors naming the option.
    imap::ImapSettings check;
    check.host = draft.host;
    check.port = quint16(draft.port);
    check.security = *imap::ImapSettings::parseSecurity(QStringLiteral("imap"), draft.tlsMode);
    check.username = draft.username;
    check.allowPlaintextAuth = draft.allowPlaintextAuth;
    check.caCertificatePath = draft.caCertificatePath;
    if (Status valid = check.validate(); !valid) {
        if (valid.error().field == QLatin1String("caCertificate"))
            return Error::badInput(QStringLiteral("ca-cert"),
                                   QStringLiteral("--ca-cert: ") +
                                       valid.error().message.section(QStringLiteral(": "), 1));
        return Error::badInput(QStringLiteral("imap"),
                               QStringLiteral("--imap: ") + valid.error().message);
    }

    Result<const Database*> db = context.database();
    if (!db)
        return db.error();
    Result<UserScope> scope = ownerScope(context, **db, *senderId);
    if (!scope)
        return scope.error();
    ImapAccount saved;
    AuditEntry entry{.action = QStringLiteral("sender.imap"),
                     .targetType = QStringLiteral("sender"),
                     .targetId = QString::number(*senderId),
                     .userId = scope->userId(),
                     .reason = line.option(QStringLiteral("reason")).value_or(QString())};
    Status done = runAudited(**db, context.clock(), entry, [&](AuditEntry& audit) -> Status {
        Result<ImapAccount> stored = scope->imapAccounts().save(draft);
        if (!stored)
            return stored.error();
        saved = *stored;
        audit.details = compact(saved.toJson());
        return Status::success();
    });
    if (!done)
        return done;

    // Like the SMTP password: into the keychain when there is one, else read from the
    // environment variable at check time. Never into the database.
    QString secretNote = QStringLiteral("password: the account's SMTP password");
    if (!passwordEnv.isEmpty()) {
        secretNote = QStringLiteral("password read from $%1 at check time").arg(passwordEnv);
        const auto env = QProcessEnvironment::systemEnvironment();
        if (env.contains(passwordEnv)) {
            Result<bool> stored =
                SecretStore::storeInKeychain(saved.keychainKey(), env.value(passwordEnv));
            if (stored && *stored) {
                if (Status marked = scope->imapAccounts().setSecretInKeychain(*senderId, true);
                    !marked)
                    return marked;
                saved.secretInKeychain = true;
                secretNote = QStringLiteral("password stored in the keychain");
            }
        }
    }
    context.print(saved.toJson(),
                  QStringLiteral("sender %1: IMAP %2:%3 (%4) as %5, mailbox %6%7, "
                                 "%8")
                      .arg(*senderId)
                      .arg(saved.host)
                      .arg(saved.port)
                      .arg(saved.tlsMode, saved.username, saved.mailbox,
                           saved.enabled ? QString() : QStringLiteral(" (disabled)"), secretNote));
    return Status::success();
}

Status runSenderImapTest(CliContext& context, CommandLine& line) {
    Result<qint64> senderId = line.takeId(QStringLiteral("sender"));
    if (!senderId)
        return senderId.error();
    if (Status ok =
            line.expectOnly({QStringLiteral("reason")}, QStringLiteral("senders imap-test"));
        !ok)
        return ok;
    Result<const Database*> db = context.database();
    if (!db)
        return db.error();
    Result<UserScope> scope = ownerScope(context, **db, *senderId);
    if (!scope)
        return scope.error();
    Result<ImapAccount> account = scope->imapAccounts().find(*senderId);
    if (!account)
        return account.error();

    Result<imap::ImapProbe::Outcome> probe = Error::runtime(QString());
    Result<imap::ImapSettings> settings = replies::ImapAccountSettings::build(*scope, *account);
    probe = settings ? imap::ImapProbe::run(*settings, account->mailbox)
                     : Result<imap::ImapProbe::Outcome>(settings.error());

    QJsonObject result{{QStringLiteral("senderId"), *senderId},
                       {QStringLiteral("host"), account->host},
                       {QStringLiteral("port"), account->port},
                       {QStringLiteral("mailbox"), account->mailbox},
                       {QStringLiteral("ok"), probe.ok()}};
    if (probe) {
        result.insert(QStringLiteral("encrypted"), probe->encrypted);
        result.insert(QStringLiteral("messages"), qint64(probe->mailbox.exists));
        result.insert(QStringLiteral("uidValidity"), qint64(probe->mailbox.uidValidity));
        result.insert(QStringLiteral("uidNext"), qint64(probe->mailbox.uidNext));
    } else {
        result.insert(QStringLiteral("error"), probe.error().message);
    }
    AuditEntry entry{.action = QStringLiteral("sender.imap-test"),
                     .targetType = QStringLiteral("sender"),
                     .targetId = QString::number(*senderId),
                     .userId = scope->userId(),
                     .reason = line.option(QStringLiteral("reason")).value_or(QString())};
    Status audited = runAudited(**db, context.clock(), entry, [&](AuditEntry& audit) -> Status {
        audit.details = compact(result);
        return Status::success();
    });
    if (!audited)
        return audited;
    if (!probe)
        return Error::runtime(QStringLiteral("IMAP test of sender %1 failed: %2")
                                  .arg(*senderId)
                                  .arg(probe.error().message));
    context.print(result,
                  QStringLiteral("sender %1: logged in to %2:%3 as %4 (%5); mailbox %6 "
                                 "has %7 messages, UIDVALIDITY %8, UIDNEXT %9")
                      .arg(*senderId)
                      .arg(account->host)
                      .arg(account->port)
                      .arg(account->username,
                           probe->encrypted ? QStringLiteral("TLS") : QStringLiteral("unencrypted"),
                           account->mailbox)
                      .arg(probe->mailbox.exists)
                      .arg(probe->mailbox.uidValidity)
                      .arg(probe->mailbox.uidNext));
    return Status::success();
}

} // namespace outreach::cli
