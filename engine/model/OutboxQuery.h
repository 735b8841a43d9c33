#pragma once

#include <QMetaType>
#include <QStringList>
#include <optional>

namespace outreach {

// One page of the agency-wide outbox view (the console's Outbox page): rows with any of
// `statuses` (empty: every status), of one user or all, the rows needing the admin first
// (unknown, then failed, retry, pending, ...), newest first within a status.
struct OutboxQuery {
    QStringList statuses{};
    std::optional<qint64> userId{};
    int limit = 100;
    int offset = 0;
};

} // namespace outreach

Q_DECLARE_METATYPE(outreach::OutboxQuery)
