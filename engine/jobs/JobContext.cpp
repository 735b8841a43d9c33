#include "jobs/JobContext.h"

#include "jobs/RunControl.h"

namespace outreach {

JobContext::JobContext(const Database& database, const UserScope& scope, const User& user,
                       const Clock& clock, Run run, RunControl& control)
    : m_database(database), m_scope(scope), m_user(user), m_clock(clock), m_run(std::move(run)),
      m_control(control), m_log(LogContext{m_run.job, m_run.runId, m_user.id, m_user.email}) {}

QString JobContext::idempotencyKey() const {
    return QStringLiteral("%1|%2|%3").arg(m_run.job).arg(m_user.id).arg(m_run.occurrence);
}

QString JobContext::idempotencyKey(const QString& item) const {
    return idempotencyKey() + QLatin1Char('|') + item;
}

bool JobContext::shouldStop() {
    if (m_control.isCancelRequested())
        m_stoppedEarly = true;
    return m_stoppedEarly;
}

void JobContext::addItems(qint64 count) {
    m_control.addItems(count);
}

qint64 JobContext::items() const {
    return m_control.unitItems();
}

} // namespace outreach
