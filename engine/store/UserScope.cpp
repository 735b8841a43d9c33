#include "store/UserScope.h"

#include "store/UserRepository.h"

namespace outreach {

UserScope::UserScope(const Database& database, const Clock& clock, qint64 userId)
    : m_database(database), m_clock(clock), m_userId(userId) {}

Result<UserScope> UserScope::open(const Database& database, const Clock& clock, qint64 userId) {
    Result<User> user = UserRepository(database, clock).find(userId);
    if (!user)
        return user.error();
    return UserScope(database, clock, userId);
}

} // namespace outreach
