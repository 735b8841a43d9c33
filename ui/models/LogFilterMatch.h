#pragma once

#include "model/LogFilter.h"
#include "model/LogRecord.h"

namespace outreach::ui {

// Whether a live record belongs in a view of stored records with this filter: the same rules
// as LogRepository::query (minimum level, job, run, user, case-insensitive text).
class LogFilterMatch {
public:
    static bool matches(const LogFilter& filter, const LogRecord& record);
    static bool isEmpty(const LogFilter& filter);
};

} // namespace outreach::ui
