#include "data/LogExportFormat.h"

#include "core/TimeFormat.h"

#include <QStringList>

namespace outreach::ui {

QString LogExportFormat::csvHeader() {
    return QStringLiteral("time,level,job,run,user_id,user_email,message\r\n");
}

QString LogExportFormat::csvCell(const QString& value) {
    QString cell = value;
    if (!cell.isEmpty()) {
        const QChar first = cell.front();
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
            first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            cell.prepend(QLatin1Char('\''));
    }
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) ||
        cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'))) {
        cell.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        cell = QLatin1Char('"') + cell + QLatin1Char('"');
    }
    return cell;
}

QString LogExportFormat::csvLine(const LogRecord& r) {
    const QStringList cells{TimeFormat::isoUtc(r.at),
                            r.level,
                            r.job,
                            r.runId ? QString::number(*r.runId) : QString(),
                            r.userId ? QString::number(*r.userId) : QString(),
                            r.userEmail,
                            r.message};
    QStringList quoted;
    for (const QString& cell : cells)
        quoted << csvCell(cell);
    return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QString LogExportFormat::textLine(const LogRecord& r) {
    QStringList context;
    if (!r.job.isEmpty())
        context << r.job;
    if (r.runId)
        context << QStringLiteral("run=%1").arg(*r.runId);
    if (r.userId)
        context << QStringLiteral("user=%1").arg(*r.userId);
    if (!r.userEmail.isEmpty())
        context << r.userEmail;
    QString line = TimeFormat::isoUtc(r.at) + QLatin1Char(' ') + r.level.leftJustified(8);
    if (!context.isEmpty())
        line += QLatin1Char('[') + context.join(QLatin1Char(' ')) + QStringLiteral("] ");
    return line + r.message;
}

} // namespace outreach::ui
