#pragma once

#include "model/LogRecord.h"

#include <QString>

namespace outreach::ui {

// How exported and copied log records look.
class LogExportFormat {
public:
    static QString csvHeader();
    static QString csvLine(const LogRecord& record);
    static QString textLine(const LogRecord& record); // for the clipboard and .log files
    // A spreadsheet runs a cell starting with = + - @ (or a tab / CR) as a formula; a leading
    // apostrophe keeps it text. Quotes the cell when it needs quoting.
    static QString csvCell(const QString& value);
};

} // namespace outreach::ui
