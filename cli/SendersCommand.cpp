#include "cli/SendersCommand.h"

#include "admin/SenderAccountSetup.h"
#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "cli/SenderEdit.h"
#include "cli/SenderImapCommands.h"
#include "cli/SenderTest.h"
#include "cli/TextTable.h"
#include "cli/UserSelection.h"
#include "mail/EmailAddress.h"
#include "mail/SmtpUrl.h"
#include "store/UserScope.h"

#include <QHash>
#include <QJsonArray>
#include <QProcessEnvironment>

namespace outreach::cli {
namespace {

Status add(CliContext& context, CommandLine& line) {
    if (Status ok =
            line.expectOnly({QStringLiteral("user"), QStringLiteral("from"), QStringLiteral("smtp"),
                             QStringLiteral("password-env"), QStringLiteral("daily-cap"),
                             QStringLiteral("postal-address"), QStringLiteral("trust-self-signed"),
                             QStringLiteral("allow-plaintext-auth")},
                            QStringLiteral("senders add"));
        !ok)
        return ok;
    Result<QString> userText = line.requiredOption(QStringLiteral("user"));
    if (!userText)
        return userText.error();
    Result<qint64> userId = CommandLine::parseId(QStringLiteral("user"), *userText);
    if (!userId)
        return userId.error();
    Result<QString> fromText = line.requiredOption(QStringLiteral("from"));
    if (!fromText)
        return fromText.error();
    Result<mail::EmailAddress> from = mail::EmailAddress::parse(QStringLiteral("from"), *fromText);
    if (!from)
        return from.error();
    Result<QString> smtpText = line.requiredOption(QStringLiteral("smtp"));
    if (!smtpText)
        return smtpText.error();
    Result<mail::SmtpUrl> smtp = mail::SmtpUrl::parse(QStringLiteral("smtp"), *smtpText);
    if (!smtp)
        return smtp.error();
    const QString passwordEnv = line.option(QStringLiteral("password-env")).value_or(QString());
    if (!passwordEnv.isEmpty())
        if (Status ok = SenderAccountSetup::checkEnvName(
                QStringLiteral("password-env"), QStringLiteral("--password-env"), passwordEnv);
            !ok)
            return ok;
    Result<int> cap = line.intOption(QStringLiteral("daily-cap"), 500);
    if (!cap)
        return cap.error();

    SenderAccount draft;
    draft.fromName = from->displayName();
    draft.fromAddress = from->addrSpec();
    draft.smtpHost = smtp->host;
    draft.smtpPort = smtp->port;
    draft.tlsMode = smtp->tlsMode;
    draft.smtpUsername = smtp->username;
    draft.passwordEnv = passwordEnv;
    draft.dailyCap = *cap;
    draft.postalAddress = line.option(QStringLiteral("postal-address")).value_or(QString());
    draft.trustSelfSigned = line.flag(QStringLiteral("trust-self-signed"));
    draft.allowPlaintextAuth = line.flag(QStringLiteral("allow-plaintext-auth"));

    Result<const Database*> db = context.database();
    if (!db)
        return db.error();
    // The secret itself never touches the database: into the keychain when there is one,
    // otherwise it stays in the environment variable and is read there at send time.
    const auto env = QProcessEnvironment::systemEnvironment();
    std::optional<QString> password;
    if (!passwordEnv.isEmpty() && env.contains(passwordEnv))
        password = env.value(passwordEnv);
    Result<SenderAccountSetup::Saved> saved =
        SenderAccountSetup::add(**db, context.clock(), *userId, draft, password);
    if (!saved)
        return saved.error();
    const SenderAccount& created = saved->account;
    QString secretNote = QStringLiteral("no SMTP password");
    if (saved->secret == SecretPlacement::Keychain)
        secretNote = QStringLiteral("password stored in the keychain");
    else if (saved->secret == SecretPlacement::Environment)
        secretNote = QStringLiteral("password read from $%1 at send time").arg(passwordEnv);
    context.print(created.toJson(),
                  QStringLiteral("sender %1: %2 via %3:%4 (%5), %6")
                      .arg(created.id)
                      .arg(QString::fromLatin1(from->headerValue()), created.smtpHost)
                      .arg(created.smtpPort)
                      .arg(created.tlsMode, secretNote));
    return Status::success();
}

QString imapSummary(const ImapAccount* imap) {
    if (!imap)
        return QStringLiteral("-");
    QString text = QStringLiteral("%1:%2/%3").arg(imap->host).arg(imap->port).arg(imap->mailbox);
    if (!imap->enabled)
        return text + QStringLiteral(" (disabled)");
    if (!imap->lastError.isEmpty())
        return text + QStringLiteral(" (last check failed)");
    return text;
}

Status list(CliContext& context, CommandLine& line) {
    const std::optional<QString> userText = line.option(QStringLiteral("user"));
    if (Status ok = line.expectOnly({QStringLiteral("user")}, QStringLiteral("senders list")); !ok)
        return ok;
    Result<const Database*> db = context.database();
    if (!db)
        return db.error();
    Result<QList<qint64>> userIds = selectUsers(**db, context.clock(), userText);
    if (!userIds)
        return userIds.error();
    QJsonArray json;
    TextTable table({QStringLiteral("ID"), QStringLiteral("USER"), QStringLiteral("FROM"),
                     QStringLiteral("SMTP"), QStringLiteral("TLS"), QStringLiteral("SECRET"),
                     QStringLiteral("IMAP")});
    for (qint64 userId : *userIds) {
        Result<UserScope> scope = UserScope::open(**db, context.clock(), userId);
        if (!scope)
            return scope.error();
        Result<QList<SenderAccount>> senders = scope->senders().list();
        if (!senders)
            return senders.error();
        // The reply checker's mailboxes, by sender: shown so the admin sees which accounts
        // stop sequences on replies and whether their last check worked.
        Result<QList<ImapAccount>> mailboxes = scope->imapAccounts().list();
        if (!mailboxes)
            return mailboxes.error();
        QHash<qint64, ImapAccount> imapBySender;
        for (const ImapAccount& m : *mailboxes)
            imapBySender.insert(m.senderAccountId, m);
        for (const SenderAccount& s : *senders) {
            const auto imap = imapBySender.constFind(s.id);
            QJsonObject entry = s.toJson();
            entry.insert(QStringLiteral("imap"), imap == imapBySender.cend()
                                                     ? QJsonValue(QJsonValue::Null)
                                                     : QJsonValue(imap->toJson()));
            json.append(entry);
            table.addRow({QString::number(s.id), QString::number(s.userId),
                          s.fromName.isEmpty()
                              ? s.fromAddress
                              : QStringLiteral("%1 <%2>").arg(s.fromName, s.fromAddress),
                          QStringLiteral("%1:%2").arg(s.smtpHost).arg(s.smtpPort), s.tlsMode,
                          s.secretInKeychain        ? QStringLiteral("keychain")
                          : s.passwordEnv.isEmpty() ? QStringLiteral("none")
                                                    : QStringLiteral("$") + s.passwordEnv,
                          imapSummary(imap == imapBySender.cend() ? nullptr : &*imap)});
        }
    }
    context.print(json, table.render());
    return Status::success();
}

} // namespace

QString SendersCommand::usage() const {
    return QStringLiteral(
        "senders add --user ID --from \"Name <addr>\" --smtp "
        "smtp://[user@]host:port[?tls=none|starttls|implicit] | file:///folder\n"
        "            [--password-env VAR] [--daily-cap N] [--postal-address TEXT]\n"
        "            [--trust-self-signed] [--allow-plaintext-auth]\n"
        "senders edit ID [--from \"Name <addr>\"] [--smtp URL] [--password-env VAR]\n"
        "            [--daily-cap N] [--postal-address TEXT] [--reason R]\n"
        "senders list [--user ID]\n"
        "senders test ID --to ADDR [--reason R]\n"
        "senders imap ID --imap imaps://user@host[:993]\n"
        "            | imap://user@host[:143][?tls=starttls|none]\n"
        "            [--password-env VAR] [--mailbox NAME] [--ca-cert PEM] [--trust-self-signed]\n"
        "            [--allow-plaintext-auth] [--disabled] [--reason R]\n"
        "senders imap-test ID [--reason R]\n"
        "senders imap-remove ID [--reason R]\n");
}

Status SendersCommand::run(CliContext& context, CommandLine& line) {
    Result<QString> sub = line.takePositional(QStringLiteral("senders sub-command"));
    if (!sub)
        return sub.error();
    if (*sub == QLatin1String("add"))
        return add(context, line);
    if (*sub == QLatin1String("edit"))
        return runSenderEdit(context, line);
    if (*sub == QLatin1String("list"))
        return list(context, line);
    if (*sub == QLatin1String("test"))
        return runSenderTest(context, line);
    if (*sub == QLatin1String("imap"))
        return runSenderImap(context, line);
    if (*sub == QLatin1String("imap-test"))
        return runSenderImapTest(context, line);
    if (*sub == QLatin1String("imap-remove"))
        return runSenderImapRemove(context, line);
    return Error::badInput(
        QStringLiteral("senders sub-command"),
        QStringLiteral("unknown command 'senders %1'; expected add, edit, list, test, "
                       "imap, imap-test or imap-remove")
            .arg(*sub));
}

} // namespace outreach::cli
