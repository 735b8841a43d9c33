#pragma once

#include <QMetaType>
#include <QString>

namespace outreach {

// One page of one user's leads as the console's Leads page asks for them: an optional status,
// text found in the address, names or company (any case), newest lead first.
struct LeadPageQuery {
    qint64 userId = 0;
    QString status{};
    QString text{};
    int limit = 100;
    int offset = 0;
};

} // namespace outreach

Q_DECLARE_METATYPE(outreach::LeadPageQuery)
