#pragma once

#include "core/Clock.h"
#include "store/Database.h"

#include <QTemporaryDir>
#include <memory>

namespace outreach::test {

// A fresh, empty database for one test on the backend CTest chose (OUTREACH_TEST_BACKEND):
// a SQLite file in a temporary folder, or a new database on the PostgreSQL server that the
// test command started (OUTREACH_TEST_PG_URL names its maintenance database). Dropped after.
class TestDatabase {
public:
    static std::unique_ptr<TestDatabase> create(bool migrated = true);
    ~TestDatabase();

    bool isPostgres() const { return m_postgres; }
    QString url() const { return m_url; } // for --db
    Database& database() { return *m_database; }
    QString backendName() const {
        return m_postgres ? QStringLiteral("postgres") : QStringLiteral("sqlite");
    }
    QString tempPath() const { return m_dir.path(); }

private:
    TestDatabase() = default;

    bool m_postgres = false;
    QString m_url;
    QString m_adminUrl;
    QString m_pgName;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

} // namespace outreach::test
