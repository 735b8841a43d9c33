#pragma once

#include "data/ReportData.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QStringList>

namespace outreach::ui {

// A weekly report's figures and warnings as translated text: what the Reports page shows
// next to its charts and what the PDF export prints, so both say the same thing.
class ReportSummary {
    Q_DECLARE_TR_FUNCTIONS(ReportSummary)
public:
    static QString heading(const ReportData& data); // "Anna Becker — week 2026-W24"
    static QString origin(const ReportData& data);  // stored or computed now, and when
    // (name, value) pairs in reading order: funnel, sources, quality, cost.
    static QList<QPair<QString, QString>> figures(const WeeklyReport& report);
    // One line per quota at or above 90% and per other warning the report gives.
    static QStringList warnings(const WeeklyReport& report);
    static QStringList quotaLines(const WeeklyReport& report);
    // Per source: calls, leads returned, valid (the quality) and added.
    static QStringList sourceLines(const WeeklyReport& report);
};

} // namespace outreach::ui
