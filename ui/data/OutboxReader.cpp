#include "data/OutboxReader.h"

#include "store/AdminOutboxRepository.h"

namespace outreach::ui {

OutboxReader::OutboxReader(const Database& database, const Clock& clock, QObject* parent)
    : QObject(parent), m_database(database), m_clock(clock) {}

void OutboxReader::query(quint64 token, const OutboxQuery& query) {
    if (token != m_wanted.load())
        return; // the page has asked for something newer since
    const AdminOutboxRepository outbox(m_database, m_clock);
    Result<qint64> total = outbox.count(query);
    if (!total)
        return Q_EMIT failed(token, total.error().message);
    Result<QList<OutboxMessage>> rows = outbox.page(query);
    if (!rows)
        return Q_EMIT failed(token, rows.error().message);
    Q_EMIT loaded(token, query, *rows, *total);
}

} // namespace outreach::ui
