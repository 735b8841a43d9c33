#include "store/Database.h"

#include "store/Sql.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>
#include <QThreadStorage>
#include <atomic>
#include <vector>

namespace outreach {
namespace {

std::atomic<quint64> nextInstance{1};

// Removes the connections a thread opened when that thread ends, so no connection outlives
// its thread (Qt warns and leaks otherwise). Held in QThreadStorage rather than thread_local:
// for a QThread it is destroyed before QThread::wait() returns, whereas thread_local data dies
// after, possibly while the process is already exiting and Qt's connection list is gone.
struct ThreadConnections {
    std::vector<QString> names;
    ~ThreadConnections() {
        for (const QString& name : names) {
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                if (db.isValid())
                    db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
    }
};
QThreadStorage<ThreadConnections> threadConnections;

} // namespace

Database::Database(DatabaseUrl url) : m_url(std::move(url)), m_instance(nextInstance++) {}

Database::~Database() {
    closeThreadConnection();
}

QString Database::connectionName() const {
    return QStringLiteral("outreach-%1-%2")
        .arg(m_instance)
        .arg(reinterpret_cast<quintptr>(QThread::currentThreadId()));
}

Result<QSqlDatabase> Database::connection() const {
    const QString name = connectionName();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
        if (Status opened = open(db); !opened)
            return opened.error();
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(
        m_url.isSqlite() ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), name);
    threadConnections.localData().names.push_back(name);
    if (m_url.isSqlite()) {
        db.setDatabaseName(m_url.sqlitePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        db.setHostName(m_url.host());
        db.setPort(m_url.port());
        db.setUserName(m_url.user());
        if (!m_url.password().isEmpty())
            db.setPassword(m_url.password());
        db.setDatabaseName(m_url.databaseName());
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    }
    if (Status opened = open(db); !opened)
        return opened.error();
    return db;
}

Status Database::open(QSqlDatabase& db) const {
    if (m_url.isSqlite()) {
        const QFileInfo file(m_url.sqlitePath());
        if (!file.absoluteDir().exists() && !QDir().mkpath(file.absolutePath()))
            return Error::runtime(QStringLiteral("cannot create the folder %1 for the database")
                                      .arg(file.absolutePath()));
    }
    if (!db.open())
        return Error::runtime(QStringLiteral("cannot open database %1: %2")
                                  .arg(m_url.redacted(), db.lastError().text()));
    if (!m_url.isSqlite()) {
        // libpq prints NOTICEs (e.g. "already exists, skipping") straight to stderr, which
        // would break outreachctl's one-line error contract.
        Sql quiet(db, QStringLiteral("SET client_min_messages TO WARNING"));
        if (Status done = quiet.exec(); !done)
            return done;
    }
    if (m_url.isSqlite()) {
        for (const char* pragma :
             {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL"}) {
            Sql statement(db, QString::fromLatin1(pragma));
            if (Status done = statement.exec(); !done)
                return done;
        }
    }
    return Status::success();
}

Status Database::transaction(const std::function<Status(QSqlDatabase&)>& work) const {
    Result<QSqlDatabase> db = connection();
    if (!db)
        return db.error();
    // SQLite: BEGIN IMMEDIATE takes the write lock at the start. A deferred transaction that
    // reads first and writes later fails at once with "database is locked" when another
    // connection (the log sink, another engine) committed in between; taking the lock up front
    // makes it wait out the busy timeout instead. PostgreSQL locks rows as it goes.
    const bool sqlite = !isPostgres();
    auto run = [&](const QString& statement) { return Sql(*db, statement).exec(); };
    if (sqlite) {
        if (Status begun = run(QStringLiteral("BEGIN IMMEDIATE")); !begun)
            return begun;
    } else if (!db->transaction()) {
        return Error::runtime(
            QStringLiteral("cannot start a transaction: %1").arg(db->lastError().text()));
    }
    Status outcome = work(*db);
    if (!outcome) {
        if (sqlite)
            (void)run(QStringLiteral("ROLLBACK"));
        else
            db->rollback();
        return outcome;
    }
    if (sqlite) {
        if (Status committed = run(QStringLiteral("COMMIT")); !committed) {
            (void)run(QStringLiteral("ROLLBACK"));
            return committed;
        }
    } else if (!db->commit()) {
        const QString reason = db->lastError().text();
        db->rollback();
        return Error::runtime(QStringLiteral("cannot commit: %1").arg(reason));
    }
    return Status::success();
}

void Database::closeThreadConnection() const {
    const QString name = connectionName();
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    std::erase(threadConnections.localData().names, name);
}

} // namespace outreach
