#pragma once

#include "core/Result.h"
#include "model/Lead.h"

#include <QList>

namespace outreach {

// Turns a leads CSV (SPEC §7: email, firstName, lastName, company, title, optional score)
// into leads plus one error per bad row, each naming its line (header = line 1) and reason.
class LeadCsvParser {
public:
    static constexpr int maxFieldLength = 200;

    struct RowError {
        int line = 0;
        QString reason;
        QString message() const;
    };
    struct Parsed {
        QList<Lead> leads;
        QList<int> leadLines;   // the file line of each lead, for previews
        QList<bool> scoreGiven; // per lead: whether its row had a score (0 is a real score)
        QList<RowError> errors;
        int rows = 0; // data rows seen (blank lines are not rows)
    };

    // Fails as a whole only when the file cannot be read as a leads CSV at all
    // (not UTF-8, unclosed quote, missing header columns).
    static Result<Parsed> parse(const QByteArray& data);
};

} // namespace outreach
