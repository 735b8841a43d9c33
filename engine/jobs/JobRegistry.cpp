#include "jobs/JobRegistry.h"

#include "jobs/ApiPerformanceReportJob.h"
#include "jobs/DailyLeadGenerationJob.h"
#include "jobs/DailyOutreachJob.h"
#include "jobs/FollowUpCheckerJob.h"
#include "jobs/ReplyCheckerJob.h"
#include "jobs/ScheduledCampaignsJob.h"
#include "jobs/SendCampaignEmailsJob.h"
#include "jobs/testing/TestGateJob.h"
#include "jobs/testing/TestStepsJob.h"
#include "jobs/testing/TestWriteJob.h"

#include <QProcessEnvironment>

namespace outreach {

void JobRegistry::add(std::unique_ptr<Job> job) {
    if (find(job->name()))
        qFatal("JobRegistry: job '%s' is registered twice", qPrintable(job->name()));
    m_jobs.push_back(std::move(job));
}

Job* JobRegistry::find(const QString& name) const {
    for (const auto& job : m_jobs)
        if (job->name() == name)
            return job.get();
    return nullptr;
}

QStringList JobRegistry::names() const {
    QStringList list;
    for (const auto& job : m_jobs)
        list << job->name();
    return list;
}

QList<JobSettings> JobRegistry::defaults() const {
    QList<JobSettings> list;
    for (const auto& job : m_jobs) {
        JobSettings s;
        s.job = job->name();
        s.schedule = job->defaultSchedule();
        s.pacingMs = job->defaultPacingMs();
        s.graceMs = job->defaultGraceMs();
        list.append(s);
    }
    return list;
}

std::shared_ptr<JobRegistry> JobRegistry::standard() {
    auto registry = std::make_shared<JobRegistry>();
    // Business jobs (SPEC §4) are added here as they are implemented, one line each.
    registry->add(std::make_unique<DailyLeadGenerationJob>());
    registry->add(std::make_unique<DailyOutreachJob>());
    registry->add(std::make_unique<FollowUpCheckerJob>());
    registry->add(std::make_unique<ScheduledCampaignsJob>());
    registry->add(std::make_unique<SendCampaignEmailsJob>());
    registry->add(std::make_unique<ApiPerformanceReportJob>());
    registry->add(std::make_unique<ReplyCheckerJob>());
    if (QProcessEnvironment::systemEnvironment().value(QStringLiteral("OUTREACH_TEST_JOBS")) ==
        QLatin1String("1"))
        addTestJobs(*registry);
    return registry;
}

void JobRegistry::addTestJobs(JobRegistry& registry) {
    registry.add(std::make_unique<TestWriteJob>());
    registry.add(std::make_unique<TestStepsJob>());
    registry.add(std::make_unique<TestGateJob>());
}

} // namespace outreach
