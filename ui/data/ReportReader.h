#pragma once

#include "data/ReportData.h"

#include <QObject>
#include <atomic>

namespace outreach {
class Clock;
class Database;
} // namespace outreach

namespace outreach::ui {

// The Reports page's read model, on the reader thread: a user's weekly report exactly as
// `outreachctl report weekly` shows it (WeeklyReportService::storedOrComputed, the engine's
// figures, never recomputed here), plus the same for the weeks before it.
class ReportReader final : public QObject {
    Q_OBJECT
public:
    ReportReader(const Database& database, const Clock& clock, QObject* parent = nullptr);

    static constexpr int kHistoryWeeks = 8;

    void want(quint64 token) { m_wanted.store(token); }

public Q_SLOTS:
    // `week` empty: the last complete week in the user's zone.
    void load(quint64 token, qint64 userId, const QString& week);

Q_SIGNALS:
    void loaded(quint64 token, const outreach::ui::ReportData& data);

private:
    ReportData read(qint64 userId, const QString& week) const;

    const Database& m_database;
    const Clock& m_clock;
    std::atomic<quint64> m_wanted{0};
};

} // namespace outreach::ui
