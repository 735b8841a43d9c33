#pragma once

#include "core/Result.h"

#include <QList>
#include <optional>

namespace outreach {
class Database;
class Clock;
} // namespace outreach

namespace outreach::cli {

// The users a listing command covers: the one named by --user (checked to exist), or all.
Result<QList<qint64>> selectUsers(const Database& database, const Clock& clock,
                                  const std::optional<QString>& userOption);

} // namespace outreach::cli
