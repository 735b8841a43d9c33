#include "common/RequestIds.h"

#include <atomic>

namespace outreach::ui {

quint64 RequestIds::next() {
    static std::atomic<quint64> counter{0};
    return ++counter;
}

} // namespace outreach::ui
