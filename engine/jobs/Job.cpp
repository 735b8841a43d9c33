#include "jobs/Job.h"

namespace outreach {

qint64 Job::defaultGraceMs() const {
    return kDefaultGraceMs;
}

} // namespace outreach
