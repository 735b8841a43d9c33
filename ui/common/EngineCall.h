#pragma once

#include "Engine.h"

#include <QMetaObject>
#include <utility>

namespace outreach::ui {

// Calls the engine on its own thread: the call is queued and returns at once; the answer
// comes back as one of the engine's signals. The only way pages talk to the engine.
template <typename Fn> void callEngine(Engine* engine, Fn&& fn) {
    QMetaObject::invokeMethod(
        engine, [engine, fn = std::forward<Fn>(fn)]() mutable { fn(*engine); },
        Qt::QueuedConnection);
}

} // namespace outreach::ui
