#include "cli/UserSelection.h"

#include "cli/CommandLine.h"
#include "store/UserRepository.h"

namespace outreach::cli {

Result<QList<qint64>> selectUsers(const Database& database, const Clock& clock,
                                  const std::optional<QString>& userOption) {
    const UserRepository users(database, clock);
    if (userOption) {
        Result<qint64> id = CommandLine::parseId(QStringLiteral("user"), *userOption);
        if (!id)
            return id.error();
        if (Result<User> user = users.find(*id); !user)
            return user.error();
        return QList<qint64>{*id};
    }
    Result<QList<User>> all = users.list();
    if (!all)
        return all.error();
    QList<qint64> ids;
    for (const User& u : *all)
        ids.append(u.id);
    return ids;
}

} // namespace outreach::cli
