#include "SmtpPool.h"

#include "mail/SmtpClient.h"

#include <algorithm>

namespace outreach::mail {

SmtpPool::SmtpPool(SmtpSettings settings, int maxConnections, QObject* parent)
    : MailTransport(parent), m_settings(std::move(settings)),
      m_maxConnections(std::max(1, maxConnections)) {}

SmtpClient* SmtpPool::pickClient() {
    for (SmtpClient* client : std::as_const(m_clients)) {
        if (client->pendingCount() == 0)
            return client;
    }
    if (m_clients.size() < m_maxConnections) {
        auto* client = new SmtpClient(m_settings, this);
        connect(client, &SmtpClient::messageFinished, this, &SmtpPool::messageFinished);
        connect(client, &SmtpClient::connectionClosed, this, &SmtpPool::connectionClosed);
        connect(client, &SmtpClient::idle, this, [this] {
            if (pendingCount() == 0)
                emit idle();
        });
        m_clients.append(client);
        return client;
    }
    return *std::min_element(m_clients.cbegin(), m_clients.cend(),
                             [](const SmtpClient* a, const SmtpClient* b) {
                                 return a->pendingCount() < b->pendingCount();
                             });
}

void SmtpPool::send(qint64 id, const MimeMessage& message) {
    pickClient()->send(id, message);
}

int SmtpPool::pendingCount() const {
    int total = 0;
    for (const SmtpClient* client : m_clients)
        total += client->pendingCount();
    return total;
}

void SmtpPool::close() {
    for (SmtpClient* client : std::as_const(m_clients))
        client->close();
}

QList<qint64> SmtpPool::cancelQueued() {
    QList<qint64> ids;
    for (SmtpClient* client : std::as_const(m_clients))
        ids += client->cancelQueued();
    return ids;
}

bool SmtpPool::isConnected() const {
    return std::any_of(m_clients.cbegin(), m_clients.cend(),
                       [](const SmtpClient* client) { return client->isConnected(); });
}

int SmtpPool::connectionsOpened() const {
    int total = 0;
    for (const SmtpClient* client : m_clients)
        total += client->connectionsOpened();
    return total;
}

} // namespace outreach::mail
