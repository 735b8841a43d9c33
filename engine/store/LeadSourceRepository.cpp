#include "store/LeadSourceRepository.h"

#include "core/Clock.h"
#include "store/Database.h"
#include "store/Sql.h"

namespace outreach {

Result<QList<LeadSource>> LeadSourceRepository::select(const QString& where,
                                                       std::optional<qint64> id) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(*db, QStringLiteral("SELECT id, user_id, kind, endpoint, api_key_env, "
                                  "secret_in_keychain, monthly_quota, cost_per_call, enabled, "
                                  "created_at, updated_at FROM lead_sources WHERE user_id = :uid "
                                  "%1 ORDER BY id")
                       .arg(where));
    query.bindInt(QStringLiteral(":uid"), m_userId);
    if (id)
        query.bindInt(QStringLiteral(":id"), *id);
    if (Status done = query.exec(); !done)
        return done.error();
    QList<LeadSource> sources;
    while (query.next()) {
        LeadSource s;
        s.id = query.integer(QStringLiteral("id"));
        s.userId = query.integer(QStringLiteral("user_id"));
        s.kind = query.text(QStringLiteral("kind"));
        s.endpoint = query.text(QStringLiteral("endpoint"));
        s.apiKeyEnv = query.text(QStringLiteral("api_key_env"));
        s.secretInKeychain = query.integer(QStringLiteral("secret_in_keychain")) != 0;
        s.monthlyQuota = int(query.integer(QStringLiteral("monthly_quota")));
        s.costPerCall = query.value(QStringLiteral("cost_per_call")).toDouble();
        s.enabled = query.integer(QStringLiteral("enabled")) != 0;
        s.createdAt = query.integer(QStringLiteral("created_at"));
        s.updatedAt = query.integer(QStringLiteral("updated_at"));
        sources.append(s);
    }
    return sources;
}

Result<LeadSource> LeadSourceRepository::add(LeadSource draft) const {
    if (!LeadSource::isValidKind(draft.kind))
        return Error::badInput(QStringLiteral("kind"),
                               QStringLiteral("kind: must be http-json, csv or sample"));
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    const qint64 now = m_clock.nowMs();
    Sql insert(*db,
               QStringLiteral("INSERT INTO lead_sources (user_id, kind, endpoint, api_key_env, "
                              "secret_in_keychain, monthly_quota, cost_per_call, enabled, "
                              "created_at, updated_at) VALUES (:uid, :kind, :endpoint, :env, "
                              ":keychain, :quota, :cost, :enabled, :now, :now2) RETURNING id"));
    insert.bindInt(QStringLiteral(":uid"), m_userId)
        .bindText(QStringLiteral(":kind"), draft.kind)
        .bindText(QStringLiteral(":endpoint"), draft.endpoint)
        .bindText(QStringLiteral(":env"), draft.apiKeyEnv)
        .bindInt(QStringLiteral(":keychain"), draft.secretInKeychain ? 1 : 0)
        .bindInt(QStringLiteral(":quota"), draft.monthlyQuota)
        .bind(QStringLiteral(":cost"), draft.costPerCall)
        .bindInt(QStringLiteral(":enabled"), draft.enabled ? 1 : 0)
        .bindInt(QStringLiteral(":now"), now)
        .bindInt(QStringLiteral(":now2"), now);
    Result<qint64> id = insert.execReturningId();
    if (!id)
        return id.error();
    return find(*id);
}

Result<LeadSource> LeadSourceRepository::update(const LeadSource& changed) const {
    if (!LeadSource::isValidKind(changed.kind))
        return Error::badInput(QStringLiteral("kind"),
                               QStringLiteral("kind: must be http-json, csv or sample"));
    if (Result<LeadSource> existing = find(changed.id); !existing)
        return existing.error();
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql update(*db, QStringLiteral("UPDATE lead_sources SET kind = :kind, endpoint = :endpoint, "
                                   "api_key_env = :env, monthly_quota = :quota, cost_per_call = "
                                   ":cost, enabled = :enabled, updated_at = :now WHERE id = :id "
                                   "AND user_id = :uid"));
    update.bindText(QStringLiteral(":kind"), changed.kind)
        .bindText(QStringLiteral(":endpoint"), changed.endpoint)
        .bindText(QStringLiteral(":env"), changed.apiKeyEnv)
        .bindInt(QStringLiteral(":quota"), changed.monthlyQuota)
        .bind(QStringLiteral(":cost"), changed.costPerCall)
        .bindInt(QStringLiteral(":enabled"), changed.enabled ? 1 : 0)
        .bindInt(QStringLiteral(":now"), m_clock.nowMs())
        .bindInt(QStringLiteral(":id"), changed.id)
        .bindInt(QStringLiteral(":uid"), m_userId);
    if (Status done = update.exec(); !done)
        return done.error();
    return find(changed.id);
}

Result<QList<LeadSource>> LeadSourceRepository::list() const {
    return select({}, {});
}

Result<QList<LeadSource>> LeadSourceRepository::listEnabled() const {
    return select(QStringLiteral("AND enabled = 1"), {});
}

Result<LeadSource> LeadSourceRepository::find(qint64 id) const {
    Result<QList<LeadSource>> found = select(QStringLiteral("AND id = :id"), id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::notFound(
            QStringLiteral("source"),
            QStringLiteral("source: no lead source with id %1 for user %2").arg(id).arg(m_userId));
    return found->first();
}

Status LeadSourceRepository::setSecretInKeychain(qint64 id, bool stored) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql update(*db, QStringLiteral("UPDATE lead_sources SET secret_in_keychain = :stored, "
                                   "updated_at = :now WHERE id = :id AND user_id = :uid"));
    update.bindInt(QStringLiteral(":stored"), stored ? 1 : 0)
        .bindInt(QStringLiteral(":now"), m_clock.nowMs())
        .bindInt(QStringLiteral(":id"), id)
        .bindInt(QStringLiteral(":uid"), m_userId);
    return update.exec();
}

} // namespace outreach
