#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <optional>

namespace outreach {

struct Lead {
    qint64 id = 0;
    qint64 userId = 0;
    std::optional<qint64> campaignId{};
    QString email{};
    QString firstName{};
    QString lastName{};
    QString company{};
    QString title{};
    QString source{};
    int score = 0;
    QString status = QStringLiteral("new");
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    std::optional<qint64> contactedAt{};
    std::optional<qint64> followUp1At{};
    std::optional<qint64> followUp2At{};
    std::optional<qint64> repliedAt{};
    std::optional<qint64> bouncedAt{};
    std::optional<qint64> unsubscribedAt{};
    std::optional<qint64> convertedAt{};

    QJsonObject toJson() const;
    static bool isValidStatus(const QString& value);
    // Addresses are compared without regard to case: one lead per address per user.
    static QString normaliseEmail(const QString& email);
};

} // namespace outreach
