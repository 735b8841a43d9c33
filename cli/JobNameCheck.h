#pragma once

#include "core/Result.h"

#include <QString>

namespace outreach {
class Clock;
class Database;
} // namespace outreach

namespace outreach::cli {

// A --job filter must name a job this build knows or one the history has seen; anything else
// is a typo, reported as bad input rather than answered with an empty list.
Status checkJobFilter(const Database& database, const Clock& clock, const QString& job);

} // namespace outreach::cli
