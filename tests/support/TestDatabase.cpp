#include "TestDatabase.h"

#include "store/Migrator.h"

#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QtTest>

namespace outreach::test {
namespace {

// Runs a statement on the maintenance database (CREATE/DROP DATABASE cannot be bound).
bool adminExec(const QString& adminUrl, const QString& statement, QString* error) {
    const QString name = QStringLiteral("outreach-test-admin");
    bool ok = false;
    {
        Result<DatabaseUrl> parsed =
            DatabaseUrl::parse(QStringLiteral("OUTREACH_TEST_PG_URL"), adminUrl);
        if (!parsed) {
            *error = parsed.error().message;
            return false;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(parsed->host());
        db.setPort(parsed->port());
        db.setUserName(parsed->user());
        db.setDatabaseName(parsed->databaseName());
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(statement);
            if (!ok)
                *error = query.lastError().text();
        } else {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

std::unique_ptr<TestDatabase> TestDatabase::create(bool migrated) {
    std::unique_ptr<TestDatabase> test(new TestDatabase);
    const auto env = QProcessEnvironment::systemEnvironment();
    test->m_postgres =
        env.value(QStringLiteral("OUTREACH_TEST_BACKEND")) == QLatin1String("postgres");
    if (test->m_postgres) {
        test->m_adminUrl = env.value(QStringLiteral("OUTREACH_TEST_PG_URL"));
        if (test->m_adminUrl.isEmpty())
            qFatal("OUTREACH_TEST_BACKEND=postgres but OUTREACH_TEST_PG_URL is not set; run the "
                   "tests through scripts/test.sh, which starts PostgreSQL");
        test->m_pgName = QStringLiteral("outreach_test_%1_%2")
                             .arg(QCoreApplication::applicationPid())
                             .arg(QRandomGenerator::global()->generate());
        QString error;
        if (!adminExec(test->m_adminUrl, QStringLiteral("CREATE DATABASE ") + test->m_pgName,
                       &error))
            qFatal("cannot create the test database: %s", qPrintable(error));
        QUrl url(test->m_adminUrl);
        url.setPath(QLatin1Char('/') + test->m_pgName);
        test->m_url = url.toString();
    } else {
        test->m_url = QStringLiteral("sqlite:") + test->m_dir.filePath(QStringLiteral("test.db"));
    }
    Result<DatabaseUrl> parsed = DatabaseUrl::parse(QStringLiteral("db"), test->m_url);
    test->m_database = std::make_unique<Database>(*parsed);
    if (migrated) {
        Result<int> applied = Migrator(*test->m_database).migrate();
        if (!applied)
            qFatal("migration failed: %s", qPrintable(applied.error().message));
    }
    return test;
}

TestDatabase::~TestDatabase() {
    if (m_database)
        m_database->closeThreadConnection();
    m_database.reset();
    if (m_postgres) {
        QString error;
        if (!adminExec(m_adminUrl,
                       QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgName),
                       &error))
            qWarning("cannot drop the test database %s: %s", qPrintable(m_pgName),
                     qPrintable(error));
    }
}

} // namespace outreach::test
