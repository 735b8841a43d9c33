#include "core/RealWaiter.h"

#include <QTimer>
#include <algorithm>
#include <limits>

namespace outreach {

void RealWaiter::wait(qint64 ms, QObject* context, std::function<void()> done) {
    const int bounded = int(std::clamp<qint64>(ms, 0, std::numeric_limits<int>::max()));
    QTimer::singleShot(bounded, Qt::PreciseTimer, context, std::move(done));
}

} // namespace outreach
