#pragma once

#include "core/Waiter.h"

namespace outreach {

// Waits on a single-shot timer in the context object's event loop.
class RealWaiter final : public Waiter {
public:
    void wait(qint64 ms, QObject* context, std::function<void()> done) override;
};

} // namespace outreach
