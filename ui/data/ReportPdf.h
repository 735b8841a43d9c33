#pragma once

#include "data/ReportData.h"

#include <QCoreApplication>
#include <QString>

class QPainter;

namespace outreach::ui {

class ReportCharts;

// A weekly report as a one-page A4 PDF: heading, the figures and warnings as text, and the
// page's charts drawn as vectors (so they print sharply at any size).
class ReportPdf {
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)
public:
    // An empty string on success, else why the file could not be written.
    static QString write(const QString& path, const ReportData& data, ReportCharts& charts);
    // The page's content onto any device (the PDF writer; an image in tests).
    static void paint(QPainter& painter, const ReportData& data, ReportCharts& charts);
};

} // namespace outreach::ui
