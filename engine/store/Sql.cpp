#include "store/Sql.h"

#include <QSqlError>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <vector>

namespace outreach {
namespace {

// One counter per thread, listed while its thread lives; an ending thread adds its count to
// `retired`, so totals stay right when pool threads come and go.
struct StatementCounters {
    std::mutex mutex;
    std::vector<const std::atomic<quint64>*> live;
    quint64 retired = 0;

    static StatementCounters& instance() {
        // Never destroyed: a thread may end (and retire its count) during static destruction.
        static StatementCounters* const counters = new StatementCounters;
        return *counters;
    }
};

struct ThreadStatementCount {
    std::atomic<quint64> count{0};
    ThreadStatementCount() {
        StatementCounters& all = StatementCounters::instance();
        const std::lock_guard lock(all.mutex);
        all.live.push_back(&count);
    }
    ~ThreadStatementCount() {
        StatementCounters& all = StatementCounters::instance();
        const std::lock_guard lock(all.mutex);
        all.retired += count.load(std::memory_order_relaxed);
        std::erase(all.live, &count);
    }
};

thread_local ThreadStatementCount statementCount;

void countStatement() {
    // Only this thread writes its counter; readers on other threads may see it a little late.
    statementCount.count.store(statementCount.count.load(std::memory_order_relaxed) + 1,
                               std::memory_order_relaxed);
}

} // namespace

quint64 Sql::statementsOnThisThread() {
    return statementCount.count.load(std::memory_order_relaxed);
}

quint64 Sql::statementsOnAllThreads() {
    StatementCounters& all = StatementCounters::instance();
    const std::lock_guard lock(all.mutex);
    quint64 total = all.retired;
    for (const std::atomic<quint64>* count : all.live)
        total += count->load(std::memory_order_relaxed);
    return total;
}

Sql::Sql(const QSqlDatabase& db, const QString& statement) : m_query(db), m_statement(statement) {
    m_query.setForwardOnly(true);
}

Sql& Sql::bind(const QString& placeholder, const QVariant& value) {
    m_values.insert(placeholder, value);
    return *this;
}

Sql& Sql::bindText(const QString& placeholder, const QString& value) {
    // A null QString would be stored as SQL NULL; the schema means "empty" instead.
    return bind(placeholder, value.isNull() ? QStringLiteral("") : value);
}

Sql& Sql::bindInt(const QString& placeholder, qint64 value) {
    return bind(placeholder, QVariant::fromValue<qlonglong>(value));
}

Sql& Sql::bindOptionalInt(const QString& placeholder, std::optional<qint64> value) {
    return bind(placeholder, value ? QVariant::fromValue<qlonglong>(*value)
                                   : QVariant(QMetaType::fromType<qlonglong>()));
}

Status Sql::exec() {
    countStatement();
    // A statement without parameters runs as it is: PostgreSQL cannot PREPARE DDL such as
    // the migrations' CREATE TABLE. Everything with a value is prepared and bound.
    if (m_values.isEmpty()) {
        if (!m_query.exec(m_statement))
            return Error::runtime(
                QStringLiteral("database error: %1").arg(m_query.lastError().text()));
        return Status::success();
    }
    if (!m_prepared) {
        if (!m_query.prepare(m_statement))
            return Error::runtime(
                QStringLiteral("database error: %1").arg(m_query.lastError().text()));
        m_prepared = true;
    }
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        m_query.bindValue(it.key(), it.value());
    if (!m_query.exec())
        return Error::runtime(QStringLiteral("database error: %1").arg(m_query.lastError().text()));
    return Status::success();
}

Result<qint64> Sql::execReturningId() {
    if (Status done = exec(); !done)
        return done.error();
    if (!m_query.next())
        return Error::runtime(QStringLiteral("database error: INSERT returned no id"));
    return m_query.value(0).toLongLong();
}

Result<std::optional<QVariant>> Sql::execScalar() {
    if (Status done = exec(); !done)
        return done.error();
    if (!m_query.next())
        return std::optional<QVariant>{};
    return std::optional<QVariant>{m_query.value(0)};
}

std::optional<qint64> Sql::optionalInt(const QString& column) const {
    const QVariant v = m_query.value(column);
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

} // namespace outreach
