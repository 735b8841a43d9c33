#include "sources/CsvLeadSource.h"

#include "sources/LeadCsvParser.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace outreach {

CsvLeadSource::CsvLeadSource(QString path, QObject* parent)
    : LeadSourceClient(parent), m_path(std::move(path)) {}

LeadFetch CsvLeadSource::read(const QString& path) {
    QElapsedTimer elapsed;
    elapsed.start();
    if (path.isEmpty())
        return LeadFetch::failure(QStringLiteral("url: the csv source names no file"));
    QFile file(path);
    if (QFileInfo(path).size() > maxFileBytes)
        return LeadFetch::failure(
            QStringLiteral("%1: the file is larger than %2 bytes").arg(path).arg(maxFileBytes));
    if (!file.open(QIODevice::ReadOnly))
        return LeadFetch::failure(
            QStringLiteral("%1: cannot read the file: %2").arg(path, file.errorString()));
    Result<LeadCsvParser::Parsed> parsed = LeadCsvParser::parse(file.read(maxFileBytes));
    if (!parsed)
        return LeadFetch::failure(QStringLiteral("%1: %2").arg(path, parsed.error().message));
    LeadFetch fetch;
    fetch.success = true;
    for (qsizetype i = 0; i < parsed->leads.size(); ++i) {
        LeadFetch::Record record;
        record.lead = parsed->leads.at(i);
        if (parsed->scoreGiven.value(i))
            record.score = record.lead.score;
        fetch.records.append(record);
    }
    for (const LeadCsvParser::RowError& error : parsed->errors) {
        LeadFetch::Record record;
        record.problem = error.message();
        fetch.records.append(record);
    }
    fetch.durationMs = elapsed.elapsed();
    return fetch;
}

void CsvLeadSource::fetch(const LeadQuery&) {
    QMetaObject::invokeMethod(
        this,
        [this, generation = ++m_generation] {
            if (generation == m_generation)
                emit finished(read(m_path));
        },
        Qt::QueuedConnection);
}

void CsvLeadSource::abort() {
    ++m_generation;
}

} // namespace outreach
