#pragma once

#include "core/Clock.h"
#include "store/DatabaseUrl.h"

#include <QObject>
#include <memory>

namespace outreach {
class Database;
class EngineThread;
} // namespace outreach

namespace outreach::ui {

class MainWindow;

// One running console: prepares the database off the GUI thread (create or migrate), then
// starts the engine on its thread and shows the main window. Closing the window stops the
// engine cleanly (units in flight finish, leases are released) before the application quits.
class ConsoleSession final : public QObject {
    Q_OBJECT
public:
    ConsoleSession(DatabaseUrl url, QString dataDir, QObject* parent = nullptr);
    ~ConsoleSession() override;

    void start();
    MainWindow* window() const { return m_window.get(); }

Q_SIGNALS:
    void ready();                        // the window is shown and the engine started
    void failed(const QString& message); // the database could not be prepared

private:
    void onDatabaseReady(const QString& error);
    void shutDown();

    DatabaseUrl m_url;
    QString m_dataDir;
    SystemClock m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<EngineThread> m_engine;
    std::unique_ptr<MainWindow> m_window;
    bool m_stopping = false;
};

} // namespace outreach::ui
