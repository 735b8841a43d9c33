#include "campaigns/BlockingLeadGeneration.h"

#include "outbox/OutboxDelivery.h"
#include "sources/LeadGenerationService.h"

#include <QEventLoop>
#include <QTimer>

namespace outreach {

Result<LeadGenerationOutcome> BlockingLeadGeneration::run(const Database& database,
                                                          const Clock& clock,
                                                          const UserScope& scope, qint64 campaignId,
                                                          const std::function<bool()>& shouldStop,
                                                          std::optional<int> target) {
    if (!OutboxDelivery::mayBlockHere())
        return Error::runtime(QStringLiteral("internal error: blocking lead generation was "
                                             "called on the GUI thread; use "
                                             "LeadGenerationService there"));
    QEventLoop loop;
    LeadGenerationService service(database, clock);
    std::optional<Result<LeadGenerationOutcome>> outcome;
    service.generate(
        scope, campaignId,
        [&](Result<LeadGenerationOutcome> result) {
            outcome = std::move(result);
            loop.quit();
        },
        target);
    QTimer stopPoll;
    if (shouldStop) {
        QObject::connect(&stopPoll, &QTimer::timeout, &service, [&] {
            if (shouldStop()) {
                stopPoll.stop();
                service.cancelAll();
            }
        });
        stopPoll.start(50);
    }
    // The callback never runs from inside generate(), so the loop is always needed.
    if (!outcome)
        loop.exec();
    return std::move(*outcome);
}

} // namespace outreach
