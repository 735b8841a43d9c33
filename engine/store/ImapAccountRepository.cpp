#include "store/ImapAccountRepository.h"

#include "core/Clock.h"
#include "store/Database.h"
#include "store/Sql.h"

namespace outreach {

Result<QList<ImapAccount>> ImapAccountRepository::select(std::optional<qint64> senderId) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(*db, QStringLiteral("SELECT sender_account_id, user_id, host, port, tls_mode, "
                                  "username, password_env, secret_in_keychain, use_smtp_secret, "
                                  "allow_plaintext_auth, trust_self_signed, ca_certificate_path, "
                                  "mailbox, enabled, last_checked_at, last_error, created_at, "
                                  "updated_at FROM sender_imap WHERE user_id = :uid %1 "
                                  "ORDER BY sender_account_id")
                       .arg(senderId ? QStringLiteral("AND sender_account_id = :sid") : QString()));
    query.bindInt(QStringLiteral(":uid"), m_userId);
    if (senderId)
        query.bindInt(QStringLiteral(":sid"), *senderId);
    if (Status done = query.exec(); !done)
        return done.error();
    QList<ImapAccount> accounts;
    while (query.next()) {
        ImapAccount a;
        a.senderAccountId = query.integer(QStringLiteral("sender_account_id"));
        a.userId = query.integer(QStringLiteral("user_id"));
        a.host = query.text(QStringLiteral("host"));
        a.port = int(query.integer(QStringLiteral("port")));
        a.tlsMode = query.text(QStringLiteral("tls_mode"));
        a.username = query.text(QStringLiteral("username"));
        a.passwordEnv = query.text(QStringLiteral("password_env"));
        a.secretInKeychain = query.integer(QStringLiteral("secret_in_keychain")) != 0;
        a.useSmtpSecret = query.integer(QStringLiteral("use_smtp_secret")) != 0;
        a.allowPlaintextAuth = query.integer(QStringLiteral("allow_plaintext_auth")) != 0;
        a.trustSelfSigned = query.integer(QStringLiteral("trust_self_signed")) != 0;
        a.caCertificatePath = query.text(QStringLiteral("ca_certificate_path"));
        a.mailbox = query.text(QStringLiteral("mailbox"));
        a.enabled = query.integer(QStringLiteral("enabled")) != 0;
        a.lastCheckedAt = query.optionalInt(QStringLiteral("last_checked_at"));
        a.lastError = query.text(QStringLiteral("last_error"));
        a.createdAt = query.integer(QStringLiteral("created_at"));
        a.updatedAt = query.integer(QStringLiteral("updated_at"));
        accounts.append(a);
    }
    return accounts;
}

