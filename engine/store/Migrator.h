#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

namespace outreach {

class Database;

// Brings a database to this program's schema version with the numbered SQL files in
// resources/migrations. Each migration runs in one transaction together with its version row,
// so a failed migration leaves the database as it was. A database written by a newer version
// is refused rather than guessed at.
class Migrator {
public:
    struct Migration {
        int version = 0;
        QString name;
        QString sql;
    };

    explicit Migrator(const Database& database);

    // Applies what is missing; returns how many migrations ran (0 when already current).
    Result<int> migrate() const;
    // Succeeds only when the schema is exactly current; tells the user what to do otherwise.
    Status verifyCurrent() const;
    Result<int> currentVersion() const;

    static int latestVersion();
    static QList<Migration> bundledMigrations();
    // Exposed for tests: runs the given migrations instead of the bundled ones.
    Result<int> migrate(const QList<Migration>& migrations) const;

private:
    Status ensureVersionTable() const;
    QStringList statementsFor(const QString& sql) const;

    const Database& m_database;
};

} // namespace outreach
