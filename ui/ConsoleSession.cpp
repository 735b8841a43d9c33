#include "ConsoleSession.h"

#include "Engine.h"
#include "EngineThread.h"
#include "MainWindow.h"
#include "store/Database.h"
#include "store/Migrator.h"

#include <QApplication>
#include <QThread>

namespace outreach::ui {

ConsoleSession::ConsoleSession(DatabaseUrl url, QString dataDir, QObject* parent)
    : QObject(parent), m_url(std::move(url)), m_dataDir(std::move(dataDir)),
      m_database(std::make_unique<Database>(m_url)) {}

ConsoleSession::~ConsoleSession() {
    m_window.reset();
    m_engine.reset(); // stops and joins the engine thread if shutDown() did not already
}

void ConsoleSession::start() {
    // Creating or migrating the database is SQL: it runs on a short-lived worker thread with
    // its own connection, and the answer comes back to this (GUI) thread as a queued call.
    QThread* worker = QThread::create([this] {
        QString error;
        Result<int> migrated = Migrator(*m_database).migrate();
        if (!migrated)
            error = migrated.error().message;
        m_database->closeThreadConnection();
        QMetaObject::invokeMethod(
            this, [this, error] { onDatabaseReady(error); }, Qt::QueuedConnection);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void ConsoleSession::onDatabaseReady(const QString& error) {
    if (!error.isEmpty()) {
        Q_EMIT failed(error);
        return;
    }
    Engine::registerMetaTypes();
    EngineOptions options;
    options.database = m_database.get();
    options.clock = &m_clock;
    options.logging.dataDir = m_dataDir;
    m_engine = std::make_unique<EngineThread>(options);
    ConsoleContext context;
    context.engine = m_engine->engine();
    context.clock = &m_clock;
    context.database = m_database.get();
    context.dataLocation = m_url.redacted();
    m_window = std::make_unique<MainWindow>(context);
    connect(m_window.get(), &MainWindow::closeRequested, this, &ConsoleSession::shutDown);
    connect(m_engine.get(), &EngineThread::finished, qApp, &QApplication::quit);
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

} // namespace outreach::ui
