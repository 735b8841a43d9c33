#pragma once

#include "core/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <optional>

namespace outreach {

// A prepared statement with bound parameters only: values never become SQL text.
class Sql {
public:
    Sql(const QSqlDatabase& db, const QString& statement);

    Sql& bind(const QString& placeholder, const QVariant& value);
    Sql& bindText(const QString& placeholder, const QString& value);
    Sql& bindInt(const QString& placeholder, qint64 value);
    Sql& bindOptionalInt(const QString& placeholder, std::optional<qint64> value);

    Status exec();
    // For INSERT ... RETURNING id (both backends support RETURNING).
    Result<qint64> execReturningId();
    // Runs the statement and returns the first column of the first row, if any.
    Result<std::optional<QVariant>> execScalar();

    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QVariant value(const QString& column) const { return m_query.value(column); }
    QString text(const QString& column) const { return m_query.value(column).toString(); }
    qint64 integer(const QString& column) const { return m_query.value(column).toLongLong(); }
    std::optional<qint64> optionalInt(const QString& column) const;
    int rowsAffected() const { return m_query.numRowsAffected(); }

    // How many statements have run, for benchmarks that report SQL per unit of work (e.g.
    // statements per user of a job sweep). Counted per thread, so counting costs one
    // uncontended increment on the hot path and no lock; the total adds up every thread's
    // count, including threads that have ended. Transactions begun or committed through
    // QSqlDatabase (not through this class) are not counted.
    static quint64 statementsOnThisThread();
    static quint64 statementsOnAllThreads();

private:
    QSqlQuery m_query;
    QString m_statement;
    QHash<QString, QVariant> m_values;
    bool m_prepared = false;
};

} // namespace outreach
