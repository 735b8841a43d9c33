#include "cli/TextTable.h"

namespace outreach::cli {

TextTable::TextTable(QStringList headers) : m_headers(std::move(headers)) {}

void TextTable::addRow(QStringList cells) {
    while (cells.size() < m_headers.size())
        cells.append(QString());
    m_rows.append(cells);
}

QString TextTable::render() const {
    QList<qsizetype> widths;
    for (const QString& header : m_headers)
        widths.append(header.size());
    for (const QStringList& row : m_rows)
        for (qsizetype i = 0; i < widths.size(); ++i)
            widths[i] = qMax(widths[i], row.at(i).size());
    auto line = [&](const QStringList& cells) {
        QString text;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const bool last = i + 1 == widths.size();
            text += last ? cells.at(i) : cells.at(i).leftJustified(widths[i] + 2);
        }
        return text + QLatin1Char('\n');
    };
    QString text = line(m_headers);
    for (const QStringList& row : m_rows)
        text += line(row);
    if (m_rows.isEmpty())
        text += QStringLiteral("(none)\n");
    return text;
}

} // namespace outreach::cli