Result<ImapAccount> ImapAccountRepository::save(ImapAccount draft) const {
    if (!ImapAccount::isValidTlsMode(draft.tlsMode))
        return Error::badInput(
            QStringLiteral("tls"),
            QStringLiteral("tls: '%1' is not none, starttls or implicit").arg(draft.tlsMode));
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql owner(*db, QStringLiteral("SELECT 1 FROM sender_accounts WHERE id = :sid AND user_id = "
                                  ":uid"));
    owner.bindInt(QStringLiteral(":sid"), draft.senderAccountId)
        .bindInt(QStringLiteral(":uid"), m_userId);
    Result<std::optional<QVariant>> owned = owner.execScalar();
    if (!owned)
        return owned.error();
    if (!owned->has_value())
        return Error::notFound(QStringLiteral("sender"),
                               QStringLiteral("sender: no sender account with id %1 for user %2")
                                   .arg(draft.senderAccountId)
                                   .arg(m_userId));
    Result<QList<ImapAccount>> existing = select(draft.senderAccountId);
    if (!existing)
        return existing.error();
    const qint64 now = m_clock.nowMs();
    const bool update = !existing->isEmpty();
    const QString sql =
        update ? QStringLiteral(
                     "UPDATE sender_imap SET host = :host, port = :port, tls_mode = :tls, "
                     "username = :user, password_env = :env, secret_in_keychain = :keychain, "
                     "use_smtp_secret = :smtp, allow_plaintext_auth = :plain, trust_self_signed "
                     "= :selfsigned, ca_certificate_path = :ca, mailbox = :mailbox, enabled = "
                     ":enabled, updated_at = :now WHERE sender_account_id = :sid AND user_id = "
                     ":uid")
               : QStringLiteral(
                     "INSERT INTO sender_imap (sender_account_id, user_id, host, port, "
                     "tls_mode, username, password_env, secret_in_keychain, use_smtp_secret, "
                     "allow_plaintext_auth, trust_self_signed, ca_certificate_path, mailbox, "
                     "enabled, created_at, updated_at) VALUES (:sid, :uid, :host, :port, :tls, "
                     ":user, :env, :keychain, :smtp, :plain, :selfsigned, :ca, :mailbox, "
                     ":enabled, :now, :now2)");
    Sql write(*db, sql);
    write.bindInt(QStringLiteral(":sid"), draft.senderAccountId)
        .bindInt(QStringLiteral(":uid"), m_userId)
        .bindText(QStringLiteral(":host"), draft.host)
        .bindInt(QStringLiteral(":port"), draft.port)
        .bindText(QStringLiteral(":tls"), draft.tlsMode)
        .bindText(QStringLiteral(":user"), draft.username)
        .bindText(QStringLiteral(":env"), draft.passwordEnv)
        .bindInt(QStringLiteral(":keychain"), draft.secretInKeychain ? 1 : 0)
        .bindInt(QStringLiteral(":smtp"), draft.useSmtpSecret ? 1 : 0)
        .bindInt(QStringLiteral(":plain"), draft.allowPlaintextAuth ? 1 : 0)
        .bindInt(QStringLiteral(":selfsigned"), draft.trustSelfSigned ? 1 : 0)
        .bindText(QStringLiteral(":ca"), draft.caCertificatePath)
        .bindText(QStringLiteral(":mailbox"), draft.mailbox)
        .bindInt(QStringLiteral(":enabled"), draft.enabled ? 1 : 0)
        .bindInt(QStringLiteral(":now"), now);
    if (!update)
        write.bindInt(QStringLiteral(":now2"), now);
    if (Status done = write.exec(); !done)
        return done.error();
    if (update) {
        const ImapAccount& old = existing->first();
        if (old.host.compare(draft.host, Qt::CaseInsensitive) != 0 || old.port != draft.port ||
            old.username != draft.username || old.mailbox != draft.mailbox)
            if (Status forgotten = forgetMailboxState(draft.senderAccountId); !forgotten)
                return forgotten.error();
    }
    return find(draft.senderAccountId);
}

Result<ImapAccount> ImapAccountRepository::find(qint64 senderId) const {
    Result<QList<ImapAccount>> found = select(senderId);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(QStringLiteral("imap"),
                               QStringLiteral("imap: sender account %1 of user %2 has no IMAP "
                                              "mailbox; configure one with `senders imap`")
                                   .arg(senderId)
                                   .arg(m_userId));
    return found->first();
}

Result<QList<ImapAccount>> ImapAccountRepository::list() const {
    return select(std::nullopt);
}

Status ImapAccountRepository::setSecretInKeychain(qint64 senderId, bool stored) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql update(*db, QStringLiteral("UPDATE sender_imap SET secret_in_keychain = :stored, "
                                   "updated_at = :now WHERE sender_account_id = :sid AND user_id "
                                   "= :uid"));
    update.bindInt(QStringLiteral(":stored"), stored ? 1 : 0)
        .bindInt(QStringLiteral(":now"), m_clock.nowMs())
        .bindInt(QStringLiteral(":sid"), senderId)
        .bindInt(QStringLiteral(":uid"), m_userId);
    return update.exec();
}

