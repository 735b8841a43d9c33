#pragma once

#include "data/ReportData.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace outreach::ui {

// A weekly report as CSV for a spreadsheet: the report's header, its figures, the sources,
// the quotas and the weeks compared, each a small table with its own header row, separated
// by blank lines. Numbers use a dot for decimals whatever the locale, so they stay numbers.
//
// Text such as a source label or a user's name is not under the agency's control; a cell
// starting with = + - @ (or a tab or carriage return) would be run as a formula by a
// spreadsheet (CSV injection), so such a cell gets a leading single quote.
class ReportCsv {
    Q_DECLARE_TR_FUNCTIONS(ReportCsv)
public:
    static QByteArray render(const ReportData& data); // UTF-8 with BOM, CRLF line ends
    static QString cell(const QString& text);         // neutralised and quoted as needed
    static QString row(const QStringList& cells);
};

} // namespace outreach::ui
