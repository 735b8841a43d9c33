#pragma once

#include <QtGlobal>

namespace outreach {

class Clock;
class Database;
class UserScope;

// Base of every user-owned repository: holds the scope's user id, which subclasses bind into
// every statement as :uid. Only UserScope can construct one.
class ScopedRepository {
protected:
    ScopedRepository(const Database& database, const Clock& clock, qint64 userId)
        : m_database(database), m_clock(clock), m_userId(userId) {}

    const Database& m_database;
    const Clock& m_clock;
    const qint64 m_userId;
};

} // namespace outreach
