#include "ConsoleSession.h"

#include "Engine.h"
#include "EngineThread.h"
#include "MainWindow.h"
#include "demo/DemoWorkspace.h"
#include "store/Database.h"
#include "store/EngineHostRepository.h"
#include "store/Migrator.h"

#include <QApplication>
#include <QThread>

namespace outreach::ui {

namespace {

// The engines other than ours that run the jobs on this database now, for people; empty when
// none does (or when that cannot be read: then this console runs the jobs, and the run leases
// still keep any job from running twice at once).
QString otherEngines(const Database& database, const Clock& clock) {
    Result<QList<EngineHost>> live = EngineHostRepository(database, clock).live();
    if (!live)
        return {};
    QStringList names;
    for (const EngineHost& host : *live)
        names << host.describe();
    return names.join(QStringLiteral(", "));
}

} // namespace

ConsoleSession::ConsoleSession(DatabaseUrl url, QString dataDir, QObject* parent)
    : QObject(parent), m_url(std::move(url)), m_dataDir(std::move(dataDir)),
      m_demoFolder(DemoWorkspace::defaultFolder()), m_database(std::make_unique<Database>(m_url)) {}

std::unique_ptr<ConsoleSession> ConsoleSession::demo(const QString& folder, QObject* parent) {
    const DemoWorkspace workspace(folder);
    auto session = std::make_unique<ConsoleSession>(workspace.url(), workspace.folder(), parent);
    session->m_demo = true;
    session->m_demoFolder = workspace.folder();
    return session;
}

ConsoleSession::~ConsoleSession() {
    m_window.reset();
    m_engine.reset(); // stops and joins the engine thread if shutDown() did not already
}

void ConsoleSession::start() {
    // Creating or migrating the database is SQL: it runs on a short-lived worker thread with
    // its own connection, and the answer comes back to this (GUI) thread as a queued call.
    QThread* worker = QThread::create([this] {
        QString error;
        QString viewerOf;
        if (m_demo) {
            // The demo workspace is made (migrated and seeded) with its own connections.
            Result<DemoWorkspace::Prepared> prepared = DemoWorkspace(m_dataDir).prepare(m_clock);
            if (!prepared)
                error = prepared.error().message;
        } else if (Result<int> migrated = Migrator(*m_database).migrate(); !migrated) {
            error = migrated.error().message;
        }
        if (error.isEmpty())
            viewerOf = otherEngines(*m_database, m_clock);
        m_database->closeThreadConnection();
        QMetaObject::invokeMethod(
            this, [this, error, viewerOf] { onDatabaseReady(error, viewerOf); },
            Qt::QueuedConnection);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void ConsoleSession::onDatabaseReady(const QString& error, const QString& viewerOf) {
    if (!error.isEmpty()) {
        Q_EMIT failed(error);
        return;
    }
    m_viewerOf = viewerOf;
    Engine::registerMetaTypes();
    EngineOptions options;
    options.database = m_database.get();
    options.clock = &m_clock;
    options.logging.dataDir = m_dataDir;
    options.role = QStringLiteral("console");
    options.viewer = isViewer();
    m_engine = std::make_unique<EngineThread>(options);
    ConsoleContext context;
    context.engine = m_engine->engine();
    context.clock = &m_clock;
    context.database = m_database.get();
    context.dataLocation =
        m_demo ? tr("%1 (demo workspace)").arg(m_url.redacted()) : m_url.redacted();
    context.viewerOf = m_viewerOf;
    m_window = std::make_unique<MainWindow>(context);
    if (m_demo)
        m_window->setWindowTitle(tr("Outreach Console — demo workspace"));
    connect(m_window.get(), &MainWindow::closeRequested, this, &ConsoleSession::shutDown);
    connect(m_window.get(), &MainWindow::demoRequested, this, &ConsoleSession::switchToDemo);
    connect(m_window.get(), &MainWindow::viewerRecheckRequested, this, &ConsoleSession::reopen);
    connect(m_engine.get(), &EngineThread::finished, this, &ConsoleSession::onEngineFinished);
    m_engine->start();
    m_window->show();
    Q_EMIT ready();
}

void ConsoleSession::shutDown() {
    if (m_stopping)
        return;
    m_stopping = true;
    m_window->hide();
    m_engine->requestStop();
}

void ConsoleSession::switchToDemo() {
    if (m_stopping || m_demo)
        return;
    m_demoNext = true;
    shutDown();
}

void ConsoleSession::reopen() {
    if (m_stopping)
        return;
    m_reopenNext = true;
    shutDown();
}

void ConsoleSession::onEngineFinished() {
    if (m_reopenNext) {
        // Same database, looked at again: the console runs the jobs if the other engine is
        // gone, or stays a viewer.
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_window.reset();
                m_engine.reset();
                m_reopenNext = false;
                m_stopping = false;
                start();
            },
            Qt::QueuedConnection);
        return;
    }
    if (!m_demoNext) {
        QApplication::quit();
        return;
    }
    // The engine on the real database has stopped; the console reopens on the demo's own
    // database. Later, not from inside the engine host's own signal: it is deleted here.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_window.reset();
            m_engine.reset();
            const DemoWorkspace workspace(m_demoFolder);
            m_url = workspace.url();
            m_dataDir = workspace.folder();
            m_database = std::make_unique<Database>(m_url);
            m_demo = true;
            m_demoNext = false;
            m_stopping = false;
            start();
        },
        Qt::QueuedConnection);
}

} // namespace outreach::ui
