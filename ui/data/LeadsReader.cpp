#include "data/LeadsReader.h"

#include "store/UserScope.h"

namespace outreach::ui {

LeadsReader::LeadsReader(const Database& database, const Clock& clock, QObject* parent)
    : QObject(parent), m_database(database), m_clock(clock) {}

void LeadsReader::query(quint64 token, const LeadPageQuery& query) {
    if (token != m_wanted.load())
        return; // the page has asked for something newer since
    Result<UserScope> scope = UserScope::open(m_database, m_clock, query.userId);
    if (!scope)
        return Q_EMIT failed(scope.error().message);
    const LeadRepository leads = scope->leads();
    Result<qint64> total = leads.countMatching(query);
    if (!total)
        return Q_EMIT failed(total.error().message);
    Result<QList<Lead>> rows = leads.page(query);
    if (!rows)
        return Q_EMIT failed(rows.error().message);
    Q_EMIT loaded(token, query, *rows, *total);
}

void LeadsReader::messages(qint64 userId, qint64 leadId) {
    Result<UserScope> scope = UserScope::open(m_database, m_clock, userId);
    if (!scope)
        return Q_EMIT failed(scope.error().message);
    Result<QList<InboundMessage>> received = scope->inboundMail().list(leadId);
    if (!received)
        return Q_EMIT failed(received.error().message);
    Q_EMIT messagesLoaded(leadId, *received);
}

} // namespace outreach::ui
