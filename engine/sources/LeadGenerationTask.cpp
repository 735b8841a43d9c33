#include "sources/LeadGenerationTask.h"

#include "core/Clock.h"
#include "sources/LeadFetch.h"
#include "sources/LeadGenerationService.h"
#include "sources/LeadSourceClient.h"
#include "sources/LeadSourceClientFactory.h"
#include "sources/LeadValidator.h"
#include "store/Database.h"

#include <QTimeZone>
#include <algorithm>

namespace outreach {

LeadGenerationTask::LeadGenerationTask(const Database& database, const Clock& clock,
                                       const LeadSourceClientFactory& factory, UserScope scope,
                                       Setup setup, Done done, QObject* parent)
    : QObject(parent), m_database(database), m_clock(clock), m_factory(factory),
      m_scope(std::move(scope)), m_setup(std::move(setup)), m_done(std::move(done)) {
    m_outcome.campaignId = m_setup.campaign.id;
    m_outcome.target = m_setup.target;
    m_outcome.leadQuotaLeft = m_setup.leadQuotaLeft;
}

void LeadGenerationTask::start() {
    QMetaObject::invokeMethod(this, &LeadGenerationTask::next, Qt::QueuedConnection);
}

void LeadGenerationTask::cancel() {
    if (m_finished)
        return;
    if (m_client) {
        m_client->abort();
        m_client->deleteLater();
    }
    m_outcome.stoppedBy = QStringLiteral("cancelled");
    finish(m_outcome);
}

int LeadGenerationTask::remaining() const {
    return qMax(0, qMin(m_setup.target, m_setup.leadQuotaLeft) - m_outcome.inserted);
}

QString LeadGenerationTask::stopReason() const {
    if (remaining() > 0)
        return QStringLiteral("sources");
    return m_setup.leadQuotaLeft < m_setup.target ? QStringLiteral("lead-quota")
                                                  : QStringLiteral("target");
}

void LeadGenerationTask::next() {
    if (m_finished)
        return;
    while (++m_index < m_setup.sources.size()) {
        const LeadSource& source = m_setup.sources.at(m_index);
        LeadGenerationOutcome::SourceResult result;
        result.sourceId = source.id;
        result.kind = source.kind;
        if (remaining() == 0) {
            result.status = QStringLiteral("not-needed");
            m_outcome.sources.append(result);
            continue;
        }
        Result<qint64> used = m_scope.apiCalls().monthlyUsage(source.id, m_clock.nowMs());
        if (!used)
            return finish(used.error());
        if (*used >= source.monthlyQuota) {
            result.status = QStringLiteral("over-quota");
            result.error = QStringLiteral("monthly quota used: %1 of %2 calls")
                               .arg(*used)
                               .arg(source.monthlyQuota);
            m_outcome.sources.append(result);
            continue;
        }
        Result<LeadSourceClient*> client = m_factory.create(source, this);
        if (!client) {
            result.status = QStringLiteral("unusable");
            result.error = client.error().message;
            m_outcome.sources.append(result);
            continue;
        }
        m_client = *client;
        connect(m_client, &LeadSourceClient::finished, this, &LeadGenerationTask::onFetched);
        LeadQuery query;
        query.keywords = m_setup.campaign.keywords;
        query.limit = remaining();
        query.userId = m_scope.userId();
        query.date = m_clock.now().toTimeZone(QTimeZone::utc()).date();
        m_callStartedAt = m_clock.nowMs();
        m_client->fetch(query);
        return; // onFetched continues
    }
    if (m_setup.sources.isEmpty())
        m_outcome.stoppedBy = QStringLiteral("no-sources");
    else
        m_outcome.stoppedBy = stopReason();
    finish(m_outcome);
}

void LeadGenerationTask::onFetched(const LeadFetch& fetch) {
    if (m_finished)
        return;
    if (m_client) {
        m_client->disconnect(this);
        m_client->deleteLater();
        m_client = nullptr;
    }
    const LeadSource& source = m_setup.sources.at(m_index);
    LeadGenerationOutcome::SourceResult result;
    result.sourceId = source.id;
    result.kind = source.kind;
    const Status stored = m_database.transaction(
        [&](QSqlDatabase&) -> Status { return store(source, fetch, result); });
    if (!stored)
        return finish(stored.error());
    m_outcome.sources.append(result);
    next();
}

Status LeadGenerationTask::store(const LeadSource& source, const LeadFetch& fetch,
                                 LeadGenerationOutcome::SourceResult& result) {
    ApiCall call;
    call.sourceId = source.id;
    call.calledAt = m_callStartedAt;
    call.durationMs = fetch.durationMs;
    call.success = fetch.success;
    call.httpStatus = fetch.httpStatus;
    call.error = fetch.error;
    call.leadsReturned = int(fetch.records.size());
    result.status = fetch.success ? QStringLiteral("called") : QStringLiteral("failed");
    result.error = fetch.error;

    int inserted = 0;
    if (fetch.success) {
        // A provider charges for answered calls; failed ones cost nothing but still count
        // towards the monthly quota (the provider saw the request).
        call.cost = source.costPerCall;
        const QString origin = LeadGenerationService::originOf(source);
        QList<Lead> valid;
        for (const LeadFetch::Record& record : fetch.records) {
            if (!record.problem.isEmpty())
                continue;
            Result<Lead> lead = LeadValidator::validate(record.lead);
            if (!lead)
                continue;
            lead->score = m_setup.scorer.score(*lead, record.score).score;
            lead->source = origin;
            valid.append(*lead);
        }
        call.leadsValid = int(valid.size());
        // The best leads go in first when the target cuts the answer short.
        std::stable_sort(valid.begin(), valid.end(),
                         [](const Lead& a, const Lead& b) { return a.score > b.score; });
        const LeadRepository leads = m_scope.leads();
        const SuppressionRepository suppression = m_scope.suppression();
        for (const Lead& lead : valid) {
            Result<bool> suppressed = suppression.isSuppressed(lead.email);
            if (!suppressed)
                return suppressed.error();
            if (*suppressed) {
                ++result.suppressed;
                continue;
            }
            if (remaining() - inserted <= 0) {
                // Over the target: say whether it would have been new at all.
                Result<Lead> existing = leads.findByEmail(lead.email);
                if (existing)
                    ++result.duplicates;
                else if (existing.error().kind == Error::Kind::NotFound)
                    ++m_outcome.overTarget;
                else
                    return existing.error();
                continue;
            }
            Result<LeadRepository::InsertOutcome> done =
                leads.insertMany({lead}, m_setup.campaign.id, origin);
            if (!done)
                return done.error();
            inserted += done->inserted;
            result.duplicates += done->duplicates;
        }
    }
    call.leadsInserted = inserted;
    Result<ApiCall> recorded = m_scope.apiCalls().record(call);
    if (!recorded)
        return recorded.error();
    result.call = *recorded;

    m_outcome.calls += 1;
    m_outcome.failedCalls += fetch.success ? 0 : 1;
    m_outcome.cost += call.cost;
    m_outcome.returned += call.leadsReturned;
    m_outcome.valid += call.leadsValid;
    m_outcome.inserted += inserted;
    m_outcome.duplicates += result.duplicates;
    m_outcome.suppressed += result.suppressed;
    return Status::success();
}

void LeadGenerationTask::finish(Result<LeadGenerationOutcome> result) {
    if (m_finished)
        return;
    m_finished = true;
    Done done = std::move(m_done);
    deleteLater();
    if (done)
        done(std::move(result));
}

} // namespace outreach
