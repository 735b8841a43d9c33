#pragma once

#include "core/Result.h"
#include "store/DatabaseUrl.h"

#include <QSqlDatabase>
#include <functional>

namespace outreach {

// One logical database, many physical connections: each thread that touches it gets its own
// QSqlDatabase (Qt forbids sharing one across threads), opened on first use and removed when
// the thread ends. SQLite runs in WAL mode with foreign keys and a busy timeout, so readers
// never block the engine and a briefly locked file is waited for, not reported as an error.
class Database {
public:
    explicit Database(DatabaseUrl url);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const DatabaseUrl& url() const { return m_url; }
    bool isPostgres() const { return m_url.backend() == DatabaseUrl::Backend::Postgres; }

    // The calling thread's connection; an error if the database cannot be opened.
    Result<QSqlDatabase> connection() const;

    // Runs `work` inside one transaction on this thread's connection: commit when it
    // succeeds, roll back when it fails, so a failure leaves the data as it was.
    Status transaction(const std::function<Status(QSqlDatabase&)>& work) const;

    // Closes this thread's connection now (threads also get it closed when they end).
    void closeThreadConnection() const;

private:
    QString connectionName() const;
    Status open(QSqlDatabase& db) const;

    DatabaseUrl m_url;
    quint64 m_instance;
};

} // namespace outreach
