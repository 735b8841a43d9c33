#pragma once

#include "mail/MailTransport.h"

#include <QString>

#include <deque>
#include <utility>

namespace outreach::mail {

// Delivers into a folder: each message becomes `<id>-<message-id>.eml`, written atomically, with
// the same per-message results as SMTP. For the demo workspace and dry runs.
class FileTransport final : public MailTransport {
    Q_OBJECT
public:
    explicit FileTransport(QString directory, QObject* parent = nullptr);

    void send(qint64 id, const MimeMessage& message) override;
    int pendingCount() const override { return int(m_queue.size()); }
    void close() override {}
    QList<qint64> cancelQueued() override;

    const QString& directory() const { return m_directory; }
    static QString fileNameFor(qint64 id, const MimeMessage& message);

private:
    void writeQueued();

    QString m_directory;
    std::deque<std::pair<qint64, MimeMessage>> m_queue;
    bool m_scheduled = false;
};

} // namespace outreach::mail
