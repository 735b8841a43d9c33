#include "models/LogFilterMatch.h"

namespace outreach::ui {

bool LogFilterMatch::matches(const LogFilter& filter, const LogRecord& record) {
    if (filter.userId && record.userId != filter.userId)
        return false;
    if (filter.runId && record.runId != filter.runId)
        return false;
    if (!filter.job.isEmpty() && record.job != filter.job)
        return false;
    if (!filter.minLevel.isEmpty()) {
        const QStringList& levels = LogRecord::levels();
        if (levels.indexOf(record.level) < levels.indexOf(filter.minLevel))
            return false;
    }
    if (!filter.grep.isEmpty() && !record.message.contains(filter.grep, Qt::CaseInsensitive))
        return false;
    if (filter.since && record.at < *filter.since)
        return false;
    return true;
}

bool LogFilterMatch::isEmpty(const LogFilter& filter) {
    return !filter.userId && !filter.runId && filter.job.isEmpty() && filter.minLevel.isEmpty() &&
           filter.grep.isEmpty() && !filter.since;
}

} // namespace outreach::ui
