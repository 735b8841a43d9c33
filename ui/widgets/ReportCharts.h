#pragma once

#include "data/ReportData.h"

#include <QWidget>

class QBarSet;
class QChart;
class QChartView;
class QLineSeries;
class QPainter;

namespace outreach::ui {

// The four charts of a weekly report: the funnel, leads and quality per source, quota usage,
// and the weeks compared. They only draw the engine's figures (ReportData); the same numbers
// are on the page as text. Exposed series let tests compare what is drawn with the report.
class ReportCharts final : public QWidget {
    Q_OBJECT
public:
    explicit ReportCharts(QWidget* parent = nullptr);

    void setData(const ReportData& data);
    // Draws the charts in a 2 x 2 grid into `target` (the PDF export), as vectors.
    void render(QPainter& painter, const QRectF& target);

    // Converted, replied, contacted, generated: the funnel's bars from the bottom up.
    QBarSet* funnel() const { return m_funnel; }
    QBarSet* sourceReturned() const { return m_sourceReturned; }
    QBarSet* sourceValid() const { return m_sourceValid; }
    QBarSet* sourceAdded() const { return m_sourceAdded; }
    // One set per quota of the report, in its order, each holding the percent used.
    QList<QBarSet*> quotaSets() const { return m_quotaSets; }
    QLineSeries* historyLeads() const { return m_historyLeads; }
    QLineSeries* historyContacted() const { return m_historyContacted; }
    QLineSeries* historyReplied() const { return m_historyReplied; }
    QStringList funnelStages() const;
    QStringList sourceLabels() const;
    QStringList historyWeeks() const; // "2026-W17" ... "2026-W24"

private:
    QChartView* addView(QChart* chart, const QString& accessibleName);
    void fillFunnel(const WeeklyReport& r);
    void fillSources(const WeeklyReport& r);
    void fillQuotas(const WeeklyReport& r);
    void fillHistory(const QList<WeeklyReport>& history);

    QList<QChartView*> m_views;
    QChart* m_funnelChart;
    QChart* m_sourceChart;
    QChart* m_quotaChart;
    QChart* m_historyChart;
    QBarSet* m_funnel = nullptr;
    QBarSet* m_sourceReturned = nullptr;
    QBarSet* m_sourceValid = nullptr;
    QBarSet* m_sourceAdded = nullptr;
    QList<QBarSet*> m_quotaSets;
    QLineSeries* m_historyLeads = nullptr;
    QLineSeries* m_historyContacted = nullptr;
    QLineSeries* m_historyReplied = nullptr;
    QStringList m_historyWeeks; // oldest first, as the history series' points
};

} // namespace outreach::ui
