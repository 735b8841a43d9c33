#pragma once

#include "core/Waiter.h"

namespace outreach {

// Moves a manual clock forward by the wait and calls back on the next turn of the event loop.
class VirtualWaiter final : public Waiter {
public:
    explicit VirtualWaiter(ManualClock& clock);
    void wait(qint64 ms, QObject* context, std::function<void()> done) override;

private:
    ManualClock& m_clock;
};

} // namespace outreach
