#include "sources/LeadCsvParser.h"

#include "mail/EmailAddress.h"
#include "sources/CsvReader.h"

#include <QHash>

namespace outreach {

QString LeadCsvParser::RowError::message() const {
    return QStringLiteral("line %1: %2").arg(line).arg(reason);
}

Result<LeadCsvParser::Parsed> LeadCsvParser::parse(const QByteArray& data) {
    Result<QList<CsvReader::Record>> records = CsvReader::parse(data);
    if (!records)
        return records.error();
    if (records->isEmpty())
        return Error::badInput(QStringLiteral("file"),
                               QStringLiteral("line 1: the file is empty; expected a header row "
                                              "with email, firstName, lastName, company, title"));

    const CsvReader::Record& header = records->first();
    static const QStringList required{QStringLiteral("email"), QStringLiteral("firstName"),
                                      QStringLiteral("lastName"), QStringLiteral("company"),
                                      QStringLiteral("title")};
    QHash<QString, int> column; // canonical name -> index
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed();
        for (const QString& known : required + QStringList{QStringLiteral("score")})
            if (name.compare(known, Qt::CaseInsensitive) == 0)
                column.insert(known, i);
    }
    for (const QString& name : required)
        if (!column.contains(name))
            return Error::badInput(QStringLiteral("file"),
                                   QStringLiteral("line %1: the header has no '%2' column")
                                       .arg(header.line)
                                       .arg(name));

    Parsed parsed;
    const int width = int(header.fields.size());
    for (qsizetype r = 1; r < records->size(); ++r) {
        const CsvReader::Record& record = records->at(r);
        ++parsed.rows;
        auto fail = [&](const QString& reason) { parsed.errors.append({record.line, reason}); };
        if (record.fields.size() != width) {
            fail(QStringLiteral("expected %1 columns, found %2")
                     .arg(width)
                     .arg(record.fields.size()));
            continue;
        }
        auto cell = [&](const QString& name) {
            return record.fields.at(column.value(name)).trimmed();
        };
        Lead lead;
        lead.email = cell(QStringLiteral("email"));
        Result<mail::EmailAddress> address =
            mail::EmailAddress::parse(QStringLiteral("email"), lead.email);
        if (lead.email.isEmpty()) {
            fail(QStringLiteral("email is empty"));
            continue;
        }
        if (!address || lead.email.contains(QLatin1Char('<'))) {
            fail(QStringLiteral("'%1' is not a valid email address").arg(lead.email.left(80)));
            continue;
        }
        lead.firstName = cell(QStringLiteral("firstName"));
        lead.lastName = cell(QStringLiteral("lastName"));
        lead.company = cell(QStringLiteral("company"));
        lead.title = cell(QStringLiteral("title"));
        QString tooLong;
        for (const QString& name : required.mid(1))
            if (cell(name).size() > maxFieldLength)
                tooLong = name;
        if (!tooLong.isEmpty()) {
            fail(
                QStringLiteral("%1 is longer than %2 characters").arg(tooLong).arg(maxFieldLength));
            continue;
        }
        const bool scoreGiven =
            column.contains(QStringLiteral("score")) && !cell(QStringLiteral("score")).isEmpty();
        if (scoreGiven) {
            bool ok = false;
            const int score = cell(QStringLiteral("score")).toInt(&ok);
            if (!ok || score < 0 || score > 100) {
                fail(QStringLiteral("score '%1' is not a whole number from 0 to 100")
                         .arg(cell(QStringLiteral("score")).left(20)));
                continue;
            }
            lead.score = score;
        }
        parsed.leads.append(lead);
        parsed.leadLines.append(record.line);
        parsed.scoreGiven.append(scoreGiven);
    }
    return parsed;
}

} // namespace outreach
