#pragma once

#include "core/Result.h"
#include "model/Campaign.h"
#include "model/LeadSource.h"
#include "sources/LeadGenerationOutcome.h"
#include "sources/LeadScorer.h"
#include "store/UserScope.h"

#include <QObject>
#include <QPointer>
#include <functional>

namespace outreach {

class Clock;
class Database;
class LeadSourceClient;
class LeadSourceClientFactory;
struct LeadFetch;

// One lead-generation run for one campaign, walking the user's enabled sources one call at a
// time on the event loop. Made and owned by LeadGenerationService; see it for the rules.
class LeadGenerationTask final : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(Result<LeadGenerationOutcome>)>;

    struct Setup {
        Campaign campaign{};
        QList<LeadSource> sources{}; // the user's enabled sources, in order
        LeadScorer scorer{};
        int target = 0;
        int leadQuotaLeft = 0;
    };

    LeadGenerationTask(const Database& database, const Clock& clock,
                       const LeadSourceClientFactory& factory, UserScope scope, Setup setup,
                       Done done, QObject* parent);

    void start();  // asynchronous: the first source is asked from the event loop
    void cancel(); // drops the call in flight; the outcome so far, stoppedBy "cancelled"

private:
    int remaining() const;
    QString stopReason() const;
    void next();
    void onFetched(const LeadFetch& fetch);
    Status store(const LeadSource& source, const LeadFetch& fetch,
                 LeadGenerationOutcome::SourceResult& result);
    void finish(Result<LeadGenerationOutcome> result);

    const Database& m_database;
    const Clock& m_clock;
    const LeadSourceClientFactory& m_factory;
    UserScope m_scope;
    Setup m_setup;
    Done m_done;

    LeadGenerationOutcome m_outcome;
    int m_index = -1; // the source being called
    qint64 m_callStartedAt = 0;
    QPointer<LeadSourceClient> m_client;
    bool m_finished = false;
};

} // namespace outreach
