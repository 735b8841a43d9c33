#pragma once

#include "data/DashboardSnapshot.h"

#include <QObject>

namespace outreach {
class Clock;
class Database;
} // namespace outreach

namespace outreach::ui {

// Reads the dashboard's cross-user figures on the reader thread: failed user outcomes of the
// last 24 hours, quota warnings and unknown outbox rows. Read-only, admin-level repositories.
class DashboardReader final : public QObject {
    Q_OBJECT
public:
    DashboardReader(const Database& database, const Clock& clock, QObject* parent = nullptr);

    static constexpr qint64 kFailureWindowMs = 24LL * 60 * 60 * 1000;
    static constexpr int kMaxFailures = 100;

public Q_SLOTS:
    void load();

Q_SIGNALS:
    void loaded(const outreach::ui::DashboardSnapshot& snapshot);

private:
    QString readFailures(DashboardSnapshot& snapshot) const;
    QString readQuotas(DashboardSnapshot& snapshot) const;
    QString readOutbox(DashboardSnapshot& snapshot) const;
    QString readReplies(DashboardSnapshot& snapshot) const;

    const Database& m_database;
    const Clock& m_clock;
};

} // namespace outreach::ui
