#pragma once

#include <QList>
#include <QStringList>

namespace outreach::cli {

// Plain aligned columns for human output (scripts use --json).
class TextTable {
public:
    explicit TextTable(QStringList headers);
    void addRow(QStringList cells);
    QString render() const;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

} // namespace outreach::cli
