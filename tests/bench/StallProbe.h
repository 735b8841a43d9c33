#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

namespace outreach::bench {

// Measures how long the thread's event loop goes without serving a 5 ms timer: every tick
// records the gap since the previous one (the largest gap is the longest stall a user sees).
class StallProbe final : public QObject {
    Q_OBJECT
public:
    explicit StallProbe(int intervalMs = 5, QObject* parent = nullptr);

    void start();
    void stop();

    double maxMs() const;
    double percentileMs(double p) const; // p in 0..100
    int ticks() const { return int(m_gapsNs.size()); }
    // Gaps of at least `thresholdMs`, in milliseconds, with when they ended (ms since start).
    QList<QPair<double, double>> stallsOver(double thresholdMs) const;

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    QList<qint64> m_gapsNs;
    QList<qint64> m_endsNs;
};

} // namespace outreach::bench
