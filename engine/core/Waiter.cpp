#include "core/Waiter.h"

#include "core/RealWaiter.h"
#include "core/VirtualWaiter.h"

namespace outreach {

std::unique_ptr<Waiter> Waiter::create(ManualClock* manual) {
    if (manual)
        return std::make_unique<VirtualWaiter>(*manual);
    return std::make_unique<RealWaiter>();
}

} // namespace outreach
