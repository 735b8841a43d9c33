#include "JobWorld.h"

#include "EmlInspector.h"
#include "jobs/JobRegistry.h"
#include "store/JobRunUserRepository.h"
#include "store/Sql.h"
#include "store/UserRepository.h"

#include <QEventLoop>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTimer>
#include <QtTest>

namespace outreach::test {

JobWorld::JobWorld(QDateTime start) : m_db(TestDatabase::create()), m_clock(std::move(start)) {}

JobWorld::~JobWorld() {
    if (m_engine && m_engine->isRunning()) {
        QSignalSpy stopped(m_engine.get(), &Engine::stopped);
        m_engine->stop();
        if (stopped.isEmpty())
            stopped.wait(30000);
    }
    m_engine.reset();
}

bool JobWorld::startEngine() {
    EngineOptions options;
    options.database = &m_db->database();
    options.clock = &m_clock;
    options.manualClock = &m_clock;
    options.registry = JobRegistry::standard();
    options.runScheduler = false;
    options.pruneHistory = false;
    options.logging.dataDir = m_db->tempPath();
    options.logging.level = QStringLiteral("debug");
    m_engine = std::make_unique<Engine>(options);
    QObject::connect(m_engine.get(), &Engine::runFinished, m_engine.get(),
                     [this](const JobRun& run) { m_finished.append(run); });
    QSignalSpy started(m_engine.get(), &Engine::started);
    m_engine->start();
    return started.count() == 1 || started.wait(10000);
}

JobRun JobWorld::run(const QString& job, std::optional<qint64> userId) {
    RunRequest request;
    request.job = job;
    request.userId = userId;
    request.reason = QStringLiteral("test");
    Result<JobRun> started = m_engine->startRun(request);
    if (!started) {
        m_lastRefusal = started.error().message;
        qWarning() << "run refused:" << m_lastRefusal;
        return {};
    }
    const qint64 id = started->id;
    auto finished = [&]() -> std::optional<JobRun> {
        for (const JobRun& run : std::as_const(m_finished))
            if (run.id == id)
                return run;
        return std::nullopt;
    };
    // Waits for the run's finished signal, handling events as they come (the units run on
    // the engine's worker threads); the timer only bounds a run that never ends.
    if (!finished()) {
        QEventLoop loop;
        QTimer limit;
        limit.setSingleShot(true);
        QObject::connect(&limit, &QTimer::timeout, &loop, &QEventLoop::quit);
        QObject::connect(m_engine.get(), &Engine::runFinished, &loop, [&](const JobRun& run) {
            if (run.id == id)
                loop.quit();
        });
        limit.start(120000);
        loop.exec();
    }
    if (!finished()) {
        qWarning() << "run" << id << "of" << job << "did not finish";
        return {};
    }
    return *finished();
}

JobRunUser JobWorld::rowOf(qint64 runId, qint64 userId) {
    Result<QList<JobRunUser>> rows = JobRunUserRepository(m_db->database()).forRun(runId);
    if (rows)
        for (const JobRunUser& row : *rows)
            if (row.userId == userId)
                return row;
    return {};
}

QList<LogRecord> JobWorld::logs(const LogFilter& filter) {
    QList<LogRecord> out;
    QObject::connect(
        m_engine.get(), &Engine::logsLoaded, m_engine.get(),
        [&out](const LogFilter&, const QList<LogRecord>& records) { out = records; },
        Qt::SingleShotConnection);
    const QMetaObject::Connection failed = QObject::connect(
        m_engine.get(), &Engine::operationFailed, m_engine.get(),
        [](const QString& message) { qWarning() << "log query failed:" << message; });
    m_engine->queryLogs(filter);
    QObject::disconnect(failed);
    return out;
}

User JobWorld::addUser(const UserSpec& spec) {
    User draft;
    draft.email = spec.email;
    draft.name = spec.email.section(QLatin1Char('@'), 0, 0);
    draft.timeZone = spec.timeZone;
    draft.dailyEmailQuota = spec.dailyEmailQuota;
    draft.monthlyLeadQuota = spec.monthlyLeadQuota;
    Result<User> added = UserRepository(m_db->database(), m_clock).add(draft);
    if (!added) {
        qWarning() << "cannot add user:" << added.error().message;
        return {};
    }
    return *added;
}

bool JobWorld::setUserStatus(qint64 userId, const QString& status) {
    return UserRepository(m_db->database(), m_clock).setStatus(userId, status).ok();
}

UserScope JobWorld::scope(qint64 userId) {
    return *UserScope::open(m_db->database(), m_clock, userId);
}

JobWorld::Mailbox* JobWorld::addMailbox(qint64 userId, const QString& fromName,
                                        const QString& fromAddress, const QString& serverPassword,
                                        const QString& accountPassword,
                                        const QStringList& extraServerArgs) {
    auto box = std::make_shared<Mailbox>();
    box->login = QStringLiteral("user%1").arg(userId);
    box->fromAddress = fromAddress;
    box->server = std::make_unique<SmtpTestServer>();
    QStringList args{QStringLiteral("--auth"), box->login + QLatin1Char(':') + serverPassword,
                     QStringLiteral("--auth-plaintext")};
    args << extraServerArgs;
    if (!box->server->start(args)) {
        qWarning() << "SMTP server did not start:" << box->server->error();
        return nullptr;
    }
    const QString env = QStringLiteral("OUTREACH_TEST_SMTP_PW_%1").arg(userId);
    qputenv(env.toUtf8().constData(), accountPassword.toUtf8());
    SenderAccount account;
    account.fromName = fromName;
    account.fromAddress = fromAddress;
    account.smtpHost = QStringLiteral("127.0.0.1");
    account.smtpPort = box->server->port();
    account.tlsMode = QStringLiteral("none");
    account.smtpUsername = box->login;
    account.passwordEnv = env;
    account.allowPlaintextAuth = true;
    account.postalAddress = QStringLiteral("Agency Ltd, 1 Harbour Street, Bristol BS1 4AA");
    Result<SenderAccount> added = scope(userId).senders().add(account);
    if (!added) {
        qWarning() << "cannot add sender:" << added.error().message;
        return nullptr;
    }
    box->senderId = added->id;
    m_mailboxes.insert(userId, box);
    return box.get();
}

qint64 JobWorld::addSender(qint64 userId, const QString& fromName, const QString& fromAddress,
                           quint16 port) {
    SenderAccount account;
    account.fromName = fromName;
    account.fromAddress = fromAddress;
    account.smtpHost = QStringLiteral("127.0.0.1");
    account.smtpPort = port;
    account.tlsMode = QStringLiteral("none");
    account.postalAddress = QStringLiteral("Agency Ltd, 1 Harbour Street, Bristol BS1 4AA");
    Result<SenderAccount> added = scope(userId).senders().add(account);
    if (!added) {
        qWarning() << "cannot add sender:" << added.error().message;
        return 0;
    }
    return added->id;
}

qint64 JobWorld::addSource(qint64 userId, const QString& url, int monthlyQuota, double costPerCall,
                           const QString& keyEnv) {
    LeadSource source;
    source.kind = QStringLiteral("http-json");
    source.endpoint = url;
    source.monthlyQuota = monthlyQuota;
    source.costPerCall = costPerCall;
    source.apiKeyEnv = keyEnv;
    Result<LeadSource> added = scope(userId).sources().add(source);
    if (!added) {
        qWarning() << "cannot add source:" << added.error().message;
        return 0;
    }
    return added->id;
}

Campaign JobWorld::campaign(const QString& name, const QString& scheduleType, const QString& time,
                            int dailyLimit) {
    Campaign c;
    c.name = name;
    c.scheduleType = scheduleType;
    c.scheduleTime = time;
    c.dailyLimit = dailyLimit;
    c.status = scheduleType == QLatin1String("once") || scheduleType == QLatin1String("recurring")
                   ? QStringLiteral("scheduled")
                   : QStringLiteral("active");
    c.subject = QStringLiteral("A question for {{company|your team}}");
    c.bodyInitial = QStringLiteral("Hi {{firstName|there}},\n\nThis is {{senderName}} from "
                                   "{{campaignName}}.\n");
    c.bodyFollowUp1 = QStringLiteral("Hi {{firstName|there}}, following up on my note.\n");
    c.bodyFollowUp2 = QStringLiteral("Hi {{firstName|there}}, one last note from me.\n");
    return c;
}

Campaign JobWorld::addCampaign(qint64 userId, Campaign draft) {
    Result<Campaign> added = scope(userId).campaigns().add(draft);
    if (!added) {
        qWarning() << "cannot add campaign:" << added.error().message;
        return {};
    }
    return *added;
}

Campaign JobWorld::campaignOf(qint64 userId, qint64 campaignId) {
    Result<Campaign> found = scope(userId).campaigns().find(campaignId);
    return found ? *found : Campaign{};
}

QList<qint64> JobWorld::addLeads(qint64 userId, const QStringList& emails, const QList<int>& scores,
                                 std::optional<qint64> campaignId) {
    QList<Lead> leads;
    for (qsizetype i = 0; i < emails.size(); ++i) {
        Lead lead;
        lead.email = emails[i];
        lead.firstName = emails[i].section(QLatin1Char('@'), 0, 0);
        lead.company = QStringLiteral("Company %1").arg(i % 5);
        lead.title = QStringLiteral("Head of Growth");
        lead.score = scores.value(i, 70);
        leads << lead;
    }
    const UserScope s = scope(userId);
    if (Result<LeadRepository::InsertOutcome> done =
            s.leads().insertMany(leads, campaignId, QStringLiteral("import"));
        !done)
        qWarning() << "cannot add leads:" << done.error().message;
    QList<qint64> ids;
    for (const QString& email : emails) {
        Result<Lead> found = s.leads().findByEmail(email);
        ids << (found ? found->id : 0);
    }
    return ids;
}

Lead JobWorld::lead(qint64 userId, qint64 leadId) {
    Result<Lead> found = scope(userId).leads().find(leadId);
    return found ? *found : Lead{};
}

QList<Lead> JobWorld::leads(qint64 userId) {
    Result<QList<Lead>> list = scope(userId).leads().list({}, 100000);
    return list ? *list : QList<Lead>{};
}

QList<OutboxMessage> JobWorld::outbox(qint64 userId, const QString& status) {
    Result<QList<OutboxMessage>> list = scope(userId).outbox().list(status, 100000);
    return list ? *list : QList<OutboxMessage>{};
}

qint64 JobWorld::scalar(const QString& sql, const QVariantMap& binds) {
    Result<QSqlDatabase> db = m_db->database().connection();
    if (!db)
        return -1;
    Sql query(*db, sql);
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        query.bind(it.key(), it.value());
    Result<std::optional<QVariant>> value = query.execScalar();
    if (!value || !value->has_value())
        return -1;
    return (*value)->toLongLong();
}

QList<JobWorld::Received> JobWorld::received(qint64 userId) {
    QList<Received> out;
    Mailbox* box = mailbox(userId);
    if (!box)
        return out;
    const QList<QByteArray> messages = box->server->messages();
    const QList<QJsonObject> envelopes = box->server->envelopes();
    static const QRegularExpression messageId(QStringLiteral("(?im)^Message-ID:\\s*(<[^>]+>)"));
    for (qsizetype i = 0; i < messages.size(); ++i) {
        Received r;
        r.envelope = envelopes.value(i);
        r.parsed = EmlInspector::parse(messages[i]);
        r.messageId = messageId.match(QString::fromUtf8(messages[i])).captured(1);
        out << r;
    }
    return out;
}

} // namespace outreach::test
