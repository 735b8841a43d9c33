#include "data/ReportPdf.h"

#include "data/ReportSummary.h"
#include "widgets/ReportCharts.h"

#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace outreach::ui {

QString ReportPdf::write(const QString& path, const ReportData& data, ReportCharts& charts) {
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageOrientation(QPageLayout::Landscape);
    pdf.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    pdf.setTitle(ReportSummary::heading(data));
    pdf.setCreator(QStringLiteral("Outreach Console"));
    QPainter painter;
    if (!painter.begin(&pdf))
        return tr("cannot write %1").arg(path);
    paint(painter, data, charts);
    if (!painter.end())
        return tr("cannot write %1").arg(path);
    return {};
}

void ReportPdf::paint(QPainter& painter, const ReportData& data, ReportCharts& charts) {
    // Work in units of 1/800 of the printable width (about a point on A4 landscape), whatever
    // the device's resolution; fonts get pixel sizes in those units, since point sizes would be
    // resolved at the device's resolution and then scaled a second time.
    const QRect page = painter.viewport();
    const qreal scale = page.width() / 800.0;
    painter.scale(scale, scale);
    const qreal width = 800.0;
    qreal y = 0;

    QFont title = painter.font();
    title.setPixelSize(16);
    title.setBold(true);
    painter.setFont(title);
    painter.drawText(QRectF(0, y, width, 24), Qt::AlignLeft, ReportSummary::heading(data));
    y += 24;
    QFont body = painter.font();
    body.setPixelSize(9);
    body.setBold(false);
    painter.setFont(body);
    const qreal line = QFontMetricsF(body).height() + 2;
    painter.drawText(QRectF(0, y, width, line), Qt::AlignLeft, ReportSummary::origin(data));
    y += line * 1.5;

    // Figures in two columns of name: value; quotas and warnings under them.
    const auto figures = ReportSummary::figures(data.report);
    const qreal column = width / 2;
    for (int i = 0; i < figures.size(); ++i) {
        const qreal x = (i % 2) * column;
        const qreal top = y + (i / 2) * line;
        painter.drawText(QRectF(x, top, column, line), Qt::AlignLeft,
                         figures.at(i).first + QStringLiteral(": ") + figures.at(i).second);
    }
    y += ((figures.size() + 1) / 2) * line + line / 2;
    for (const QString& source : ReportSummary::sourceLines(data.report)) {
        painter.drawText(QRectF(0, y, width, line), Qt::AlignLeft, tr("Source: %1").arg(source));
        y += line;
    }
    for (const QString& quota : ReportSummary::quotaLines(data.report)) {
        painter.drawText(QRectF(0, y, width, line), Qt::AlignLeft, tr("Quota: %1").arg(quota));
        y += line;
    }
    painter.setPen(QColor(0xc0, 0x39, 0x2b));
    for (const QString& warning : ReportSummary::warnings(data.report)) {
        painter.drawText(QRectF(0, y, width, line), Qt::AlignLeft, tr("Warning: %1").arg(warning));
        y += line;
    }
    painter.setPen(Qt::black);
    y += line / 2;

    const qreal height = page.height() / scale;
    charts.render(painter, QRectF(0, y, width, std::max<qreal>(200, height - y)));
}

} // namespace outreach::ui
