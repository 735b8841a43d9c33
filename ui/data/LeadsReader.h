#pragma once

#include "model/InboundMessage.h"
#include "model/Lead.h"
#include "model/LeadPageQuery.h"

#include <QList>
#include <QObject>
#include <atomic>

namespace outreach {
class Clock;
class Database;
} // namespace outreach

namespace outreach::ui {

// The Leads page's read model, on the reader thread: one page of a user's leads with the
// number matching, and the mail the reply checker received about one lead. Every read goes
// through the user's UserScope, so the page can never show another user's lead.
class LeadsReader final : public QObject {
    Q_OBJECT
public:
    LeadsReader(const Database& database, const Clock& clock, QObject* parent = nullptr);

    // Called on the GUI thread before queueing a query: older queries still waiting are skipped.
    void want(quint64 token) { m_wanted.store(token); }

public Q_SLOTS:
    void query(quint64 token, const outreach::LeadPageQuery& query);
    void messages(qint64 userId, qint64 leadId);

Q_SIGNALS:
    void loaded(quint64 token, const outreach::LeadPageQuery& query,
                const QList<outreach::Lead>& rows, qint64 total);
    void messagesLoaded(qint64 leadId, const QList<outreach::InboundMessage>& messages);
    void failed(const QString& message);

private:
    const Database& m_database;
    const Clock& m_clock;
    std::atomic<quint64> m_wanted{0};
};

} // namespace outreach::ui
