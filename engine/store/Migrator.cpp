#include "store/Migrator.h"

#include "store/Database.h"
#include "store/Sql.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <algorithm>

namespace outreach {

Migrator::Migrator(const Database& database) : m_database(database) {}

QList<Migrator::Migration> Migrator::bundledMigrations() {
    QList<Migration> migrations;
    const QDir dir(QStringLiteral(":/migrations"));
    static const QRegularExpression fileName(QStringLiteral("^(\\d{4})_(.+)\\.sql$"));
    for (const QString& entry : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = fileName.match(entry);
        if (!match.hasMatch())
            continue;
        QFile file(dir.filePath(entry));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        migrations.append(
            {match.captured(1).toInt(), match.captured(2), QString::fromUtf8(file.readAll())});
    }
    std::sort(migrations.begin(), migrations.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
    return migrations;
}

int Migrator::latestVersion() {
    const QList<Migration> all = bundledMigrations();
    return all.isEmpty() ? 0 : all.last().version;
}

Status Migrator::ensureVersionTable() const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql create(*db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                   "version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                                   "applied_at BIGINT NOT NULL)"));
    return create.exec();
}

Result<int> Migrator::currentVersion() const {
    if (Status ready = ensureVersionTable(); !ready)
        return ready.error();
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(*db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    Result<std::optional<QVariant>> value = query.execScalar();
    if (!value)
        return value.error();
    return value->has_value() ? (*value)->toInt() : 0;
}

QStringList Migrator::statementsFor(const QString& sql) const {
    QString text = sql;
    text.replace(QStringLiteral("{{ID}}"),
                 m_database.isPostgres() ? QStringLiteral("BIGSERIAL PRIMARY KEY")
                                         : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"));
    QStringList statements;
    QString current;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("--")) || trimmed.isEmpty())
            continue;
        current += line + QLatin1Char('\n');
        if (trimmed.endsWith(QLatin1Char(';'))) {
            statements.append(current.trimmed().chopped(1));
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

Result<int> Migrator::migrate() const {
    return migrate(bundledMigrations());
}

Result<int> Migrator::migrate(const QList<Migration>& migrations) const {
    if (Status ready = ensureVersionTable(); !ready)
        return ready.error();
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;
    int applied = 0;
    for (const Migration& migration : migrations) {
        // Re-read the version inside each transaction: another process may be migrating too.
        Status step = m_database.transaction([&](QSqlDatabase& db) -> Status {
            if (m_database.isPostgres()) {
                Sql lock(db, QStringLiteral("SELECT pg_advisory_xact_lock(4242001)"));
                if (Status locked = lock.exec(); !locked)
                    return locked;
            }
            Sql versionQuery(
                db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
            Result<std::optional<QVariant>> version = versionQuery.execScalar();
            if (!version)
                return version.error();
            const int current = version->has_value() ? (*version)->toInt() : 0;
            if (current > latest)
                return Error::runtime(
                    QStringLiteral("the database has schema version %1, newer than this program's "
                                   "%2; upgrade Outreach Console before using this database")
                        .arg(current)
                        .arg(latest));
            // Applied migrations are a set, not a high-water mark: a migration numbered below
            // one already applied (work merged from a parallel branch) still runs once.
            Sql appliedQuery(db,
                             QStringLiteral("SELECT 1 FROM schema_migrations WHERE version = :v"));
            appliedQuery.bindInt(QStringLiteral(":v"), migration.version);
            Result<std::optional<QVariant>> alreadyApplied = appliedQuery.execScalar();
            if (!alreadyApplied)
                return alreadyApplied.error();
            if (alreadyApplied->has_value())
                return Status::success();
            for (const QString& statement : statementsFor(migration.sql)) {
                Sql sql(db, statement);
                if (Status done = sql.exec(); !done)
                    return Error::runtime(QStringLiteral("migration %1 (%2) failed: %3")
                                              .arg(migration.version)
                                              .arg(migration.name, done.error().message));
            }
            Sql record(db,
                       QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) "
                                      "VALUES (:version, :name, :at)"));
            record.bindInt(QStringLiteral(":version"), migration.version)
                .bindText(QStringLiteral(":name"), migration.name)
                .bindInt(QStringLiteral(":at"), QDateTime::currentMSecsSinceEpoch());
            if (Status done = record.exec(); !done)
                return done;
            ++applied;
            return Status::success();
        });
        if (!step)
            return step.error();
    }
    if (migrations.isEmpty()) {
        Result<int> current = currentVersion();
        if (current && *current > 0)
            return Error::runtime(QStringLiteral("the database has schema version %1, newer than "
                                                 "this program's; upgrade Outreach Console")
                                      .arg(*current));
    }
    return applied;
}

Status Migrator::verifyCurrent() const {
    Result<int> current = currentVersion();
    if (!current)
        return current.error();
    const int latest = latestVersion();
    if (*current == 0)
        return Error::runtime(QStringLiteral("the database %1 is not initialised; run "
                                             "`outreachctl init` first")
                                  .arg(m_database.url().redacted()));
    if (*current > latest)
        return Error::runtime(QStringLiteral("the database has schema version %1, newer than this "
                                             "program's %2; upgrade Outreach Console")
                                  .arg(*current)
                                  .arg(latest));
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql countQuery(*db, QStringLiteral("SELECT COUNT(*) FROM schema_migrations"));
    Result<std::optional<QVariant>> count = countQuery.execScalar();
    if (!count)
        return count.error();
    const bool gap = (*count)->toInt() < bundledMigrations().size();
    if (*current < latest || gap)
        return Error::runtime(QStringLiteral("the database has schema version %1 but this program "
                                             "needs %2; run `outreachctl init` to migrate it")
                                  .arg(*current)
                                  .arg(latest));
    return Status::success();
}

} // namespace outreach
