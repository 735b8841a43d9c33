#include "JobSweep.h"

#include "Engine.h"
#include "core/Clock.h"
#include "jobs/JobRegistry.h"
#include "store/Sql.h"

#include <QEventLoop>

namespace outreach::bench {

JobSweep::JobSweep(const Database& database, ManualClock& clock, std::function<int(qint64)> tierOf,
                   int tierCount)
    : m_database(database), m_clock(clock), m_tierOf(std::move(tierOf)), m_tierCount(tierCount) {}

JobSweep::~JobSweep() {
    stop();
}

Status JobSweep::start() {
    EngineOptions options;
    options.database = &m_database;
    options.clock = &m_clock;
    options.manualClock = &m_clock;
    options.registry = JobRegistry::standard();
    options.runScheduler = false;
    options.pruneHistory = false;
    m_engine = std::make_unique<Engine>(options);
    bool started = false;
    const QMetaObject::Connection noticed =
        QObject::connect(m_engine.get(), &Engine::started, m_engine.get(), [&] { started = true; });
    QString failure;
    const QMetaObject::Connection failed =
        QObject::connect(m_engine.get(), &Engine::operationFailed, m_engine.get(),
                         [&](const QString& message) { failure = message; });
    m_engine->start();
    if (!started) {
        QEventLoop loop;
        QObject::connect(m_engine.get(), &Engine::started, &loop, &QEventLoop::quit);
        loop.exec();
    }
    QObject::disconnect(noticed);
    // Pacing 0 (SPEC §3.4 defaults are 100 ms to 1 s between users): the sweep measures the
    // work, not the pauses.
    for (const QString& job : m_engine->registry().names()) {
        m_engine->configureJob(job, 0, -1, QStringLiteral("benchmark: pacing 0"));
        if (!failure.isEmpty())
            return Error::runtime(QStringLiteral("%1: %2").arg(job, failure));
    }
    QObject::disconnect(failed);
    return Status::success();
}

Result<JobSweep::Measured> JobSweep::run(const QString& job) {
    Measured measured;
    measured.job = job;
    measured.tiers.resize(m_tierCount);
    QElapsedTimer clock;
    double lastMs = 0;
    quint64 lastStatements = 0;
    qint64 runId = 0;
    bool baselined = false;
    std::optional<JobRun> finished;
    QEventLoop loop;
    const QMetaObject::Connection perUser = QObject::connect(
        m_engine.get(), &Engine::userFinished, &loop, [&](qint64 run, const JobRunUser& outcome) {
            if (run != runId)
                return;
            // Pacing is 0 and units run one at a time: what happened since the previous
            // user's outcome is this user's cost, the runner's bookkeeping included.
            const double nowMs = double(clock.nsecsElapsed()) / 1e6;
            const quint64 statements = Sql::statementsOnAllThreads();
            const int tier = m_tierOf(outcome.userId);
            if (outcome.status == QLatin1String("skipped"))
                return; // recorded while the run reads its users, before the baseline
            if (tier >= 0 && tier < m_tierCount) {
                TierCost& cost = measured.tiers[tier];
                ++cost.users;
                cost.ms += nowMs - lastMs;
                cost.statements += statements - lastStatements;
                cost.items += outcome.items;
            }
            lastMs = nowMs;
            lastStatements = statements;
        });
    // The run reads its users before the first unit: that is run overhead, not a user's cost.
    const QMetaObject::Connection begun = QObject::connect(
        m_engine.get(), &Engine::runProgress, &loop, [&](const RunProgress& progress) {
            if (progress.runId != runId || baselined)
                return;
            baselined = true;
            lastMs = double(clock.nsecsElapsed()) / 1e6;
            lastStatements = Sql::statementsOnAllThreads();
        });
    const QMetaObject::Connection done =
        QObject::connect(m_engine.get(), &Engine::runFinished, &loop, [&](const JobRun& run) {
            if (run.id != runId)
                return;
            finished = run;
            loop.quit();
        });
    RunRequest request;
    request.job = job;
    request.reason = QStringLiteral("benchmark");
    const quint64 statements0 = Sql::statementsOnAllThreads();
    lastStatements = statements0;
    clock.start();
    Result<JobRun> started = m_engine->startRun(request);
    if (!started) {
        QObject::disconnect(perUser);
        QObject::disconnect(begun);
        QObject::disconnect(done);
        return started.error();
    }
    runId = started->id;
    if (!finished)
        loop.exec();
    measured.seconds = double(clock.nsecsElapsed()) / 1e9;
    measured.statements = Sql::statementsOnAllThreads() - statements0;
    QObject::disconnect(perUser);
    QObject::disconnect(begun);
    QObject::disconnect(done);
    measured.run = *finished;
    return measured;
}

void JobSweep::stop() {
    if (!m_engine)
        return;
    if (m_engine->isRunning()) {
        QEventLoop loop;
        QObject::connect(m_engine.get(), &Engine::stopped, &loop, &QEventLoop::quit);
        bool stopped = false;
        const QMetaObject::Connection noticed = QObject::connect(
            m_engine.get(), &Engine::stopped, m_engine.get(), [&stopped] { stopped = true; });
        m_engine->stop();
        if (!stopped)
            loop.exec();
        QObject::disconnect(noticed);
    }
    m_engine.reset();
}

} // namespace outreach::bench
