#pragma once

#include "core/Result.h"
#include "jobs/Job.h"
#include "jobs/StandardJobs.h"
#include "model/Campaign.h"

#include <QList>

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

    // The user's daily campaigns at their hour now whose 23-hour guard for this job is open;
    // the ones held by the guard are logged with `guardedNote` ("outreach ran").
    Result<QList<Campaign>> dailyCampaignsDue(JobContext& context, const QString& guardedNote,
                                              qint64 now) const;

private:
    StandardJobs::Entry m_entry;
};

} // namespace outreach
