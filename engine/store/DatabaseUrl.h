#pragma once

#include "core/Result.h"

#include <QString>

namespace outreach {

// Where the data lives: `sqlite:PATH` or `postgresql://user[:password]@host[:port]/db`.
class DatabaseUrl {
public:
    enum class Backend { Sqlite, Postgres };

    static Result<DatabaseUrl> parse(const QString& field, const QString& text);
    static DatabaseUrl sqlite(const QString& path);

    Backend backend() const { return m_backend; }
    bool isSqlite() const { return m_backend == Backend::Sqlite; }
    QString sqlitePath() const { return m_path; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString user() const { return m_user; }
    QString password() const { return m_password; }
    QString databaseName() const { return m_database; }

    // The URL without its password, for messages and logs.
    QString redacted() const;
    // Hides a password in a URL the user typed, before it goes into an error message.
    static QString redactUserInfo(const QString& text);

private:
    Backend m_backend = Backend::Sqlite;
    QString m_path;
    QString m_host;
    int m_port = 5432;
    QString m_user;
    QString m_password;
    QString m_database;
};

} // namespace outreach
