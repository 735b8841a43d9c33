#include "store/ApiCallRepository.h"

#include "core/QuotaMonth.h"
#include "store/Database.h"
#include "store/Sql.h"

namespace outreach {

Result<ApiCall> ApiCallRepository::record(ApiCall call) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql insert(
        *db, QStringLiteral("INSERT INTO api_calls (user_id, source_id, called_at, duration_ms, "
                            "success, http_status, error, leads_returned, leads_valid, "
                            "leads_inserted, cost) VALUES (:uid, :sid, :at, :duration, :success, "
                            ":status, :error, :returned, :valid, :inserted, :cost) RETURNING id"));
    insert.bindInt(QStringLiteral(":uid"), m_userId)
        .bindOptionalInt(QStringLiteral(":sid"), call.sourceId)
        .bindInt(QStringLiteral(":at"), call.calledAt)
        .bindInt(QStringLiteral(":duration"), qMax<qint64>(0, call.durationMs))
        .bindInt(QStringLiteral(":success"), call.success ? 1 : 0)
        .bindInt(QStringLiteral(":status"), call.httpStatus)
        .bindText(QStringLiteral(":error"), call.error)
        .bindInt(QStringLiteral(":returned"), call.leadsReturned)
        .bindInt(QStringLiteral(":valid"), call.leadsValid)
        .bindInt(QStringLiteral(":inserted"), call.leadsInserted)
        .bind(QStringLiteral(":cost"), call.cost);
    Result<qint64> id = insert.execReturningId();
    if (!id)
        return id.error();
    call.id = *id;
    call.userId = m_userId;
    return call;
}

Result<QList<ApiCall>> ApiCallRepository::list(qint64 fromMs, qint64 toMs, int limit) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql query(*db, QStringLiteral("SELECT id, source_id, called_at, duration_ms, success, "
                                  "http_status, error, leads_returned, leads_valid, "
                                  "leads_inserted, cost FROM api_calls WHERE user_id = :uid AND "
                                  "called_at >= :from AND called_at < :to "
                                  "ORDER BY called_at DESC, id DESC LIMIT :limit"));
    query.bindInt(QStringLiteral(":uid"), m_userId)
        .bindInt(QStringLiteral(":from"), fromMs)
        .bindInt(QStringLiteral(":to"), toMs)
        .bindInt(QStringLiteral(":limit"), limit);
    if (Status done = query.exec(); !done)
        return done.error();
    QList<ApiCall> calls;
    while (query.next()) {
        ApiCall call;
        call.id = query.integer(QStringLiteral("id"));
        call.userId = m_userId;
        call.sourceId = query.optionalInt(QStringLiteral("source_id"));
        call.calledAt = query.integer(QStringLiteral("called_at"));
        call.durationMs = query.integer(QStringLiteral("duration_ms"));
        call.success = query.integer(QStringLiteral("success")) != 0;
        call.httpStatus = int(query.integer(QStringLiteral("http_status")));
        call.error = query.text(QStringLiteral("error"));
        call.leadsReturned = int(query.integer(QStringLiteral("leads_returned")));
        call.leadsValid = int(query.integer(QStringLiteral("leads_valid")));
        call.leadsInserted = int(query.integer(QStringLiteral("leads_inserted")));
        call.cost = query.value(QStringLiteral("cost")).toDouble();
        calls.append(call);
    }
    return calls;
}

Result<qint64> ApiCallRepository::monthlyUsage(qint64 sourceId, qint64 asOfMs) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    const QuotaMonth month = QuotaMonth::containing(asOfMs);
    Sql query(*db, QStringLiteral("SELECT COUNT(*) FROM api_calls WHERE user_id = :uid AND "
                                  "source_id = :sid AND called_at >= :from AND called_at <= :to"));
    query.bindInt(QStringLiteral(":uid"), m_userId)
        .bindInt(QStringLiteral(":sid"), sourceId)
        .bindInt(QStringLiteral(":from"), month.startMs())
        .bindInt(QStringLiteral(":to"), asOfMs);
    Result<std::optional<QVariant>> value = query.execScalar();
    if (!value)
        return value.error();
    return value->has_value() ? (*value)->toLongLong() : 0;
}

Result<QHash<qint64, qint64>> ApiCallRepository::callsPerSource(qint64 fromMs, qint64 toMs) const {
    Result<QList<SourceTotals>> totals = totalsPerSource(fromMs, toMs);
    if (!totals)
        return totals.error();
    QHash<qint64, qint64> calls;
    for (const SourceTotals& t : *totals)
        if (t.sourceId)
            calls.insert(*t.sourceId, t.calls);
    return calls;
}

Result<QList<ApiCallRepository::SourceTotals>>
ApiCallRepository::totalsPerSource(qint64 fromMs, qint64 toMs) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    // SUM over an empty group is NULL on both backends; COALESCE keeps the reads simple.
    Sql query(*db,
              QStringLiteral("SELECT source_id, COUNT(*) AS calls, "
                             "COALESCE(SUM(CASE WHEN success = 0 THEN 1 ELSE 0 END), 0) AS failed, "
                             "COALESCE(SUM(leads_returned), 0) AS returned, "
                             "COALESCE(SUM(leads_valid), 0) AS valid, "
                             "COALESCE(SUM(leads_inserted), 0) AS inserted, "
                             "COALESCE(SUM(cost), 0) AS cost, "
                             "COALESCE(SUM(duration_ms), 0) AS duration "
                             "FROM api_calls WHERE user_id = :uid AND called_at >= :from AND "
                             "called_at < :to GROUP BY source_id "
                             "ORDER BY CASE WHEN source_id IS NULL THEN 1 ELSE 0 END, source_id"));
    query.bindInt(QStringLiteral(":uid"), m_userId)
        .bindInt(QStringLiteral(":from"), fromMs)
        .bindInt(QStringLiteral(":to"), toMs);
    if (Status done = query.exec(); !done)
        return done.error();
    QList<SourceTotals> totals;
    while (query.next()) {
        SourceTotals t;
        t.sourceId = query.optionalInt(QStringLiteral("source_id"));
        t.calls = query.integer(QStringLiteral("calls"));
        t.failed = query.integer(QStringLiteral("failed"));
        t.leadsReturned = query.integer(QStringLiteral("returned"));
        t.leadsValid = query.integer(QStringLiteral("valid"));
        t.leadsInserted = query.integer(QStringLiteral("inserted"));
        t.cost = query.value(QStringLiteral("cost")).toDouble();
        t.totalDurationMs = query.integer(QStringLiteral("duration"));
        totals.append(t);
    }
    return totals;
}

} // namespace outreach
