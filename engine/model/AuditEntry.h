#pragma once

#include <QJsonObject>
#include <optional>

namespace outreach {

// One admin action: who did what to which object, when, and why (the reason is optional).
struct AuditEntry {
    qint64 id = 0;
    qint64 at = 0;
    QString actor{};
    QString action{};     // e.g. user.pause, campaign.add, leads.import
    QString targetType{}; // user | campaign | sender | source | lead | job | run
    QString targetId{};
    std::optional<qint64> userId{};
    QString reason{};
    QString details{}; // compact JSON of what changed

    QJsonObject toJson() const;
};

} // namespace outreach
