#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QStringList>

namespace outreach::ui {

// A leads CSV file as the import dialog shows it before anything is stored: every data row
// with its file line (the header is line 1), its cells and, for a bad row, the parser's reason.
// The file's bytes travel with it so that the import stores exactly what was previewed.
struct LeadImportPreview {
    // The columns of a row, in the order of SPEC §7.
    enum Column { Email, FirstName, LastName, Company, Title, Score, ColumnCount };

    struct Row {
        int line = 0;
        QStringList cells{}; // ColumnCount cells, as written in the file
        QString problem{};   // empty for a good row
    };

    QString path{};
    QByteArray data{};
    QString fileError{}; // the file as a whole cannot be read as a leads CSV
    QList<Row> rows{};
    int good = 0;
    int bad = 0;
};

} // namespace outreach::ui

Q_DECLARE_METATYPE(outreach::ui::LeadImportPreview)
