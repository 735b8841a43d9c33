#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace outreach {

// A received message the reply checker acted on (or chose not to), as shown on the lead.
struct InboundMessage {
    qint64 id = 0;
    qint64 userId = 0;
    QString messageKey{}; // the Message-ID, or "sha256:<hex>" of the header without one
    std::optional<qint64> senderAccountId{};
    QString kind{}; // reply | auto-reply | bounce | delayed | unsubscribe | unmatched
    std::optional<qint64> leadId{};
    std::optional<qint64> outboxId{};
    QString fromAddress{};
    QString subject{};
    QString snippet{};
    QString detail{}; // why it was classified so, e.g. "delivery report: failed 5.1.1 for x"
    std::optional<qint64> receivedAt{};
    qint64 processedAt = 0;

    QJsonObject toJson() const;
    static bool isValidKind(const QString& kind);
};

} // namespace outreach
