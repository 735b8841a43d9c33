#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QString>

namespace outreach {

// A client account of the agency; everything user-owned hangs off its id.
struct User {
    qint64 id = 0;
    QString email{};
    QString name{};
    QString status = QStringLiteral("active"); // active | paused | disabled
    QString timeZone = QStringLiteral("UTC");
    int dailyEmailQuota = 200;
    int monthlyLeadQuota = 1000;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    bool isActive() const { return status == QLatin1String("active"); }
    QJsonObject toJson() const;

    // Checks the fields a person types; the first problem names its field.
    Status validate() const;
    static bool isValidStatus(const QString& status);
};

} // namespace outreach
