#pragma once

#include "core/Result.h"
#include "model/LogFilter.h"
#include "model/LogRecord.h"

#include <QList>

namespace outreach {

class Database;

// Admin-level: the log_records table, written in batches by the database log sink and read
// by the Logs page and `outreachctl logs` across all users.
class LogRepository {
public:
    explicit LogRepository(const Database& database);

    Status insert(const QList<LogRecord>& records) const; // one transaction
    // The newest `filter.limit` matching records, returned oldest first.
    Result<QList<LogRecord>> query(const LogFilter& filter) const;
    // For a viewer following another engine: the highest record id so far (0 when none), and
    // up to `limit` records stored after `afterId`, in id order.
    Result<qint64> latestId() const;
    Result<QList<LogRecord>> storedAfter(qint64 afterId, int limit) const;
    Result<int> pruneBatch(qint64 cutoff, int batch) const;

private:
    const Database& m_database;
};

} // namespace outreach
