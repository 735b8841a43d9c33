#pragma once

#include "core/Result.h"
#include "model/User.h"
#include "store/DatabaseUrl.h"

#include <QList>
#include <QString>

namespace outreach {

class Clock;

// The demo workspace's own data folder (issue 6, "First start"): a SQLite database seeded
// by DemoSeeder and the folder its file sender accounts write .eml files into. It lives
// beside the console's default data, in <AppDataLocation>/demo, so trying the demo never
// touches the real database. `outreachctl demo` and `outreach-console --demo` open it.
class DemoWorkspace {
public:
    struct Prepared {
        bool created = false; // seeded just now (false: it was already there)
        QList<User> users{};
    };

    explicit DemoWorkspace(QString folder = defaultFolder());

    static QString defaultFolder(); // <AppDataLocation>/demo

    const QString& folder() const { return m_folder; }
    QString databasePath() const; // <folder>/outreach.db
    QString mailFolder() const;   // <folder>/mail: the sent demo mail, as .eml files
    DatabaseUrl url() const;

    // Creates (migrates and seeds) the workspace unless it is already there; a workspace left
    // half-made (the seeding was interrupted) is made again. `reset` starts from scratch.
    // Blocking SQL and local event loops: never call it on the GUI thread.
    Result<Prepared> prepare(const Clock& clock, bool reset = false) const;

    // The engine setting that marks a completely seeded demo database.
    static constexpr const char* kSeededSetting = "demo.seeded-at";

private:
    Status removeFiles() const;

    QString m_folder;
};

} // namespace outreach
