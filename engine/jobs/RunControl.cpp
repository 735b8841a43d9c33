#include "jobs/RunControl.h"

namespace outreach {

void RunControl::addItems(qint64 count) {
    m_unitItems.fetch_add(count);
    if (m_listener)
        m_listener();
}

} // namespace outreach
