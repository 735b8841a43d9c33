#pragma once

#include "core/Result.h"
#include "model/LeadSource.h"
#include "sources/LeadGenerationOutcome.h"
#include "sources/LeadSourceClientFactory.h"

#include <QObject>
#include <functional>
#include <optional>

namespace outreach {

class Clock;
class Database;
class UserScope;

// Pulls leads for one campaign of one user (SPEC §4 job 1, §7):
//   - asks the user's enabled sources in id order, one call each, until the target is met;
//   - the target of a run is the campaign's daily limit (what outreach can use in a day; more
//     would spend API quota on leads that wait), unless the caller sets one;
//   - a source whose calls this quota month (UTC, see QuotaMonth) reached its monthly quota
//     is not called; the user's monthly lead quota (leads added this UTC month, whatever
//     their origin) caps the run as well;
//   - every call is recorded (ApiCallRepository) with duration, HTTP status, error, leads
//     returned / valid / inserted and cost: the source's cost per call when it answered, 0
//     when it failed; failed calls count towards the quota all the same;
//   - answers are validated (LeadValidator), scored with the user's rules (LeadScorer),
//     suppressed addresses dropped, and inserted best score first, deduplicated within the
//     user (never across users), tagged with the campaign and the source (originOf).
// One source failing (timeout, HTTP 500, garbage) is recorded on that call and the run goes on
// with the next source; only a database error fails the run.
//
// Asynchronous: generate() returns at once and `done` runs later on this thread's event loop,
// exactly once (never from inside generate()). Deleting the service drops pending runs
// without calling their callbacks.
class LeadGenerationService final : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(Result<LeadGenerationOutcome>)>;

    LeadGenerationService(const Database& database, const Clock& clock, QObject* parent = nullptr);
    ~LeadGenerationService() override;

    LeadSourceClientFactory& factory() { return m_factory; }

    // `target` replaces the campaign's daily limit as the number of leads wanted.
    void generate(const UserScope& scope, qint64 campaignId, Done done,
                  std::optional<int> target = std::nullopt);
    // Stops every run in progress between calls; their callbacks get the outcome so far.
    void cancelAll();
    int runningCount() const;

    // How leads from a source are tagged (leads.source), e.g. "http-json#3".
    static QString originOf(const LeadSource& source);

private:
    const Database& m_database;
    const Clock& m_clock;
    LeadSourceClientFactory m_factory;
};

} // namespace outreach
