#pragma once

#include <QJsonObject>
#include <optional>

namespace outreach {

// One email in the outbox. Every send goes through here (SPEC 3.11): pending -> sending ->
// sent, with retry/failed on errors; `unknown` when a crash left it mid-send; never resent
// silently.
struct OutboxMessage {
    qint64 id = 0;
    qint64 userId = 0;
    std::optional<qint64> campaignId{};
    std::optional<qint64> leadId{};
    std::optional<qint64> senderAccountId{};
    QString kind{}; // initial | followup1 | followup2 | test
    QString toAddress{};
    QString subject{};
    QString bodyText{};
    QString bodyHtml{};
    qint64 scheduledFor = 0;
    QString status = QStringLiteral("pending");
    int attempts = 0;
    QString lastError{};
    QString messageId{};
    std::optional<qint64> sentAt{};
    QString idempotencyKey{};
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    QJsonObject toJson() const;
    static bool isValidStatus(const QString& status);
    static bool isValidKind(const QString& kind);
};

} // namespace outreach
