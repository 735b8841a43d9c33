#include "model/Lead.h"

#include "core/TimeFormat.h"

#include <QStringList>

namespace outreach {
namespace {
QJsonValue optionalTime(const std::optional<qint64>& ms) {
    return ms ? QJsonValue(TimeFormat::isoUtc(*ms)) : QJsonValue(QJsonValue::Null);
}
} // namespace

QJsonObject Lead::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("userId"), userId},
            {QStringLiteral("campaignId"), campaignId ? QJsonValue(*campaignId) : QJsonValue()},
            {QStringLiteral("email"), email},
            {QStringLiteral("firstName"), firstName},
            {QStringLiteral("lastName"), lastName},
            {QStringLiteral("company"), company},
            {QStringLiteral("title"), title},
            {QStringLiteral("source"), source},
            {QStringLiteral("score"), score},
            {QStringLiteral("status"), status},
            {QStringLiteral("createdAt"), TimeFormat::isoUtc(createdAt)},
            {QStringLiteral("contactedAt"), optionalTime(contactedAt)},
            {QStringLiteral("followUp1At"), optionalTime(followUp1At)},
            {QStringLiteral("followUp2At"), optionalTime(followUp2At)},
            {QStringLiteral("repliedAt"), optionalTime(repliedAt)},
            {QStringLiteral("bouncedAt"), optionalTime(bouncedAt)},
            {QStringLiteral("unsubscribedAt"), optionalTime(unsubscribedAt)},
            {QStringLiteral("convertedAt"), optionalTime(convertedAt)}};
}

bool Lead::isValidStatus(const QString& value) {
    static const QStringList valid{QStringLiteral("new"),          QStringLiteral("contacted"),
                                   QStringLiteral("followup1"),    QStringLiteral("followup2"),
                                   QStringLiteral("replied"),      QStringLiteral("bounced"),
                                   QStringLiteral("unsubscribed"), QStringLiteral("converted")};
    return valid.contains(value);
}

QString Lead::normaliseEmail(const QString& email) {
    return email.trimmed().toLower();
}

} // namespace outreach
