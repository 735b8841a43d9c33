#include "widgets/ReportCharts.h"

#include "common/Format.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace outreach::ui {
namespace {

QChart* makeChart(const QString& title) {
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation); // exports and screenshots see final bars
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

void clear(QChart* chart) {
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

// A value axis from 0 to a round number above `top`, whole numbers for counts.
QValueAxis* countAxis(qreal top) {
    auto* axis = new QValueAxis;
    axis->setRange(0, std::max<qreal>(4, top * 1.15));
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->applyNiceNumbers();
    return axis;
}

} // namespace

ReportCharts::ReportCharts(QWidget* parent)
    : QWidget(parent), m_funnelChart(makeChart(tr("Funnel"))),
      m_sourceChart(makeChart(tr("Leads and quality per source"))),
      m_quotaChart(makeChart(tr("Quota usage this month (%)"))),
      m_historyChart(makeChart(tr("Compared with earlier weeks"))) {
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(addView(m_funnelChart, tr("Funnel chart")), 0, 0);
    grid->addWidget(addView(m_sourceChart, tr("Sources chart")), 0, 1);
    grid->addWidget(addView(m_quotaChart, tr("Quota chart")), 1, 0);
    grid->addWidget(addView(m_historyChart, tr("Weeks compared chart")), 1, 1);
    m_funnelChart->legend()->hide();
}

QChartView* ReportCharts::addView(QChart* chart, const QString& accessibleName) {
    auto* view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 240);
    view->setAccessibleName(accessibleName);
    // Dark desktop themes get dark charts, so the text stays readable.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_views.append(view);
    return view;
}

void ReportCharts::setData(const ReportData& data) {
    fillFunnel(data.report);
    fillSources(data.report);
    fillQuotas(data.report);
    fillHistory(data.history);
}

void ReportCharts::fillFunnel(const WeeklyReport& r) {
    clear(m_funnelChart);
    // Horizontal bars, widest stage on top, as a funnel is drawn; the stage names have room
    // to the left whatever their length in the chosen language. A category axis counts from
    // the bottom, so the stages go in from the last one.
    m_funnel = new QBarSet(tr("Leads"));
    // The theme draws bar labels in white, meant for inside a bar; these sit beside it.
    m_funnel->setLabelColor(palette().color(QPalette::WindowText));
    *m_funnel << r.conversions << r.replied << r.contacted << r.leadsGenerated;
    auto* series = new QHorizontalBarSeries;
    series->append(m_funnel);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_funnelChart->addSeries(series);
    auto* stages = new QBarCategoryAxis;
    stages->append({tr("Converted"), tr("Replied"), tr("Contacted"), tr("Generated")});
    m_funnelChart->addAxis(stages, Qt::AlignLeft);
    series->attachAxis(stages);
    QValueAxis* counts =
        countAxis(qreal(std::max({r.leadsGenerated, r.contacted, r.replied, r.conversions})));
    m_funnelChart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(counts);
}

void ReportCharts::fillSources(const WeeklyReport& r) {
    clear(m_sourceChart);
    m_sourceReturned = new QBarSet(tr("Returned"));
    m_sourceValid = new QBarSet(tr("Valid"));
    m_sourceAdded = new QBarSet(tr("Added"));
    QStringList labels;
    qint64 top = 0;
    for (const WeeklyReport::SourceLine& s : r.sources) {
        *m_sourceReturned << s.leadsReturned;
        *m_sourceValid << s.leadsValid;
        *m_sourceAdded << s.leadsInserted;
        labels << s.label; // the quality is in the page's text, where it has room

        top = std::max({top, s.leadsReturned, s.leadsValid, s.leadsInserted});
    }
    // Horizontal bars: the source names (and their quality) get the room on the left; under
    // the bars Qt Charts cuts long category names short.
    auto* series = new QHorizontalBarSeries;
    series->append({m_sourceReturned, m_sourceValid, m_sourceAdded});
    m_sourceChart->addSeries(series);
    auto* sources = new QBarCategoryAxis;
    sources->append(labels.isEmpty() ? QStringList{tr("No source was called")} : labels);
    m_sourceChart->addAxis(sources, Qt::AlignLeft);
    series->attachAxis(sources);
    QValueAxis* counts = countAxis(qreal(top));
    m_sourceChart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(counts);
}

