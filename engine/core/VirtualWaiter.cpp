#include "core/VirtualWaiter.h"

#include "core/Clock.h"

#include <QTimer>

namespace outreach {

VirtualWaiter::VirtualWaiter(ManualClock& clock) : m_clock(clock) {}

void VirtualWaiter::wait(qint64 ms, QObject* context, std::function<void()> done) {
    if (ms > 0)
        m_clock.advanceMs(ms);
    QTimer::singleShot(0, context, std::move(done));
}

} // namespace outreach
