#include "jobs/StandardJob.h"

#include <QtGlobal>

namespace outreach {

StandardJob::StandardJob(const QString& name) {
    const std::optional<StandardJobs::Entry> entry = StandardJobs::find(name);
    // A typo here is a programming error, caught the first time the registry is built.
    if (!entry)
        qFatal("StandardJob: '%s' is not in the StandardJobs catalogue", qPrintable(name));
    m_entry = *entry;
}

} // namespace outreach
