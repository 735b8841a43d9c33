#include "jobs/testing/TestWriteJob.h"

#include "jobs/JobContext.h"
#include "store/UserScope.h"

#include <stdexcept>

namespace outreach {

QString TestWriteJob::description() const {
    return QStringLiteral("Test job: writes one lead per user; fails for names with [fail], "
                          "throws for names with [throw]");
}

Status TestWriteJob::runForUser(JobContext& context) {
    const User& user = context.user();
    context.log().info(QStringLiteral("writing the test row"));
    if (user.name.contains(QLatin1String("[throw]")))
        throw std::runtime_error("the test job throws for this user by design");
    if (user.name.contains(QLatin1String("[fail]")))
        return Error::runtime(QStringLiteral("the test job fails for this user by design"));
    Lead lead;
    lead.email = QStringLiteral("effect-run%1@effects.invalid").arg(context.runId());
    lead.firstName = QStringLiteral("Effect");
    lead.company = context.occurrence();
    Result<LeadRepository::InsertOutcome> inserted =
        context.scope().leads().insertMany({lead}, std::nullopt, effectSource());
    if (!inserted)
        return inserted.error();
    context.addItems(inserted->inserted);
    context.log().info(QStringLiteral("wrote %1 test row(s)").arg(inserted->inserted));
    return Status::success();
}

} // namespace outreach
