#include "jobs/RetentionPruner.h"

#include "core/Clock.h"
#include "jobs/JobControl.h"
#include "jobs/JobRegistry.h"
#include "logging/Logger.h"
#include "store/JobRunRepository.h"
#include "store/LogRepository.h"
#include "store/OccurrenceRepository.h"
#include "store/UnitKeyRepository.h"

namespace outreach {

RetentionPruner::RetentionPruner(const Database& database, const Clock& clock, int defaultDays,
                                 QObject* parent)
    : QObject(parent), m_database(database), m_clock(clock), m_defaultDays(defaultDays) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        pruneNow();
        m_timer.start(kIntervalMs);
    });
}

void RetentionPruner::start() {
    m_timer.start(kFirstPassDelayMs);
}

void RetentionPruner::stop() {
    m_timer.stop();
    m_step = -1;
}

void RetentionPruner::pruneNow() {
    if (isPruning())
        return;
    const JobRegistry none;
    Result<int> days = JobControl(m_database, m_clock, none).retentionDays(m_defaultDays);
    if (!days) {
        Logger().error(QStringLiteral("retention: %1").arg(days.error().message));
        return;
    }
    m_report = PruneReport{};
    m_report.cutoff = m_clock.nowMs() - qint64(*days) * 24 * 60 * 60 * 1000;
    m_step = 0;
    QTimer::singleShot(0, this, &RetentionPruner::step);
}

void RetentionPruner::step() {
    if (m_step < 0)
        return;
    Result<int> removed = 0;
    qint64* counter = nullptr;
    switch (m_step) {
    case 0:
        removed = LogRepository(m_database).pruneBatch(m_report.cutoff, kBatch);
        counter = &m_report.logRecords;
        break;
    case 1:
        // Runs go in smaller batches: each takes its user rows with it.
        removed = JobRunRepository(m_database, m_clock).pruneBatch(m_report.cutoff, kBatch / 4);
        counter = &m_report.runs;
        break;
    case 2:
        removed = OccurrenceRepository(m_database, m_clock).pruneBatch(m_report.cutoff, kBatch);
        counter = &m_report.occurrences;
        break;
    case 3:
        removed = UnitKeyRepository(m_database, m_clock).pruneBatch(m_report.cutoff, kBatch);
        counter = &m_report.unitKeys;
        break;
    default: {
        m_step = -1;
        if (m_report.logRecords + m_report.runs + m_report.occurrences + m_report.unitKeys > 0)
            Logger().info(QStringLiteral("retention: removed %1 log records, %2 runs, %3 "
                                         "occurrence records and %4 idempotency keys")
                              .arg(m_report.logRecords)
                              .arg(m_report.runs)
                              .arg(m_report.occurrences)
                              .arg(m_report.unitKeys));
        Q_EMIT pruned(m_report);
        return;
    }
    }
    if (!removed) {
        Logger().error(QStringLiteral("retention: %1").arg(removed.error().message));
        m_step = -1;
        return;
    }
    *counter += *removed;
    // A full batch means there may be more of this table; a short one moves to the next.
    if (*removed < (m_step == 1 ? kBatch / 4 : kBatch))
        ++m_step;
    QTimer::singleShot(0, this, &RetentionPruner::step);
}

} // namespace outreach
