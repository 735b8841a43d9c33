#include "cli/SenderImapCommands.h"

#include "admin/ImapAccountSetup.h"
#include "admin/ImapConnectionTest.h"
#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "imap/ImapProbe.h"
#include "imap/ImapUrl.h"

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QRegularExpression>

namespace outreach::cli {
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
    Result<imap::ImapUrl> url = imap::ImapUrl::parse(QStringLiteral("imap"), *urlText);
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
    // Everything checkable without connecting, with the errors naming the option.
    if (Status valid = ImapAccountSetup::validate(draft); !valid) {
        if (valid.error().field == QLatin1String("mailbox"))
            return Error::badInput(QStringLiteral("mailbox"),
                                   QStringLiteral("--") + valid.error().message);
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
    const auto env = QProcessEnvironment::systemEnvironment();
    std::optional<QString> password;
    if (!passwordEnv.isEmpty() && env.contains(passwordEnv))
        password = env.value(passwordEnv);
    Result<ImapAccountSetup::Saved> done =
        ImapAccountSetup::save(**db, context.clock(), draft, password,
                               line.option(QStringLiteral("reason")).value_or(QString()));
    if (!done)
        return done.error();
    const ImapAccount& saved = done->account;
    QString secretNote = QStringLiteral("password: the account's SMTP password");
    if (done->secret == SecretPlacement::Keychain)
        secretNote = QStringLiteral("password stored in the keychain");
    else if (done->secret == SecretPlacement::Environment)
        secretNote = QStringLiteral("password read from $%1 at check time").arg(passwordEnv);
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
    Result<ImapConnectionTest::Outcome> tested =
        ImapConnectionTest::run(**db, context.clock(), *senderId,
                                line.option(QStringLiteral("reason")).value_or(QString()));
    if (!tested)
        return tested.error();
    const ImapAccount* account = &tested->account;
    const std::optional<imap::ImapProbe::Outcome>& probe = tested->probe;
    const QJsonObject& result = tested->json;
    if (!probe)
        return Error::runtime(
            QStringLiteral("IMAP test of sender %1 failed: %2").arg(*senderId).arg(tested->error));
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

Status runSenderImapRemove(CliContext& context, CommandLine& line) {
    Result<qint64> senderId = line.takeId(QStringLiteral("sender"));
    if (!senderId)
        return senderId.error();
    const QString reason = line.option(QStringLiteral("reason")).value_or(QString());
    if (Status ok =
            line.expectOnly({QStringLiteral("reason")}, QStringLiteral("senders imap-remove"));
        !ok)
        return ok;
    Result<const Database*> db = context.database();
    if (!db)
        return db.error();
    if (Status removed = ImapAccountSetup::remove(**db, context.clock(), *senderId, reason);
        !removed)
        return removed;
    context.print(QJsonObject{{QStringLiteral("senderId"), *senderId},
                              {QStringLiteral("imap"), QJsonValue(QJsonValue::Null)}},
                  QStringLiteral("sender %1: no IMAP mailbox any more").arg(*senderId));
    return Status::success();
}

} // namespace outreach::cli
