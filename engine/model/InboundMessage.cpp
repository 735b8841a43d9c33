#include "model/InboundMessage.h"

#include "core/TimeFormat.h"

namespace outreach {
namespace {

QJsonValue optionalId(const std::optional<qint64>& id) {
    return id ? QJsonValue(*id) : QJsonValue();
}

} // namespace

QJsonObject InboundMessage::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("userId"), userId},
            {QStringLiteral("messageId"), messageKey},
            {QStringLiteral("senderId"), optionalId(senderAccountId)},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("leadId"), optionalId(leadId)},
            {QStringLiteral("outboxId"), optionalId(outboxId)},
            {QStringLiteral("from"), fromAddress},
            {QStringLiteral("subject"), subject},
            {QStringLiteral("snippet"), snippet},
            {QStringLiteral("detail"), detail},
            {QStringLiteral("receivedAt"),
             receivedAt ? QJsonValue(TimeFormat::isoUtc(*receivedAt)) : QJsonValue()},
            {QStringLiteral("processedAt"), TimeFormat::isoUtc(processedAt)}};
}

bool InboundMessage::isValidKind(const QString& kind) {
    static const QStringList kinds{QStringLiteral("reply"),       QStringLiteral("auto-reply"),
                                   QStringLiteral("bounce"),      QStringLiteral("delayed"),
                                   QStringLiteral("unsubscribe"), QStringLiteral("unmatched")};
    return kinds.contains(kind);
}

} // namespace outreach
