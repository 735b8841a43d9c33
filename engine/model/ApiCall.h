#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace outreach {

// One request to a lead source, successful or not: the record behind quota accounting,
// cost per lead and the weekly per-source breakdown.
struct ApiCall {
    qint64 id = 0;
    qint64 userId = 0;
    std::optional<qint64> sourceId{}; // empty once the source has been deleted
    qint64 calledAt = 0;              // UTC ms when the request started
    qint64 durationMs = 0;
    bool success = false;
    int httpStatus = 0; // 0 when no HTTP answer arrived (timeout, refused, file source)
    QString error{};
    int leadsReturned = 0; // records the source answered with
    int leadsValid = 0;    // of those, with a valid address and fields
    int leadsInserted = 0; // of those, new to this user and within target and quota
    double cost = 0.0;

    QJsonObject toJson() const;
};

} // namespace outreach
