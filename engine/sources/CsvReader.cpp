#include "sources/CsvReader.h"

#include <QStringDecoder>

namespace outreach {

Result<QList<CsvReader::Record>> CsvReader::parse(const QByteArray& raw) {
    QByteArray data = raw;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(data);
    if (decoder.hasError())
        return Error::badInput(QStringLiteral("file"),
                               QStringLiteral("file: the file is not valid UTF-8 text"));

    QList<Record> records;
    Record current;
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    int line = 1;
    int quoteStartLine = 0;
    current.line = 1;

    auto endField = [&] {
        current.fields.append(field);
        field.clear();
        fieldWasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        // A blank line is not a record.
        const bool blank = current.fields.size() == 1 && current.fields.first().isEmpty();
        if (!blank)
            records.append(current);
        current = Record{};
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                // Inside quotes a CRLF is one line break; keep it as LF.
                if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                    continue;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty() && !fieldWasQuoted) {
            inQuotes = true;
            fieldWasQuoted = true;
            quoteStartLine = line;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (current.line == 0)
                current.line = line;
            endRecord();
            ++line;
            current.line = line;
        } else {
            field += c;
        }
    }
    if (inQuotes)
        return Error::badInput(
            QStringLiteral("file"),
            QStringLiteral("line %1: a quoted field is never closed").arg(quoteStartLine));
    if (!field.isEmpty() || !current.fields.isEmpty())
        endRecord();
    return records;
}

} // namespace outreach
