#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace outreach {

struct Campaign {
    qint64 id = 0;
    qint64 userId = 0;
    QString name{};
    QString status = QStringLiteral("active"); // draft | active | paused | scheduled | completed
    QString scheduleType = QStringLiteral("daily"); // daily | once | recurring | manual
    QString scheduleTime = QStringLiteral("09:00"); // HH:MM in the user's zone
    QString startDate{};                            // YYYY-MM-DD or empty
    QString endDate{};                              // YYYY-MM-DD or empty
    int recurrenceDays = 0;
    std::optional<qint64> nextRunAt{};
    std::optional<qint64> lastRunAt{};
    int dailyLimit = 50;
    QStringList keywords{};
    bool followUpEnabled = false;
    int followUp1DelayDays = 3;
    int followUp2DelayDays = 4;
    QString subject{};
    QString bodyInitial{};
    QString bodyFollowUp1{};
    QString bodyFollowUp2{};
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    QJsonObject toJson() const;
    Status validate() const;
    static bool isValidStatus(const QString& value);
    static bool isValidScheduleType(const QString& value);
};

} // namespace outreach