void ReportCharts::fillQuotas(const WeeklyReport& r) {
    clear(m_quotaChart);
    m_quotaSets.clear();
    // One bar set per quota, named in the legend: names like "Monatliches Lead-Kontingent"
    // would be cut short as axis labels at this size.
    auto* series = new QHorizontalBarSeries;
    double top = 100;
    for (const QuotaUsage& q : r.quotas) {
        auto* set = new QBarSet(Format::quotaLabel(q));
        *set << q.percent;
        set->setLabelColor(palette().color(QPalette::WindowText));
        if (q.warning) // at or over the warning threshold: red, as the warning text above
            set->setColor(QColor(0xc0, 0x39, 0x2b));
        series->append(set);
        m_quotaSets.append(set);
        top = std::max(top, q.percent);
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value %"));
    series->setLabelsPrecision(4);
    m_quotaChart->addSeries(series);
    auto* month = new QBarCategoryAxis;
    month->append(r.quotaMonth.isEmpty() ? tr("No quota") : r.quotaMonth);
    m_quotaChart->addAxis(month, Qt::AlignLeft);
    series->attachAxis(month);
    auto* percent = new QValueAxis;
    // Room to the right of a full bar for its label.
    percent->setRange(0, std::ceil(top * 1.2 / 40) * 40);
    percent->setLabelFormat(QStringLiteral("%d")); // the title says "%"
    percent->setTickCount(int(percent->max() / 40) + 1);
    m_quotaChart->addAxis(percent, Qt::AlignBottom);
    series->attachAxis(percent);
}

void ReportCharts::fillHistory(const QList<WeeklyReport>& history) {
    clear(m_historyChart);
    m_historyLeads = new QLineSeries;
    m_historyLeads->setName(tr("Leads"));
    m_historyContacted = new QLineSeries;
    m_historyContacted->setName(tr("Contacted"));
    m_historyReplied = new QLineSeries;
    m_historyReplied->setName(tr("Replied"));
    // x is "weeks before the chosen one" (-7 ... 0) on a value axis: week names on a category
    // axis under eight points get cut to "W..." by Qt Charts; numbers fit.
    m_historyWeeks.clear();
    qint64 top = 0;
    const int last = int(history.size()) - 1;
    for (int i = 0; i < history.size(); ++i) {
        const WeeklyReport& w = history.at(i);
        m_historyLeads->append(i - last, qreal(w.leadsGenerated));
        m_historyContacted->append(i - last, qreal(w.contacted));
        m_historyReplied->append(i - last, qreal(w.replied));
        m_historyWeeks << w.week;
        top = std::max({top, w.leadsGenerated, w.contacted, w.replied});
    }
    auto* weeks = new QValueAxis;
    weeks->setRange(std::min(-1, -last), 0);
    weeks->setTickCount(std::max(2, last + 1));
    weeks->setLabelFormat(QStringLiteral("%d"));
    weeks->setTitleText(history.isEmpty() ? QString()
                                          : tr("Weeks before %1").arg(history.last().week));
    m_historyChart->addAxis(weeks, Qt::AlignBottom);
    QValueAxis* counts = countAxis(qreal(top));
    m_historyChart->addAxis(counts, Qt::AlignLeft);
    for (QLineSeries* line : {m_historyLeads, m_historyContacted, m_historyReplied}) {
        line->setPointsVisible(true);
        m_historyChart->addSeries(line);
        line->attachAxis(weeks);
        line->attachAxis(counts);
    }
}

void ReportCharts::render(QPainter& painter, const QRectF& target) {
    const qreal w = target.width() / 2;
    const qreal h = target.height() / 2;
    for (int i = 0; i < m_views.size(); ++i) {
        const QRectF cell(target.left() + (i % 2) * w, target.top() + (i / 2) * h, w, h);
        m_views.at(i)->render(&painter, cell.adjusted(4, 4, -4, -4));
    }
}

QStringList ReportCharts::funnelStages() const {
    const auto axes = m_funnelChart->axes(Qt::Vertical);
    auto* axis = axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis*>(axes.first());
    return axis ? axis->categories() : QStringList();
}

QStringList ReportCharts::sourceLabels() const {
    const auto axes = m_sourceChart->axes(Qt::Vertical);
    auto* axis = axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis*>(axes.first());
    return axis ? axis->categories() : QStringList();
}

QStringList ReportCharts::historyWeeks() const {
    return m_historyWeeks;
}

} // namespace outreach::ui
