#include "admin/AgencySettings.h"

#include "outbox/DeliveryPolicy.h"
#include "store/AuditedChange.h"
#include "store/EngineSettingsRepository.h"

namespace outreach {

QList<AgencySettings::Setting> AgencySettings::known() {
    // Retention has its own command (`logs retention`).
    return {
        {QString::fromLatin1(DeliveryPolicy::kUnsubscribeUrlKey),
         QStringLiteral("https one-click unsubscribe URL with a {token} placeholder "
                        "(List-Unsubscribe)")},
        {QString::fromLatin1(DeliveryPolicy::kDryRunDirKey),
         QStringLiteral("absolute folder: every message is written there as .eml instead of "
                        "being sent")},
        {QString::fromLatin1(DeliveryPolicy::kMaxAttemptsKey),
         QStringLiteral("attempts before a temporarily failing message becomes failed (1-100, "
                        "default 5)")},
    };
}

bool AgencySettings::isKnown(const QString& key) {
    for (const Setting& s : known())
        if (s.key == key)
            return true;
    return false;
}

Result<QList<AgencySettings::Value>> AgencySettings::values(const Database& database,
                                                            const Clock& clock) {
    const EngineSettingsRepository settings(database, clock);
    QList<Value> out;
    for (const Setting& s : known()) {
        Result<std::optional<QString>> value = settings.value(s.key);
        if (!value)
            return value.error();
        out.append({s.key, value->value_or(QString())});
    }
    return out;
}

Status AgencySettings::change(const Database& database, const Clock& clock, const QString& key,
                              const std::optional<QString>& value, const QString& reason) {
    if (!isKnown(key))
        return Error::badInput(QStringLiteral("key"),
                               QStringLiteral("key: '%1' is not an agency setting").arg(key));
    AuditEntry entry{.action =
                         value ? QStringLiteral("settings.set") : QStringLiteral("settings.unset"),
                     .targetType = QStringLiteral("setting"),
                     .targetId = key,
                     .reason = reason,
                     .details = value.value_or(QString())};
    return runAudited(database, clock, entry, [&](AuditEntry&) -> Status {
        if (Status set =
                EngineSettingsRepository(database, clock).setValue(key, value.value_or(QString()));
            !set)
            return set;
        // Read back through the send path: the error names the key, and the transaction
        // rolls the value back.
        Result<DeliveryPolicy> policy = DeliveryPolicy::fromAgencySettings(database, clock, {});
        return policy ? Status::success() : Status(policy.error());
    });
}

} // namespace outreach
