#pragma once

#include "jobs/Job.h"
#include "jobs/StandardJobs.h"

namespace outreach {

// Base of the product's jobs: name, description and defaults come from the StandardJobs
// catalogue, so a business job is one class with a constructor naming it and runForUser.
class StandardJob : public Job {
public:
    QString name() const override { return m_entry.name; }
    QString description() const override { return m_entry.description; }
    QString defaultSchedule() const override { return m_entry.schedule; }
    qint64 defaultPacingMs() const override { return m_entry.pacingMs; }
    qint64 defaultGraceMs() const override { return m_entry.graceMs; }

protected:
    explicit StandardJob(const QString& name); // aborts on a name missing from the catalogue

private:
    StandardJobs::Entry m_entry;
};

} // namespace outreach
