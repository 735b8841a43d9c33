#pragma once

#include "core/Clock.h"
#include "model/User.h"

#include <QList>
#include <QObject>

Q_DECLARE_METATYPE(outreach::User)

namespace outreach {
class Database;
}

namespace outreach::ui {

// The console's access to the users table. It lives on a worker thread with its own database
// connection; the GUI calls its slots queued and hears back through signals, so the GUI
// thread never waits on SQL. Status changes are audited in the same transaction.
class UserDirectory final : public QObject {
    Q_OBJECT
public:
    UserDirectory(const Database& database, const Clock& clock);
    static void registerMetaTypes();

public Q_SLOTS:
    void refresh();
    void setStatus(qint64 userId, const QString& status, const QString& reason);
    void closeConnection(); // before the worker thread ends

Q_SIGNALS:
    void usersLoaded(const QList<outreach::User>& users);
    void userChanged(const outreach::User& user);
    void failed(const QString& message);

private:
    const Database& m_database;
    const Clock& m_clock;
};

} // namespace outreach::ui
