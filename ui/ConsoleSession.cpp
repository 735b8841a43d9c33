#include "ConsoleSession.h"

#include "MainWindow.h"
#include "UserDirectory.h"
#include "store/Database.h"
#include "store/Migrator.h"

#include <QApplication>

namespace outreach::ui {

ConsoleSession::ConsoleSession(DatabaseUrl url, QObject* parent)
    : QObject(parent), m_url(std::move(url)), m_database(std::make_unique<Database>(m_url)) {}

ConsoleSession::~ConsoleSession() {
    m_window.reset();
    if (m_worker.isRunning()) {
        QMetaObject::invokeMethod(m_users, &UserDirectory::closeConnection,
                                  Qt::BlockingQueuedConnection);
        m_worker.quit();
        m_worker.wait();
    }
}

void ConsoleSession::start() {
    // Creating or migrating the database is SQL: it runs on a short-lived worker thread with
    // its own connection, and the answer comes back to this (GUI) thread as a queued call.
    QThread* migration = QThread::create([this] {
        QString error;
        Result<int> migrated = Migrator(*m_database).migrate();
        if (!migrated)
            error = migrated.error().message;
        m_database->closeThreadConnection();
        QMetaObject::invokeMethod(
            this, [this, error] { onDatabaseReady(error); }, Qt::QueuedConnection);
    });
    connect(migration, &QThread::finished, migration, &QObject::deleteLater);
    migration->start();
}

void ConsoleSession::onDatabaseReady(const QString& error) {
    if (!error.isEmpty()) {
        Q_EMIT failed(error);
        return;
    }
    UserDirectory::registerMetaTypes();
    m_users = new UserDirectory(*m_database, m_clock);
    m_users->moveToThread(&m_worker);
    connect(&m_worker, &QThread::finished, m_users, &QObject::deleteLater);
    m_worker.start();
    m_window = std::make_unique<MainWindow>(m_users, m_url.redacted());
    connect(m_window.get(), &MainWindow::closeRequested, this, &ConsoleSession::shutDown);
    m_window->show();
    Q_EMIT ready();
}

void ConsoleSession::shutDown() {
    m_window->hide();
    QMetaObject::invokeMethod(m_users, &UserDirectory::closeConnection,
                              Qt::BlockingQueuedConnection);
    m_worker.quit();
    m_worker.wait();
    QApplication::quit();
}

} // namespace outreach::ui