Status ImapAccountRepository::recordCheck(qint64 senderId, const QString& error) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql update(*db, QStringLiteral("UPDATE sender_imap SET last_checked_at = :now, last_error = "
                                   ":error WHERE sender_account_id = :sid AND user_id = :uid"));
    update.bindInt(QStringLiteral(":now"), m_clock.nowMs())
        .bindText(QStringLiteral(":error"), error.left(1000))
        .bindInt(QStringLiteral(":sid"), senderId)
        .bindInt(QStringLiteral(":uid"), m_userId);
    return update.exec();
}

Result<std::optional<ImapMailboxState>>
ImapAccountRepository::mailboxState(qint64 senderId, const QString& mailbox) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(*db, QStringLiteral("SELECT uid_validity, last_seen_uid FROM imap_mailbox_state "
                                  "WHERE sender_account_id = :sid AND mailbox = :mailbox AND "
                                  "user_id = :uid"));
    query.bindInt(QStringLiteral(":sid"), senderId)
        .bindText(QStringLiteral(":mailbox"), mailbox)
        .bindInt(QStringLiteral(":uid"), m_userId);
    if (Status done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return std::optional<ImapMailboxState>();
    ImapMailboxState state;
    state.uidValidity = quint32(query.integer(QStringLiteral("uid_validity")));
    state.lastSeenUid = quint32(query.integer(QStringLiteral("last_seen_uid")));
    return std::optional<ImapMailboxState>(state);
}

Status ImapAccountRepository::saveMailboxState(qint64 senderId, const QString& mailbox,
                                               const ImapMailboxState& state) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    const qint64 now = m_clock.nowMs();
    Sql update(*db, QStringLiteral("UPDATE imap_mailbox_state SET uid_validity = :v, "
                                   "last_seen_uid = :last, updated_at = :now WHERE "
                                   "sender_account_id = :sid AND mailbox = :mailbox AND user_id "
                                   "= :uid"));
    update.bindInt(QStringLiteral(":v"), state.uidValidity)
        .bindInt(QStringLiteral(":last"), state.lastSeenUid)
        .bindInt(QStringLiteral(":now"), now)
        .bindInt(QStringLiteral(":sid"), senderId)
        .bindText(QStringLiteral(":mailbox"), mailbox)
        .bindInt(QStringLiteral(":uid"), m_userId);
    if (Status done = update.exec(); !done)
        return done;
    if (update.rowsAffected() > 0)
        return Status::success();
    // The first save: only for a sender account of this user.
    Sql insert(*db, QStringLiteral("INSERT INTO imap_mailbox_state (sender_account_id, mailbox, "
                                   "user_id, uid_validity, last_seen_uid, updated_at) SELECT "
                                   "id, :mailbox, user_id, :v, :last, :now FROM sender_accounts "
                                   "WHERE id = :sid AND user_id = :uid"));
    insert.bindText(QStringLiteral(":mailbox"), mailbox)
        .bindInt(QStringLiteral(":v"), state.uidValidity)
        .bindInt(QStringLiteral(":last"), state.lastSeenUid)
        .bindInt(QStringLiteral(":now"), now)
        .bindInt(QStringLiteral(":sid"), senderId)
        .bindInt(QStringLiteral(":uid"), m_userId);
    return insert.exec();
}

Status ImapAccountRepository::remove(qint64 senderId) const {
    if (Result<ImapAccount> existing = find(senderId); !existing)
        return existing.error();
    if (Status forgotten = forgetMailboxState(senderId); !forgotten)
        return forgotten;
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql remove(*db, QStringLiteral("DELETE FROM sender_imap WHERE sender_account_id = :sid AND "
                                   "user_id = :uid"));
    remove.bindInt(QStringLiteral(":sid"), senderId).bindInt(QStringLiteral(":uid"), m_userId);
    return remove.exec();
}

Status ImapAccountRepository::forgetMailboxState(qint64 senderId) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql remove(*db, QStringLiteral("DELETE FROM imap_mailbox_state WHERE sender_account_id = "
                                   ":sid AND user_id = :uid"));
    remove.bindInt(QStringLiteral(":sid"), senderId).bindInt(QStringLiteral(":uid"), m_userId);
    return remove.exec();
}

} // namespace outreach
