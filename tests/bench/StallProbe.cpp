#include "StallProbe.h"

#include <algorithm>
#include <cmath>

namespace outreach::bench {

StallProbe::StallProbe(int intervalMs, QObject* parent) : QObject(parent) {
    m_timer.setInterval(intervalMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &StallProbe::tick);
}

void StallProbe::start() {
    m_gapsNs.clear();
    m_endsNs.clear();
    m_clock.start();
    m_lastNs = 0;
    m_timer.start();
}

void StallProbe::stop() {
    m_timer.stop();
}

void StallProbe::tick() {
    const qint64 now = m_clock.nsecsElapsed();
    m_gapsNs << now - m_lastNs;
    m_endsNs << now;
    m_lastNs = now;
}

double StallProbe::maxMs() const {
    if (m_gapsNs.isEmpty())
        return 0;
    return double(*std::max_element(m_gapsNs.begin(), m_gapsNs.end())) / 1e6;
}

double StallProbe::percentileMs(double p) const {
    if (m_gapsNs.isEmpty())
        return 0;
    QList<qint64> sorted = m_gapsNs;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype rank = std::clamp<qsizetype>(
        qsizetype(std::ceil(p / 100.0 * double(sorted.size()))) - 1, 0, sorted.size() - 1);
    return double(sorted[rank]) / 1e6;
}

QList<QPair<double, double>> StallProbe::stallsOver(double thresholdMs) const {
    QList<QPair<double, double>> stalls;
    for (qsizetype i = 0; i < m_gapsNs.size(); ++i)
        if (double(m_gapsNs[i]) / 1e6 >= thresholdMs)
            stalls << qMakePair(double(m_gapsNs[i]) / 1e6, double(m_endsNs[i]) / 1e6);
    return stalls;
}

} // namespace outreach::bench
