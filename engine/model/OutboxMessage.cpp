#include "model/OutboxMessage.h"

#include "core/TimeFormat.h"

#include <QStringList>

namespace outreach {
namespace {
QJsonValue optionalId(const std::optional<qint64>& id) {
    return id ? QJsonValue(*id) : QJsonValue();
}
} // namespace

QJsonObject OutboxMessage::toJson() const {
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("userId"), userId},
        {QStringLiteral("campaignId"), optionalId(campaignId)},
        {QStringLiteral("leadId"), optionalId(leadId)},
        {QStringLiteral("senderId"), optionalId(senderAccountId)},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("to"), toAddress},
        {QStringLiteral("subject"), subject},
        {QStringLiteral("scheduledFor"), TimeFormat::isoUtc(scheduledFor)},
        {QStringLiteral("status"), status},
        {QStringLiteral("attempts"), attempts},
        {QStringLiteral("lastError"), lastError},
        {QStringLiteral("messageId"), messageId.isEmpty() ? QJsonValue() : QJsonValue(messageId)},
        {QStringLiteral("sentAt"), sentAt ? QJsonValue(TimeFormat::isoUtc(*sentAt)) : QJsonValue()},
        {QStringLiteral("createdAt"), TimeFormat::isoUtc(createdAt)}};
}

bool OutboxMessage::isValidStatus(const QString& status) {
    static const QStringList valid{QStringLiteral("pending"),  QStringLiteral("sending"),
                                   QStringLiteral("sent"),     QStringLiteral("retry"),
                                   QStringLiteral("failed"),   QStringLiteral("unknown"),
                                   QStringLiteral("cancelled")};
    return valid.contains(status);
}

bool OutboxMessage::isValidKind(const QString& kind) {
    static const QStringList valid{QStringLiteral("initial"), QStringLiteral("followup1"),
                                   QStringLiteral("followup2"), QStringLiteral("test")};
    return valid.contains(kind);
}

} // namespace outreach
