#include "data/LeadImporter.h"

#include "admin/LeadCsvImport.h"
#include "sources/CsvReader.h"
#include "sources/LeadCsvParser.h"

#include <QFile>
#include <QHash>

namespace outreach::ui {

LeadImporter::LeadImporter(const Database& database, const Clock& clock, QObject* parent)
    : QObject(parent), m_database(database), m_clock(clock) {
    qRegisterMetaType<LeadImportPreview>();
}

LeadImportPreview LeadImporter::previewOf(const QString& path, const QByteArray& data) {
    LeadImportPreview preview;
    preview.path = path;
    preview.data = data;
    Result<LeadCsvParser::Parsed> parsed = LeadCsvParser::parse(data);
    if (!parsed) {
        preview.fileError = parsed.error().message;
        return preview;
    }
    preview.good = int(parsed->leads.size());
    preview.bad = int(parsed->errors.size());
    QHash<int, QString> problems;
    for (const LeadCsvParser::RowError& error : parsed->errors)
        problems.insert(error.line, error.reason);
    // The parser has read the file already, so this cannot fail; it gives the cells of the
    // bad rows too, which the parser does not keep.
    Result<QList<CsvReader::Record>> records = CsvReader::parse(data);
    if (!records || records->isEmpty())
        return preview;
    static const QStringList names{QStringLiteral("email"),    QStringLiteral("firstName"),
                                   QStringLiteral("lastName"), QStringLiteral("company"),
                                   QStringLiteral("title"),    QStringLiteral("score")};
    QList<int> column(names.size(), -1);
    const QStringList& header = records->first().fields;
    for (int i = 0; i < header.size(); ++i)
        for (int c = 0; c < names.size(); ++c)
            if (header.at(i).trimmed().compare(names.at(c), Qt::CaseInsensitive) == 0)
                column[c] = i;
    preview.rows.reserve(records->size() - 1);
    for (qsizetype r = 1; r < records->size(); ++r) {
        const CsvReader::Record& record = records->at(r);
        LeadImportPreview::Row row;
        row.line = record.line;
        for (int c = 0; c < names.size(); ++c)
            row.cells << record.fields.value(column.at(c)).trimmed();
        row.problem = problems.value(record.line);
        preview.rows.append(row);
    }
    return preview;
}

void LeadImporter::preview(quint64 token, const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        LeadImportPreview unreadable;
        unreadable.path = path;
        unreadable.fileError = tr("cannot read '%1': %2").arg(path, file.errorString());
        return Q_EMIT previewed(token, unreadable);
    }
    Q_EMIT previewed(token, previewOf(path, file.readAll()));
}

void LeadImporter::importLeads(quint64 token, qint64 userId, qint64 campaignId, const QString& path,
                               const QByteArray& data, bool skipBadRows) {
    Result<LeadCsvParser::Parsed> parsed = LeadCsvParser::parse(data);
    if (!parsed)
        return Q_EMIT importFailed(token, parsed.error().message);
    Result<LeadCsvImport::Outcome> outcome =
        LeadCsvImport::run(m_database, m_clock, userId,
                           campaignId > 0 ? std::optional<qint64>(campaignId) : std::nullopt,
                           *parsed, path, skipBadRows);
    if (!outcome)
        return Q_EMIT importFailed(token, outcome.error().message);
    Q_EMIT imported(token, outcome->inserted, outcome->duplicates, outcome->skipped);
}

} // namespace outreach::ui
