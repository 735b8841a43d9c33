#pragma once

#include <QDateTime>
#include <QMutex>

namespace outreach {

// Every time decision asks a Clock, so tests and `--now` can drive time without sleeping.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // always UTC
    qint64 nowMs() const { return now().toMSecsSinceEpoch(); }
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override;
};

// A clock that only moves when told to: `--now` freezes it, tests advance it.
class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime start);
    QDateTime now() const override;
    void set(QDateTime instant);
    void advanceMs(qint64 ms);

private:
    mutable QMutex m_mutex;
    QDateTime m_now;
};

} // namespace outreach
