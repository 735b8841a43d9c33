#pragma once

#include <QtGlobal>
#include <atomic>
#include <functional>

namespace outreach {

// State a run shares between the engine thread (which cancels and reports progress) and the
// worker thread running a user's unit (which checks for cancellation and counts items).
class RunControl {
public:
    void requestCancel() { m_cancel.store(true); }
    bool isCancelRequested() const { return m_cancel.load(); }

    void startUnit() { m_unitItems.store(0); }
    void addItems(qint64 count);
    qint64 unitItems() const { return m_unitItems.load(); }

    // Called on the unit's thread after items change. Set before the first unit starts.
    void setItemsListener(std::function<void()> listener) { m_listener = std::move(listener); }

private:
    std::atomic<bool> m_cancel{false};
    std::atomic<qint64> m_unitItems{0};
    std::function<void()> m_listener;
};

} // namespace outreach
