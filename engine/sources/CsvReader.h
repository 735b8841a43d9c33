#pragma once

#include "core/Result.h"

#include <QList>
#include <QStringList>

namespace outreach {

// RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks; CRLF or LF;
// UTF-8 with or without a byte-order mark. Each record keeps the line it started on
// (the header is line 1) so errors can point at the right line of the file.
class CsvReader {
public:
    struct Record {
        int line = 0;
        QStringList fields;
    };

    // Fails only for damage that makes the rest unreadable (an unclosed quote, bad UTF-8).
    static Result<QList<Record>> parse(const QByteArray& data);
};

} // namespace outreach
