#pragma once

#include "reports/WeeklyReport.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace outreach::ui {

// What the Reports page shows for one user and week, read in one go on the reader thread:
// the week's report (stored, or computed on the spot) and the weeks before it to compare.
struct ReportData {
    qint64 userId = 0;
    QString week{}; // the week asked for, "2026-W24"
    WeeklyReport report{};
    bool stored = false;           // false: computed now, not stored
    QList<WeeklyReport> history{}; // oldest first, ending with `report`'s week
    QString error{};               // why there is no report
};

} // namespace outreach::ui

Q_DECLARE_METATYPE(outreach::ui::ReportData)
