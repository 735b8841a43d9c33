#include "data/DashboardReader.h"

#include "core/Clock.h"
#include "store/AdminInboundMailRepository.h"
#include "store/AdminOutboxRepository.h"
#include "store/AdminQuotaRepository.h"
#include "store/JobRunRepository.h"
#include "store/JobRunUserRepository.h"

#include <QDateTime>
#include <QStringList>
#include <algorithm>

namespace outreach::ui {

DashboardReader::DashboardReader(const Database& database, const Clock& clock, QObject* parent)
    : QObject(parent), m_database(database), m_clock(clock) {}

void DashboardReader::load() {
    DashboardSnapshot snapshot;
    snapshot.asOf = m_clock.nowMs();
    QStringList errors;
    for (const QString& error : {readFailures(snapshot), readQuotas(snapshot), readOutbox(snapshot),
                                 readReplies(snapshot)})
        if (!error.isEmpty())
            errors << error;
    snapshot.error = errors.join(QLatin1Char('\n'));
    Q_EMIT loaded(snapshot);
}

QString DashboardReader::readFailures(DashboardSnapshot& snapshot) const {
    const qint64 since = snapshot.asOf - kFailureWindowMs;
    const JobRunRepository runs(m_database, m_clock);
    const JobRunUserRepository outcomes(m_database);
    // Failed users appear only in runs that ended partly failed, failed, or cancelled.
    QList<JobRun> candidates;
    for (const char* status : {"partial", "failed", "cancelled"}) {
        Result<QList<JobRun>> list =
            runs.list(RunFilter{.status = QString::fromLatin1(status), .limit = kMaxFailures});
        if (!list)
            return list.error().message;
        for (const JobRun& run : *list)
            if (run.usersFailed > 0 && run.finishedAt.value_or(run.startedAt) >= since)
                candidates.append(run);
    }
    std::sort(candidates.begin(), candidates.end(),
              [](const JobRun& a, const JobRun& b) { return a.id > b.id; });
    for (const JobRun& run : std::as_const(candidates)) {
        Result<QList<JobRunUser>> rows = outcomes.forRun(run.id);
        if (!rows)
            return rows.error().message;
        for (const JobRunUser& row : *rows) {
            if (row.status != QLatin1String("failed") ||
                row.finishedAt.value_or(row.startedAt) < since)
                continue;
            snapshot.failures.append({run.id, run.job, row});
            if (snapshot.failures.size() >= kMaxFailures)
                return {};
        }
    }
    return {};
}

QString DashboardReader::readQuotas(DashboardSnapshot& snapshot) const {
    Result<QList<AdminQuotaRepository::UserQuotas>> usage =
        AdminQuotaRepository(m_database).usage(snapshot.asOf);
    if (!usage)
        return usage.error().message;
    for (const AdminQuotaRepository::UserQuotas& user : *usage) {
        snapshot.quotasByUser.insert(user.userId, user.items);
        for (const QuotaUsage& item : user.items)
            if (item.warning)
                snapshot.quotaWarnings.append({user.userId, user.name, user.email, item});
    }
    return {};
}

QString DashboardReader::readOutbox(DashboardSnapshot& snapshot) const {
    Result<qint64> unknown =
        AdminOutboxRepository(m_database, m_clock).countWithStatus(QStringLiteral("unknown"));
    if (!unknown)
        return unknown.error().message;
    snapshot.unknownOutbox = *unknown;
    return {};
}

QString DashboardReader::readReplies(DashboardSnapshot& snapshot) const {
    // "Since yesterday" as the admin reads it: from midnight yesterday on this machine's clock.
    const QDate yesterday =
        QDateTime::fromMSecsSinceEpoch(snapshot.asOf).toLocalTime().date().addDays(-1);
    Result<qint64> replies =
        AdminInboundMailRepository(m_database)
            .countSince(QStringLiteral("reply"), yesterday.startOfDay().toMSecsSinceEpoch());
    if (!replies)
        return replies.error().message;
    snapshot.repliesSinceYesterday = *replies;
    return {};
}

} // namespace outreach::ui
