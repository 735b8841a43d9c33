#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>
#include <optional>

namespace outreach {

class Clock;
class Database;

// The agency-wide mail settings an admin may change (mail.unsubscribe-url, mail.dry-run-dir,
// mail.max-attempts). A value is checked by the code that reads it at send time
// (DeliveryPolicy::fromAgencySettings) inside the transaction that stores it, so a value the
// engine would refuse is never stored. Shared by `outreachctl settings` and the console.
class AgencySettings {
public:
    struct Setting {
        QString key;
        QString meaning; // English, for the CLI's table
    };
    struct Value {
        QString key;
        QString value; // empty: not set
    };

    static QList<Setting> known();
    static bool isKnown(const QString& key);
    static Result<QList<Value>> values(const Database& database, const Clock& clock);
    // `value` unset: removes the setting. Audited as settings.set / settings.unset; an error
    // names the key.
    static Status change(const Database& database, const Clock& clock, const QString& key,
                         const std::optional<QString>& value, const QString& reason);
};

} // namespace outreach
