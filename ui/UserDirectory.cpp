#include "UserDirectory.h"

#include "store/AuditRepository.h"
#include "store/Database.h"
#include "store/UserRepository.h"

namespace outreach::ui {

UserDirectory::UserDirectory(const Database& database, const Clock& clock)
    : m_database(database), m_clock(clock) {}

void UserDirectory::registerMetaTypes() {
    qRegisterMetaType<outreach::User>();
    qRegisterMetaType<QList<outreach::User>>();
}

void UserDirectory::refresh() {
    Result<QList<User>> users = UserRepository(m_database, m_clock).list();
    if (!users) {
        Q_EMIT failed(users.error().message);
        return;
    }
    Q_EMIT usersLoaded(*users);
}

void UserDirectory::setStatus(qint64 userId, const QString& status, const QString& reason) {
    User changed;
    Status done = m_database.transaction([&](QSqlDatabase&) -> Status {
        Result<User> updated = UserRepository(m_database, m_clock).setStatus(userId, status);
        if (!updated)
            return updated.error();
        changed = *updated;
        AuditEntry entry;
        entry.action = status == QLatin1String("paused") ? QStringLiteral("user.pause")
                                                         : QStringLiteral("user.resume");
        entry.targetType = QStringLiteral("user");
        entry.targetId = QString::number(userId);
        entry.userId = userId;
        entry.reason = reason;
        return AuditRepository(m_database, m_clock).record(entry);
    });
    if (!done) {
        Q_EMIT failed(done.error().message);
        return;
    }
    Q_EMIT userChanged(changed);
}

void UserDirectory::closeConnection() {
    m_database.closeThreadConnection();
}

} // namespace outreach::ui
