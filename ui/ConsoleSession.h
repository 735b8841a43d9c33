#pragma once

#include "core/Clock.h"
#include "store/DatabaseUrl.h"

#include <QObject>
#include <QThread>
#include <memory>

namespace outreach {
class Database;
}

namespace outreach::ui {

class MainWindow;
class UserDirectory;

// One running console: prepares the database off the GUI thread (create or migrate), then
// starts the worker thread that owns the console's database connection and shows the window.
// Closing the window ends the worker thread before the application quits.
class ConsoleSession final : public QObject {
    Q_OBJECT
public:
    ConsoleSession(DatabaseUrl url, QObject* parent = nullptr);
    ~ConsoleSession() override;

    void start();
    MainWindow* window() const { return m_window.get(); }

Q_SIGNALS:
    void ready();
    void failed(const QString& message);

private:
    void onDatabaseReady(const QString& error);
    void shutDown();

    DatabaseUrl m_url;
    SystemClock m_clock;
    std::unique_ptr<Database> m_database;
    QThread m_worker;
    UserDirectory* m_users = nullptr; // lives on m_worker; deleted when it finishes
    std::unique_ptr<MainWindow> m_window;
};

} // namespace outreach::ui
