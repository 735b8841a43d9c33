#pragma once

#include "model/OutboxMessage.h"
#include "model/OutboxQuery.h"

#include <QList>
#include <QObject>
#include <atomic>

namespace outreach {
class Clock;
class Database;
} // namespace outreach

namespace outreach::ui {

// The Outbox page's read model: one page of rows and the number matching, read on the reader
// thread through AdminOutboxRepository, so paging through a large outbox never blocks the GUI.
class OutboxReader final : public QObject {
    Q_OBJECT
public:
    OutboxReader(const Database& database, const Clock& clock, QObject* parent = nullptr);

    // Called on the GUI thread before queueing a query: older queries still waiting are skipped.
    void want(quint64 token) { m_wanted.store(token); }

public Q_SLOTS:
    void query(quint64 token, const outreach::OutboxQuery& query);

Q_SIGNALS:
    void loaded(quint64 token, const outreach::OutboxQuery& query,
                const QList<outreach::OutboxMessage>& rows, qint64 total);
    void failed(quint64 token, const QString& message);

private:
    const Database& m_database;
    const Clock& m_clock;
    std::atomic<quint64> m_wanted{0};
};

} // namespace outreach::ui
