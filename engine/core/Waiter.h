#pragma once

#include <QObject>
#include <functional>
#include <memory>

namespace outreach {

class Clock;
class ManualClock;

// How the engine lets time pass (pacing between users, retry delays): it never sleeps a
// thread, it asks a Waiter to call back later on the context object's thread. On the system
// clock that is a timer; on a manual clock (tests, `--now`) the wait advances the clock
// itself and calls back at once, so a paced run takes no real time and the recorded
// timestamps still show the pauses.
class Waiter {
public:
    virtual ~Waiter() = default;
    virtual void wait(qint64 ms, QObject* context, std::function<void()> done) = 0;

    // A virtual waiter when `manual` is set, a real one otherwise.
    static std::unique_ptr<Waiter> create(ManualClock* manual);
};

} // namespace outreach
