#pragma once

#include "mail/MailTransport.h"
#include "mail/SmtpSettings.h"

#include <QList>

namespace outreach::mail {

class SmtpClient;

// A few SmtpClient connections to one sender account's server. A message goes to an idle
// connection, else a new one while under the limit, else the least busy one. Results and
// idle() are reported for the pool as a whole.
class SmtpPool final : public MailTransport {
    Q_OBJECT
public:
    SmtpPool(SmtpSettings settings, int maxConnections, QObject* parent = nullptr);

    void send(qint64 id, const MimeMessage& message) override;
    int pendingCount() const override;
    void close() override;
    QList<qint64> cancelQueued() override;

    int maxConnections() const { return m_maxConnections; }
    int clientCount() const { return int(m_clients.size()); }
    int connectionsOpened() const; // over the pool's life, across its clients
    bool isConnected() const;      // whether any connection is open (e.g. still QUITting)

signals:
    // One of the pool's connections ended (after QUIT, or lost).
    void connectionClosed();

private:
    SmtpClient* pickClient();

    SmtpSettings m_settings;
    int m_maxConnections;
    QList<SmtpClient*> m_clients;
};

} // namespace outreach::mail
