#include "store/UserRepository.h"

#include "core/Clock.h"
#include "store/Database.h"
#include "store/Sql.h"

namespace outreach {
namespace {

const QString columns = QStringLiteral(
    "id, email, name, status, time_zone, daily_email_quota, monthly_lead_quota, created_at, "
    "updated_at");

User readUser(const Sql& row) {
    User user;
    user.id = row.integer(QStringLiteral("id"));
    user.email = row.text(QStringLiteral("email"));
    user.name = row.text(QStringLiteral("name"));
    user.status = row.text(QStringLiteral("status"));
    user.timeZone = row.text(QStringLiteral("time_zone"));
    user.dailyEmailQuota = int(row.integer(QStringLiteral("daily_email_quota")));
    user.monthlyLeadQuota = int(row.integer(QStringLiteral("monthly_lead_quota")));
    user.createdAt = row.integer(QStringLiteral("created_at"));
    user.updatedAt = row.integer(QStringLiteral("updated_at"));
    return user;
}

Result<QList<User>> readAll(Sql& query) {
    if (Status done = query.exec(); !done)
        return done.error();
    QList<User> users;
    while (query.next())
        users.append(readUser(query));
    return users;
}

} // namespace

UserRepository::UserRepository(const Database& database, const Clock& clock)
    : m_database(database), m_clock(clock) {}

Result<User> UserRepository::add(User draft) const {
    draft.email = draft.email.trimmed().toLower();
    draft.name = draft.name.trimmed();
    if (Status valid = draft.validate(); !valid)
        return valid.error();
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql existing(*db, QStringLiteral("SELECT id FROM users WHERE email = :email"));
    existing.bindText(QStringLiteral(":email"), draft.email);
    Result<std::optional<QVariant>> found = existing.execScalar();
    if (!found)
        return found.error();
    if (found->has_value())
        return Error::badInput(QStringLiteral("email"),
                               QStringLiteral("email: a user with %1 already exists (id %2)")
                                   .arg(draft.email, (*found)->toString()));
    const qint64 now = m_clock.nowMs();
    Sql insert(*db, QStringLiteral("INSERT INTO users (email, name, status, time_zone, "
                                   "daily_email_quota, monthly_lead_quota, created_at, updated_at) "
                                   "VALUES (:email, :name, :status, :tz, :daily, :monthly, :now, "
                                   ":now2) RETURNING id"));
    insert.bindText(QStringLiteral(":email"), draft.email)
        .bindText(QStringLiteral(":name"), draft.name)
        .bindText(QStringLiteral(":status"), draft.status)
        .bindText(QStringLiteral(":tz"), draft.timeZone)
        .bindInt(QStringLiteral(":daily"), draft.dailyEmailQuota)
        .bindInt(QStringLiteral(":monthly"), draft.monthlyLeadQuota)
        .bindInt(QStringLiteral(":now"), now)
        .bindInt(QStringLiteral(":now2"), now);
    Result<qint64> id = insert.execReturningId();
    if (!id)
        return id.error();
    return find(*id);
}

Result<QList<User>> UserRepository::list() const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(*db, QStringLiteral("SELECT %1 FROM users ORDER BY id").arg(columns));
    return readAll(query);
}

Result<QList<User>> UserRepository::listActive() const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(
        *db,
        QStringLiteral("SELECT %1 FROM users WHERE status = 'active' ORDER BY id").arg(columns));
    return readAll(query);
}

Result<User> UserRepository::find(qint64 id) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(*db, QStringLiteral("SELECT %1 FROM users WHERE id = :id").arg(columns));
    query.bindInt(QStringLiteral(":id"), id);
    Result<QList<User>> users = readAll(query);
    if (!users)
        return users.error();
    if (users->isEmpty())
        return Error::notFound(QStringLiteral("user"),
                               QStringLiteral("user: no user with id %1").arg(id));
    return users->first();
}

Result<User> UserRepository::update(const User& changed) const {
    if (Status valid = changed.validate(); !valid)
        return valid.error();
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(*db, QStringLiteral("UPDATE users SET name = :name, status = :status, time_zone = "
                                  ":tz, daily_email_quota = :daily, monthly_lead_quota = :monthly, "
                                  "updated_at = :now WHERE id = :id"));
    query.bindText(QStringLiteral(":name"), changed.name)
        .bindText(QStringLiteral(":status"), changed.status)
        .bindText(QStringLiteral(":tz"), changed.timeZone)
        .bindInt(QStringLiteral(":daily"), changed.dailyEmailQuota)
        .bindInt(QStringLiteral(":monthly"), changed.monthlyLeadQuota)
        .bindInt(QStringLiteral(":now"), m_clock.nowMs())
        .bindInt(QStringLiteral(":id"), changed.id);
    if (Status done = query.exec(); !done)
        return done.error();
    if (query.rowsAffected() == 0)
        return Error::notFound(QStringLiteral("user"),
                               QStringLiteral("user: no user with id %1").arg(changed.id));
    return find(changed.id);
}

Result<User> UserRepository::setStatus(qint64 id, const QString& status) const {
    Result<User> user = find(id);
    if (!user)
        return user;
    user->status = status;
    return update(*user);
}

} // namespace outreach
