#include "store/SenderAccountRepository.h"

#include "core/Clock.h"
#include "store/Database.h"
#include "store/Sql.h"

namespace outreach {

Result<QList<SenderAccount>> SenderAccountRepository::select(const QString& where,
                                                             std::optional<qint64> id) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(*db, QStringLiteral("SELECT id, user_id, from_name, from_address, smtp_host, "
                                  "smtp_port, tls_mode, smtp_username, password_env, "
                                  "secret_in_keychain, allow_plaintext_auth, trust_self_signed, "
                                  "daily_cap, postal_address, created_at, updated_at FROM "
                                  "sender_accounts WHERE user_id = :uid %1 ORDER BY id")
                       .arg(where));
    query.bindInt(QStringLiteral(":uid"), m_userId);
    if (id)
        query.bindInt(QStringLiteral(":id"), *id);
    if (Status done = query.exec(); !done)
        return done.error();
    QList<SenderAccount> accounts;
    while (query.next()) {
        SenderAccount a;
        a.id = query.integer(QStringLiteral("id"));
        a.userId = query.integer(QStringLiteral("user_id"));
        a.fromName = query.text(QStringLiteral("from_name"));
        a.fromAddress = query.text(QStringLiteral("from_address"));
        a.smtpHost = query.text(QStringLiteral("smtp_host"));
        a.smtpPort = int(query.integer(QStringLiteral("smtp_port")));
        a.tlsMode = query.text(QStringLiteral("tls_mode"));
        a.smtpUsername = query.text(QStringLiteral("smtp_username"));
        a.passwordEnv = query.text(QStringLiteral("password_env"));
        a.secretInKeychain = query.integer(QStringLiteral("secret_in_keychain")) != 0;
        a.allowPlaintextAuth = query.integer(QStringLiteral("allow_plaintext_auth")) != 0;
        a.trustSelfSigned = query.integer(QStringLiteral("trust_self_signed")) != 0;
        a.dailyCap = int(query.integer(QStringLiteral("daily_cap")));
        a.postalAddress = query.text(QStringLiteral("postal_address"));
        a.createdAt = query.integer(QStringLiteral("created_at"));
        a.updatedAt = query.integer(QStringLiteral("updated_at"));
        accounts.append(a);
    }
    return accounts;
}

Result<SenderAccount> SenderAccountRepository::add(SenderAccount draft) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    const qint64 now = m_clock.nowMs();
    Sql insert(*db, QStringLiteral(
                        "INSERT INTO sender_accounts (user_id, from_name, from_address, smtp_host, "
                        "smtp_port, tls_mode, smtp_username, password_env, secret_in_keychain, "
                        "allow_plaintext_auth, trust_self_signed, daily_cap, postal_address, "
                        "created_at, updated_at) VALUES (:uid, :name, :address, :host, :port, "
                        ":tls, :user, :env, :keychain, :plain, :selfsigned, :cap, :postal, :now, "
                        ":now2) RETURNING id"));
    insert.bindInt(QStringLiteral(":uid"), m_userId)
        .bindText(QStringLiteral(":name"), draft.fromName)
        .bindText(QStringLiteral(":address"), draft.fromAddress)
        .bindText(QStringLiteral(":host"), draft.smtpHost)
        .bindInt(QStringLiteral(":port"), draft.smtpPort)
        .bindText(QStringLiteral(":tls"), draft.tlsMode)
        .bindText(QStringLiteral(":user"), draft.smtpUsername)
        .bindText(QStringLiteral(":env"), draft.passwordEnv)
        .bindInt(QStringLiteral(":keychain"), draft.secretInKeychain ? 1 : 0)
        .bindInt(QStringLiteral(":plain"), draft.allowPlaintextAuth ? 1 : 0)
        .bindInt(QStringLiteral(":selfsigned"), draft.trustSelfSigned ? 1 : 0)
        .bindInt(QStringLiteral(":cap"), draft.dailyCap)
        .bindText(QStringLiteral(":postal"), draft.postalAddress)
        .bindInt(QStringLiteral(":now"), now)
        .bindInt(QStringLiteral(":now2"), now);
    Result<qint64> id = insert.execReturningId();
    if (!id)
        return id.error();
    return find(*id);
}

Result<SenderAccount> SenderAccountRepository::update(const SenderAccount& changed) const {
    if (Result<SenderAccount> existing = find(changed.id); !existing)
        return existing.error();
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql update(*db, QStringLiteral("UPDATE sender_accounts SET from_name = :name, from_address = "
                                   ":address, smtp_host = :host, smtp_port = :port, tls_mode = "
                                   ":tls, smtp_username = :user, password_env = :env, "
                                   "allow_plaintext_auth = :plain, trust_self_signed = "
                                   ":selfsigned, daily_cap = :cap, postal_address = :postal, "
                                   "updated_at = :now WHERE id = :id AND user_id = :uid"));
    update.bindText(QStringLiteral(":name"), changed.fromName)
        .bindText(QStringLiteral(":address"), changed.fromAddress)
        .bindText(QStringLiteral(":host"), changed.smtpHost)
        .bindInt(QStringLiteral(":port"), changed.smtpPort)
        .bindText(QStringLiteral(":tls"), changed.tlsMode)
        .bindText(QStringLiteral(":user"), changed.smtpUsername)
        .bindText(QStringLiteral(":env"), changed.passwordEnv)
        .bindInt(QStringLiteral(":plain"), changed.allowPlaintextAuth ? 1 : 0)
        .bindInt(QStringLiteral(":selfsigned"), changed.trustSelfSigned ? 1 : 0)
        .bindInt(QStringLiteral(":cap"), changed.dailyCap)
        .bindText(QStringLiteral(":postal"), changed.postalAddress)
        .bindInt(QStringLiteral(":now"), m_clock.nowMs())
        .bindInt(QStringLiteral(":id"), changed.id)
        .bindInt(QStringLiteral(":uid"), m_userId);
    if (Status done = update.exec(); !done)
        return done.error();
    return find(changed.id);
}

Result<QList<SenderAccount>> SenderAccountRepository::list() const {
    return select({}, {});
}

Result<SenderAccount> SenderAccountRepository::find(qint64 id) const {
    Result<QList<SenderAccount>> found = select(QStringLiteral("AND id = :id"), id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(QStringLiteral("sender"),
                               QStringLiteral("sender: no sender account with id %1 for user %2")
                                   .arg(id)
                                   .arg(m_userId));
    return found->first();
}

Status SenderAccountRepository::setSecretInKeychain(qint64 id, bool stored) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql update(*db, QStringLiteral("UPDATE sender_accounts SET secret_in_keychain = :stored, "
                                   "updated_at = :now WHERE id = :id AND user_id = :uid"));
    update.bindInt(QStringLiteral(":stored"), stored ? 1 : 0)
        .bindInt(QStringLiteral(":now"), m_clock.nowMs())
        .bindInt(QStringLiteral(":id"), id)
        .bindInt(QStringLiteral(":uid"), m_userId);
    return update.exec();
}

} // namespace outreach
