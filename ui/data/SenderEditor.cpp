#include "data/SenderEditor.h"

#include "admin/ImapAccountSetup.h"
#include "admin/ImapConnectionTest.h"
#include "admin/SenderAccountSetup.h"
#include "admin/SenderTestSend.h"
#include "store/UserScope.h"

namespace outreach::ui {
namespace {

std::optional<QString> given(const QString& secret) {
    return secret.isEmpty() ? std::nullopt : std::optional<QString>(secret);
}

QString secretNote(SecretPlacement placement, const QString& env, bool smtpFallback) {
    switch (placement) {
    case SecretPlacement::Keychain:
        return SenderEditor::tr("the password is in the keychain");
    case SecretPlacement::Environment:
        return SenderEditor::tr("the password is read from $%1 when needed").arg(env);
    case SecretPlacement::None:
        break;
    }
    return smtpFallback ? SenderEditor::tr("the login uses the account's SMTP password")
                        : SenderEditor::tr("no password stored");
}

} // namespace

SenderEditor::SenderEditor(const Database& database, const Clock& clock, QObject* parent)
    : QObject(parent), m_database(database), m_clock(clock) {
    registerSettingsMetaTypes();
}

void SenderEditor::load(quint64 token, qint64 userId) {
    Result<UserScope> scope = UserScope::open(m_database, m_clock, userId);
    if (!scope)
        return Q_EMIT failed(token, scope.error().message);
    Result<QList<SenderAccount>> senders = scope->senders().list();
    if (!senders)
        return Q_EMIT failed(token, senders.error().message);
    Result<QList<ImapAccount>> mailboxes = scope->imapAccounts().list();
    if (!mailboxes)
        return Q_EMIT failed(token, mailboxes.error().message);
    Q_EMIT loaded(token, userId, *senders, *mailboxes);
}

void SenderEditor::save(quint64 token, qint64 userId, const SenderAccount& draft,
                        const QString& password, const QString& reason) {
    Result<SenderAccountSetup::Saved> saved =
        draft.id == 0
            ? SenderAccountSetup::add(m_database, m_clock, userId, draft, given(password))
            : SenderAccountSetup::update(m_database, m_clock, draft, given(password), reason);
    if (!saved)
        return Q_EMIT failed(token, saved.error().message);
    // A password typed but not stored (the keychain refused it) must not go unnoticed.
    if (!password.isEmpty() && saved->secret != SecretPlacement::Keychain)
        return Q_EMIT failed(token, tr("Sender %1 was saved, but the keychain did not take the "
                                       "password; name an environment variable that holds it.")
                                        .arg(saved->account.id));
    Q_EMIT done(token, tr("Sender %1 (%2) saved; %3.")
                           .arg(saved->account.id)
                           .arg(saved->account.fromAddress,
                                secretNote(saved->secret, saved->account.passwordEnv, false)));
}

void SenderEditor::saveImap(quint64 token, const ImapAccount& draft, const QString& password,
                            const QString& reason) {
    if (Status valid = ImapAccountSetup::validate(draft); !valid)
        return Q_EMIT failed(token, valid.error().message);
    Result<ImapAccountSetup::Saved> saved =
        ImapAccountSetup::save(m_database, m_clock, draft, given(password), reason);
    if (!saved)
        return Q_EMIT failed(token, saved.error().message);
    if (!password.isEmpty() && saved->secret != SecretPlacement::Keychain)
        return Q_EMIT failed(token, tr("The mailbox was saved, but the keychain did not take "
                                       "the password; name an environment variable that holds "
                                       "it."));
    Q_EMIT done(token, tr("Mailbox %1 on %2:%3 saved for sender %4; %5.")
                           .arg(saved->account.mailbox, saved->account.host)
                           .arg(saved->account.port)
                           .arg(saved->account.senderAccountId)
                           .arg(secretNote(saved->secret, saved->account.passwordEnv,
                                           saved->account.useSmtpSecret)));
}

void SenderEditor::removeImap(quint64 token, qint64 senderId, const QString& reason) {
    if (Status removed = ImapAccountSetup::remove(m_database, m_clock, senderId, reason); !removed)
        return Q_EMIT failed(token, removed.error().message);
    Q_EMIT done(token, tr("Sender %1 has no IMAP mailbox any more; replies to it are no longer "
                          "checked.")
                           .arg(senderId));
}

void SenderEditor::testSend(quint64 token, qint64 senderId, const QString& to,
                            const QString& reason) {
    Result<mail::EmailAddress> address = mail::EmailAddress::parse(QStringLiteral("to"), to);
    if (!address)
        return Q_EMIT failed(token, address.error().message);
    Result<SenderTestSend::Outcome> sent =
        SenderTestSend::run(m_database, m_clock, senderId, *address, reason);
    if (!sent)
        return Q_EMIT failed(token, sent.error().message);
    Q_EMIT done(token,
                tr("Test email to %1 sent; the server answered: %2").arg(sent->to, sent->reply));
}

void SenderEditor::testImap(quint64 token, qint64 senderId, const QString& reason) {
    Result<ImapConnectionTest::Outcome> tested =
        ImapConnectionTest::run(m_database, m_clock, senderId, reason);
    if (!tested)
        return Q_EMIT failed(token, tested.error().message);
    if (!tested->ok())
        return Q_EMIT failed(
            token, tr("IMAP test of sender %1 failed: %2").arg(senderId).arg(tested->error));
    const ImapAccount& account = tested->account;
    Q_EMIT done(token, tr("Logged in to %1:%2 as %3 (%4); mailbox %5 has %n message(s).", nullptr,
                          int(tested->probe->mailbox.exists))
                           .arg(account.host)
                           .arg(account.port)
                           .arg(account.username,
                                tested->probe->encrypted ? tr("encrypted") : tr("unencrypted"),
                                account.mailbox));
}

} // namespace outreach::ui
