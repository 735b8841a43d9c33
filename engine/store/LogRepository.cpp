#include "store/LogRepository.h"

#include "store/Database.h"
#include "store/Sql.h"

#include <QStringList>
#include <algorithm>

namespace outreach {
namespace {

// LIKE treats % and _ as wildcards; the admin's text is searched for literally.
QString likePattern(const QString& text) {
    QString escaped = text.toLower();
    escaped.replace(QLatin1Char('!'), QStringLiteral("!!"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("!%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("!_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

const QString columns = QStringLiteral("id, at, level, job, run_id, user_id, user_email, message");

// Rows of `columns`, in the order the query gave them.
Result<QList<LogRecord>> readAll(Sql& query) {
    if (Status done = query.exec(); !done)
        return done.error();
    QList<LogRecord> records;
    while (query.next()) {
        LogRecord r;
        r.id = query.integer(QStringLiteral("id"));
        r.at = query.integer(QStringLiteral("at"));
        r.level = query.text(QStringLiteral("level"));
        r.job = query.text(QStringLiteral("job"));
        r.runId = query.optionalInt(QStringLiteral("run_id"));
        r.userId = query.optionalInt(QStringLiteral("user_id"));
        r.userEmail = query.text(QStringLiteral("user_email"));
        r.message = query.text(QStringLiteral("message"));
        records.append(r);
    }
    return records;
}

} // namespace

LogRepository::LogRepository(const Database& database) : m_database(database) {}

Status LogRepository::insert(const QList<LogRecord>& records) const {
    if (records.isEmpty())
        return Status::success();
    return m_database.transaction([&](QSqlDatabase& db) -> Status {
        Sql insert(db, QStringLiteral("INSERT INTO log_records (at, level, job, run_id, user_id, "
                                      "user_email, message) VALUES (:at, :level, :job, :run, "
                                      ":user, :email, :message)"));
        for (const LogRecord& r : records) {
            insert.bindInt(QStringLiteral(":at"), r.at)
                .bindText(QStringLiteral(":level"), r.level)
                .bindText(QStringLiteral(":job"), r.job)
                .bindOptionalInt(QStringLiteral(":run"), r.runId)
                .bindOptionalInt(QStringLiteral(":user"), r.userId)
                .bindText(QStringLiteral(":email"), r.userEmail)
                .bindText(QStringLiteral(":message"), r.message);
            if (Status done = insert.exec(); !done)
                return done;
        }
        return Status::success();
    });
}

Result<QList<LogRecord>> LogRepository::query(const LogFilter& filter) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    QStringList where{QStringLiteral("1 = 1")};
    QVariantMap values;
    if (filter.userId) {
        where << QStringLiteral("user_id = :user");
        values.insert(QStringLiteral(":user"), *filter.userId);
    }
    if (!filter.job.isEmpty()) {
        where << QStringLiteral("job = :job");
        values.insert(QStringLiteral(":job"), filter.job);
    }
    if (filter.runId) {
        where << QStringLiteral("run_id = :run");
        values.insert(QStringLiteral(":run"), *filter.runId);
    }
    if (!filter.minLevel.isEmpty()) {
        const QStringList& levels = LogRecord::levels();
        const qsizetype from = std::max<qsizetype>(0, levels.indexOf(filter.minLevel));
        QStringList names;
        for (qsizetype i = from; i < levels.size(); ++i) {
            const QString name = QStringLiteral(":level%1").arg(i);
            names << name;
            values.insert(name, levels.at(i));
        }
        where << QStringLiteral("level IN (%1)").arg(names.join(QStringLiteral(", ")));
    }
    if (!filter.grep.isEmpty()) {
        where << QStringLiteral("LOWER(message) LIKE :grep ESCAPE '!'");
        values.insert(QStringLiteral(":grep"), likePattern(filter.grep));
    }
    if (filter.since) {
        where << QStringLiteral("at >= :since");
        values.insert(QStringLiteral(":since"), *filter.since);
    }
    if (filter.beforeId) {
        where << QStringLiteral("id < :before");
        values.insert(QStringLiteral(":before"), *filter.beforeId);
    }
    Sql query(*db, QStringLiteral("SELECT %1 FROM log_records WHERE %2 ORDER BY at DESC, id DESC "
                                  "LIMIT :limit")
                       .arg(columns, where.join(QStringLiteral(" AND "))));
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        query.bind(it.key(), it.value());
    query.bindInt(QStringLiteral(":limit"), std::max(1, filter.limit));
    Result<QList<LogRecord>> records = readAll(query);
    if (records)
        std::reverse(records->begin(), records->end());
    return records;
}

Result<qint64> LogRepository::latestId() const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(*db, QStringLiteral("SELECT MAX(id) FROM log_records"));
    Result<std::optional<QVariant>> max = query.execScalar();
    if (!max)
        return max.error();
    return max->has_value() && !(*max)->isNull() ? (*max)->toLongLong() : qint64(0);
}

Result<QList<LogRecord>> LogRepository::storedAfter(qint64 afterId, int limit) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(*db, QStringLiteral("SELECT %1 FROM log_records WHERE id > :after ORDER BY id "
                                  "LIMIT :limit")
                       .arg(columns));
    query.bindInt(QStringLiteral(":after"), afterId)
        .bindInt(QStringLiteral(":limit"), std::max(1, limit));
    return readAll(query);
}

Result<int> LogRepository::pruneBatch(qint64 cutoff, int batch) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql remove(*db, QStringLiteral("DELETE FROM log_records WHERE id IN (SELECT id FROM "
                                   "log_records WHERE at < :cutoff ORDER BY at LIMIT :batch)"));
    remove.bindInt(QStringLiteral(":cutoff"), cutoff).bindInt(QStringLiteral(":batch"), batch);
    if (Status done = remove.exec(); !done)
        return done.error();
    return remove.rowsAffected();
}

} // namespace outreach
