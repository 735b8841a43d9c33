#include "admin/LeadCsvImport.h"

#include "sources/LeadScorer.h"
#include "store/AuditedChange.h"
#include "store/UserScope.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace outreach {

Status LeadCsvImport::checkRows(const LeadCsvParser::Parsed& parsed, bool skipBadRows) {
    if (parsed.errors.isEmpty() || skipBadRows)
        return Status::success();
    const int more = int(parsed.errors.size()) - 1;
    return Error::badInput(
        QStringLiteral("file"),
        QStringLiteral("%1%2; nothing was imported")
            .arg(parsed.errors.first().message(),
                 more > 0 ? QStringLiteral(" (and %1 more bad rows)").arg(more) : QString()));
}

Result<LeadCsvImport::Outcome> LeadCsvImport::run(const Database& database, const Clock& clock,
                                                  qint64 userId, std::optional<qint64> campaignId,
                                                  const LeadCsvParser::Parsed& parsed,
                                                  const QString& file, bool skipBadRows) {
    if (Status rows = checkRows(parsed, skipBadRows); !rows)
        return rows.error();
    Result<UserScope> scope = UserScope::open(database, clock, userId);
    if (!scope)
        return scope.error();
    // Every lead gets its score from the user's transparent rule set; a score column in the
    // file counts as the source's own score, which the rules take into account.
    Result<LeadScorer> scorer = LeadScorer::forUser(*scope);
    if (!scorer)
        return scorer.error();
    QList<Lead> leads = parsed.leads;
    for (qsizetype i = 0; i < leads.size(); ++i) {
        const bool given = i < parsed.scoreGiven.size() && parsed.scoreGiven.at(i);
        leads[i].score =
            scorer->score(leads[i], given ? std::optional<int>(leads[i].score) : std::nullopt)
                .score;
    }
    Outcome outcome;
    outcome.skipped = int(parsed.errors.size());
    AuditEntry entry{.action = QStringLiteral("leads.import"),
                     .targetType = QStringLiteral("user"),
                     .targetId = QString::number(userId),
                     .userId = userId};
    Status done = runAudited(database, clock, entry, [&](AuditEntry& audit) -> Status {
        Result<LeadRepository::InsertOutcome> inserted =
            scope->leads().insertMany(leads, campaignId, QStringLiteral("csv"));
        if (!inserted)
            return inserted.error();
        outcome.inserted = inserted->inserted;
        outcome.duplicates = inserted->duplicates;
        audit.details = QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("file"), file},
                                      {QStringLiteral("imported"), outcome.inserted},
                                      {QStringLiteral("duplicates"), outcome.duplicates},
                                      {QStringLiteral("skipped"), outcome.skipped}})
                .toJson(QJsonDocument::Compact));
        return Status::success();
    });
    if (!done)
        return done.error();
    return outcome;
}

} // namespace outreach
