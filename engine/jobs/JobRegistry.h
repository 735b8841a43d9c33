#pragma once

#include "jobs/Job.h"
#include "model/JobSettings.h"

#include <QList>
#include <QStringList>
#include <memory>
#include <vector>

namespace outreach {

// The jobs this build can run. Only implemented jobs are registered: a job that is not here
// does not appear in `jobs list`, is never scheduled and never pretends to have run.
class JobRegistry {
public:
    void add(std::unique_ptr<Job> job);
    Job* find(const QString& name) const;
    QStringList names() const;
    const std::vector<std::unique_ptr<Job>>& jobs() const { return m_jobs; }
    // The settings rows a fresh database gets for these jobs.
    QList<JobSettings> defaults() const;

    // The product's registry. Plugging in a business job is one line in standard(). With
    // OUTREACH_TEST_JOBS=1 in the environment, the test jobs are registered too, so tests can
    // drive the real `outreachctl` binary; they are never registered otherwise.
    static std::shared_ptr<JobRegistry> standard();
    static void addTestJobs(JobRegistry& registry);

private:
    std::vector<std::unique_ptr<Job>> m_jobs;
};

} // namespace outreach
