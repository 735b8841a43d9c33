#pragma once

#include "model/ApiCall.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace outreach {

// What one lead-generation run for one campaign did, in total and per source.
struct LeadGenerationOutcome {
    // What happened to one of the user's enabled sources in this run.
    struct SourceResult {
        qint64 sourceId = 0;
        QString kind{};
        // called    - the call succeeded (its leads may still all be duplicates)
        // failed    - the call was made and failed (timeout, HTTP error, bad answer)
        // over-quota - not called: the source's monthly quota is used up
        // unusable  - not called: the source cannot be built (e.g. no API key)
        // not-needed - not called: the target or the user's lead quota was already met
        QString status{};
        QString error{};
        std::optional<ApiCall> call{}; // the recorded call, for called and failed
        int duplicates = 0;
        int suppressed = 0;
    };

    qint64 campaignId = 0;
    int target = 0;        // leads wanted for the campaign in this run
    int leadQuotaLeft = 0; // the user's monthly lead quota left when the run started
    int returned = 0;
    int valid = 0;
    int inserted = 0;
    int duplicates = 0; // valid, but the user already has the address (or twice in an answer)
    int suppressed = 0; // valid, but the address is on a suppression list
    int overTarget = 0; // valid and new, but the target or lead quota was already reached
    int calls = 0;
    int failedCalls = 0;
    double cost = 0.0;
    // target | lead-quota (met) | sources (every enabled source was tried, target not met) |
    // no-sources (none enabled) | cancelled
    QString stoppedBy{};
    QList<SourceResult> sources{};

    // True when calls were made and every one failed: the user's run should count as failed.
    bool allCallsFailed() const { return calls > 0 && failedCalls == calls; }
    QJsonObject toJson() const;
};

} // namespace outreach
