#pragma once

#include "core/Result.h"

#include <QString>
#include <optional>

namespace outreach {

class Clock;
class Database;

// Admin-level: engine-wide settings stored as text (e.g. "retention.days").
class EngineSettingsRepository {
public:
    EngineSettingsRepository(const Database& database, const Clock& clock);

    Result<std::optional<QString>> value(const QString& key) const;
    Status setValue(const QString& key, const QString& value) const;

    static constexpr const char* kRetentionDays = "retention.days";

private:
    const Database& m_database;
    const Clock& m_clock;
};

} // namespace outreach
