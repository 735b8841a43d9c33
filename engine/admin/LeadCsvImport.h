#pragma once

#include "core/Result.h"
#include "sources/LeadCsvParser.h"

#include <QString>
#include <optional>

namespace outreach {

class Clock;
class Database;

// Stores the leads of a parsed CSV file for one user, as `outreachctl leads import` does it:
// a file with bad rows imports nothing unless the bad rows are to be skipped; every lead is
// scored with the user's rule set (a score column counts as the source's own score); an
// address the user already has is kept as it was; the change is audited as leads.import.
class LeadCsvImport {
public:
    struct Outcome {
        int inserted = 0;
        int duplicates = 0; // already a lead of the user, or twice in the file
        int skipped = 0;    // bad rows left out
    };

    // The bad-row rule alone (run() applies it first): refused, naming the first bad row and
    // how many more there are, unless bad rows are to be skipped.
    static Status checkRows(const LeadCsvParser::Parsed& parsed, bool skipBadRows);

    static Result<Outcome> run(const Database& database, const Clock& clock, qint64 userId,
                               std::optional<qint64> campaignId,
                               const LeadCsvParser::Parsed& parsed, const QString& file,
                               bool skipBadRows);
};

} // namespace outreach
