#include "EngineHarness.h"

#include "store/JobRunUserRepository.h"
#include "store/Sql.h"
#include "store/UserRepository.h"
#include "store/UserScope.h"

#include <QSignalSpy>
#include <QtTest>

namespace outreach::test {

QDateTime EngineHarness::defaultStart() {
    return QDateTime(QDate(2026, 6, 10), QTime(9, 7), QTimeZone::utc());
}

EngineHarness::EngineHarness(QDateTime start)
    : m_db(TestDatabase::create()), m_clock(start), m_registry(std::make_shared<JobRegistry>()) {
    JobRegistry::addTestJobs(*m_registry);
}

EngineHarness::~EngineHarness() {
    if (m_engine && m_engine->isRunning())
        stopEngine();
    m_engine.reset();
}

bool EngineHarness::startEngine(bool runScheduler) {
    EngineOptions options;
    options.database = &m_db->database();
    options.clock = &m_clock;
    options.manualClock = &m_clock;
    options.registry = m_registry;
    options.runScheduler = runScheduler;
    options.pruneHistory = false;
    options.logging.dataDir = m_db->tempPath();
    options.logging.level = QStringLiteral("debug");
    m_engine = std::make_unique<Engine>(options);
    QObject::connect(m_engine.get(), &Engine::runFinished, m_engine.get(),
                     [this](const JobRun& run) { m_finished.append(run); });
    QObject::connect(m_engine.get(), &Engine::runRefused, m_engine.get(),
                     [this](quint64, const Error& error) { m_lastRefusal = error.message; });
    QSignalSpy started(m_engine.get(), &Engine::started);
    m_engine->start();
    return started.count() == 1 || started.wait(5000);
}

bool EngineHarness::stopEngine() {
    if (!m_engine)
        return true;
    QSignalSpy stopped(m_engine.get(), &Engine::stopped);
    m_engine->stop();
    const bool ok = stopped.count() > 0 || stopped.wait(30000);
    m_engine.reset();
    return ok;
}

qint64 EngineHarness::addUser(const QString& email, const QString& name, const QString& status) {
    User draft;
    draft.email = email;
    draft.name = name;
    const UserRepository users(m_db->database(), m_clock);
    Result<User> added = users.add(draft);
    if (!added) {
        qWarning() << "cannot add user:" << added.error().message;
        return 0;
    }
    if (status != QLatin1String("active") && !users.setStatus(added->id, status))
        return 0;
    return added->id;
}

JobRun EngineHarness::runAndWait(const RunRequest& request, int timeoutMs) {
    Result<JobRun> started = m_engine->startRun(request);
    if (!started) {
        m_lastRefusal = started.error().message;
        return {};
    }
    const qint64 id = started->id;
    auto done = [&] {
        for (const JobRun& run : std::as_const(m_finished))
            if (run.id == id)
                return true;
        return false;
    };
    if (!QTest::qWaitFor(done, timeoutMs))
        return {};
    for (const JobRun& run : std::as_const(m_finished))
        if (run.id == id)
            return run;
    return {};
}

JobRun EngineHarness::retryAndWait(qint64 runId, bool force, int timeoutMs) {
    Result<JobRun> started = m_engine->startRetry(runId, force, QStringLiteral("retry in a test"));
    if (!started) {
        m_lastRefusal = started.error().message;
        return {};
    }
    const qint64 id = started->id;
    if (!QTest::qWaitFor(
            [&] {
                return std::any_of(m_finished.cbegin(), m_finished.cend(),
                                   [id](const JobRun& r) { return r.id == id; });
            },
            timeoutMs))
        return {};
    for (const JobRun& run : std::as_const(m_finished))
        if (run.id == id)
            return run;
    return {};
}

QList<JobRun> EngineHarness::waitForRuns(int count, int timeoutMs) {
    const qsizetype before = m_finished.size();
    if (!QTest::qWaitFor([&] { return m_finished.size() >= before + count; }, timeoutMs))
        qWarning("waited %d ms for %d run(s) to finish; %d did", timeoutMs, count,
                 int(m_finished.size() - before));
    return m_finished.mid(before);
}

QList<JobRunUser> EngineHarness::usersOf(qint64 runId) {
    Result<QList<JobRunUser>> rows = JobRunUserRepository(m_db->database()).forRun(runId);
    return rows ? *rows : QList<JobRunUser>{};
}

JobRunUser EngineHarness::rowOf(qint64 runId, qint64 userId) {
    for (const JobRunUser& row : usersOf(runId))
        if (row.userId == userId)
            return row;
    return {};
}

qint64 EngineHarness::effectRowsOf(qint64 userId) {
    Result<UserScope> scope = UserScope::open(m_db->database(), m_clock, userId);
    if (!scope)
        return -1;
    Result<QList<Lead>> leads = scope->leads().list();
    if (!leads)
        return -1;
    return std::count_if(leads->cbegin(), leads->cend(), [](const Lead& lead) {
        return lead.source == QLatin1String("test-write");
    });
}

qint64 EngineHarness::scalar(const QString& sql) {
    Result<QSqlDatabase> db = m_db->database().connection();
    if (!db)
        return -1;
    Sql query(*db, sql);
    Result<std::optional<QVariant>> value = query.execScalar();
    if (!value || !value->has_value())
        return -1;
    return (*value)->toLongLong();
}

} // namespace outreach::test
