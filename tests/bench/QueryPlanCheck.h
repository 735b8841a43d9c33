#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace outreach {
class Database;
}

namespace outreach::bench {

// The per-user hot queries of the six jobs (routing, follow-ups, the outbox claim and guards,
// quotas, the weekly report), as the repositories write them, explained for one user:
// EXPLAIN QUERY PLAN on SQLite, EXPLAIN on PostgreSQL. A plan step that reads a whole table
// (SQLite "SCAN t" without an index, PostgreSQL "Seq Scan on t") is flagged. Values are
// written into the text (integers made here) because PostgreSQL cannot PREPARE an EXPLAIN.
class QueryPlanCheck {
public:
    struct Subject {
        qint64 userId = 0;
        qint64 campaignId = 0;
        qint64 senderId = 0;
        qint64 sourceId = 0;
        qint64 nowMs = 0;
    };
    struct Plan {
        QString name;
        QStringList steps;
        QStringList fullScans; // tables read whole
    };

    explicit QueryPlanCheck(const Database& database);
    Result<QList<Plan>> explain(const Subject& subject) const;

private:
    Result<Plan> explainOne(const QString& name, const QString& sql) const;

    const Database& m_database;
};

} // namespace outreach::bench
