#include "model/AuditEntry.h"

#include "core/TimeFormat.h"

#include <QJsonDocument>

namespace outreach {

QJsonObject AuditEntry::toJson() const {
    QJsonObject object{{QStringLiteral("id"), id},
                       {QStringLiteral("at"), TimeFormat::isoUtc(at)},
                       {QStringLiteral("actor"), actor},
                       {QStringLiteral("action"), action},
                       {QStringLiteral("targetType"), targetType},
                       {QStringLiteral("targetId"), targetId},
                       {QStringLiteral("userId"), userId ? QJsonValue(*userId) : QJsonValue()},
                       {QStringLiteral("reason"), reason}};
    const QJsonDocument parsed = QJsonDocument::fromJson(details.toUtf8());
    object.insert(QStringLiteral("details"),
                  parsed.isObject() ? QJsonValue(parsed.object()) : QJsonValue(details));
    return object;
}

} // namespace outreach
