#include "model/LogRecord.h"

#include "core/TimeFormat.h"

#include <QStringList>

namespace outreach {

QJsonObject LogRecord::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("at"), TimeFormat::isoUtc(at)},
            {QStringLiteral("level"), level},
            {QStringLiteral("job"), job},
            {QStringLiteral("runId"), runId ? QJsonValue(*runId) : QJsonValue()},
            {QStringLiteral("userId"), userId ? QJsonValue(*userId) : QJsonValue()},
            {QStringLiteral("userEmail"), userEmail},
            {QStringLiteral("message"), message}};
}

const QStringList& LogRecord::levels() {
    static const QStringList names{QStringLiteral("trace"), QStringLiteral("debug"),
                                   QStringLiteral("info"),  QStringLiteral("warning"),
                                   QStringLiteral("error"), QStringLiteral("critical")};
    return names;
}

QString LogRecord::normaliseLevel(const QString& name) {
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("warn"))
        return QStringLiteral("warning");
    if (lower == QLatin1String("err"))
        return QStringLiteral("error");
    return levels().contains(lower) ? lower : QString();
}

} // namespace outreach
