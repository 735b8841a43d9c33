#include "ThreadedEngine.h"

#include "Engine.h"
#include "store/JobRunUserRepository.h"
#include "store/Sql.h"
#include "store/UserRepository.h"

#include <QtTest>

namespace outreach::test {

QDateTime ThreadedEngine::defaultStart() {
    return QDateTime(QDate(2026, 6, 10), QTime(9, 7), QTimeZone::utc());
}

ThreadedEngine::ThreadedEngine(QDateTime start, std::shared_ptr<JobRegistry> registry)
    : m_db(TestDatabase::create()), m_clock(start), m_registry(std::move(registry)) {
    if (!m_registry) {
        m_registry = std::make_shared<JobRegistry>();
        JobRegistry::addTestJobs(*m_registry);
    }
}

ThreadedEngine::~ThreadedEngine() {
    if (m_thread && m_thread->isRunning()) {
        m_thread->requestStop();
        if (!m_thread->wait(30000))
            qWarning("the engine thread did not stop within 30 s");
    }
    m_thread.reset();
}

Engine* ThreadedEngine::engine() const {
    return m_thread ? m_thread->engine() : nullptr;
}

void ThreadedEngine::create(bool runScheduler) {
    EngineOptions options;
    options.database = &m_db->database();
    options.clock = &m_clock;
    options.manualClock = &m_clock;
    options.registry = m_registry;
    options.runScheduler = runScheduler;
    options.pruneHistory = false;
    options.logging.dataDir = m_db->tempPath();
    options.logging.level = QStringLiteral("debug");
    m_thread = std::make_unique<EngineThread>(options);
    Engine* engine = m_thread->engine();
    // Receivers on this thread: the signals arrive queued, as they do in the console.
    connect(engine, &Engine::started, this, [this] { m_running = true; });
    connect(engine, &Engine::runStarted, this, [this](const JobRun& run) { m_started << run; });
    connect(engine, &Engine::runFinished, this, [this](const JobRun& run) { m_finished << run; });
}

bool ThreadedEngine::start() {
    if (!m_thread)
        create();
    m_thread->start();
    return QTest::qWaitFor([this] { return m_running; }, 10000);
}

qint64 ThreadedEngine::addUser(const QString& email, const QString& name, const QString& status,
                               const QString& timeZone) {
    User draft;
    draft.email = email;
    draft.name = name;
    draft.timeZone = timeZone;
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

QList<JobRunUser> ThreadedEngine::usersOf(qint64 runId) const {
    Result<QList<JobRunUser>> rows = JobRunUserRepository(m_db->database()).forRun(runId);
    return rows ? *rows : QList<JobRunUser>{};
}

qint64 ThreadedEngine::scalar(const QString& sql) const {
    Result<QSqlDatabase> db = m_db->database().connection();
    if (!db)
        return -1;
    Sql query(*db, sql);
    Result<std::optional<QVariant>> value = query.execScalar();
    if (!value || !value->has_value())
        return -1;
    return (*value)->toLongLong();
}

bool ThreadedEngine::exec(const QString& sql) const {
    Result<QSqlDatabase> db = m_db->database().connection();
    if (!db)
        return false;
    Sql query(*db, sql);
    Status done = query.exec();
    if (!done)
        qWarning() << "fixture SQL failed:" << done.error().message;
    return done.ok();
}

QString ThreadedEngine::text(const QString& sql) const {
    Result<QSqlDatabase> db = m_db->database().connection();
    if (!db)
        return {};
    Sql query(*db, sql);
    Result<std::optional<QVariant>> value = query.execScalar();
    if (!value || !value->has_value())
        return {};
    return (*value)->toString();
}

JobRun ThreadedEngine::waitForFinishedRun(const QString& job, qint64 afterRunId, int timeoutMs) {
    JobRun found;
    const bool finished = QTest::qWaitFor(
        [&] {
            for (const JobRun& run : std::as_const(m_finished))
                if (run.job == job && run.id > afterRunId) {
                    found = run;
                    return true;
                }
            return false;
        },
        timeoutMs);
    if (!finished)
        qWarning() << "no run of" << job << "finished within" << timeoutMs << "ms";
    return found;
}

bool ThreadedEngine::waitForStartedRun(const QString& job, int timeoutMs) {
    return QTest::qWaitFor(
        [&] {
            return std::any_of(m_started.cbegin(), m_started.cend(),
                               [&](const JobRun& run) { return run.job == job; });
        },
        timeoutMs);
}

} // namespace outreach::test
