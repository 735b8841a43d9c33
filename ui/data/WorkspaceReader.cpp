#include "data/WorkspaceReader.h"

#include "store/UserRepository.h"

namespace outreach::ui {

WorkspaceReader::WorkspaceReader(const Database& database, const Clock& clock, QObject* parent)
    : QObject(parent), m_database(database), m_clock(clock) {}

void WorkspaceReader::load() {
    Result<QList<User>> users = UserRepository(m_database, m_clock).list();
    if (!users)
        return Q_EMIT loaded(0, users.error().message);
    Q_EMIT loaded(int(users->size()), QString());
}

} // namespace outreach::ui
