#pragma once

#include "core/Result.h"
#include "model/User.h"

#include <QList>

namespace outreach {

class Clock;
class Database;

// Admin-level access to the users table itself (the tenants). User-owned rows are reached
// only through UserScope.
class UserRepository {
public:
    UserRepository(const Database& database, const Clock& clock);

    Result<User> add(User draft) const; // validates; the email must be unused
    Result<QList<User>> list() const;
    Result<QList<User>> listActive() const;
    Result<User> find(qint64 id) const; // NotFound names the field "user"
    Result<User> update(const User& changed) const;
    Result<User> setStatus(qint64 id, const QString& status) const;

private:
    const Database& m_database;
    const Clock& m_clock;
};

} // namespace outreach
