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

// One running console: prepares the database off the GUI thread (create or migrate; for the
// demo workspace create and seed it), then starts the engine on its thread and shows the main
// window. Closing the window stops the engine cleanly (units in flight finish, leases are
// released) before the application quits. Choosing the demo in the first-start offer stops
// the engine the same way and reopens the console on the demo workspace's own database.
// When another engine already runs the jobs on the database (engine_hosts), the console opens
// as a viewer of its data (issue 6, "Engine in the console") and can check again later.
class ConsoleSession final : public QObject {
    Q_OBJECT
public:
    ConsoleSession(DatabaseUrl url, QString dataDir, QObject* parent = nullptr);
    // The demo workspace in `folder` (DemoWorkspace), created and seeded when missing.
    static std::unique_ptr<ConsoleSession> demo(const QString& folder, QObject* parent = nullptr);
    ~ConsoleSession() override;

    void start();
    MainWindow* window() const { return m_window.get(); }
    bool isDemo() const { return m_demo; }
    // Another engine runs the jobs on this database; this console only shows its data.
    bool isViewer() const { return !m_viewerOf.isEmpty(); }
    // Where the first-start offer's demo lives (default DemoWorkspace::defaultFolder()).
    void setDemoFolder(const QString& folder) { m_demoFolder = folder; }

Q_SIGNALS:
    void ready();                        // the window is shown and the engine started
    void failed(const QString& message); // the database could not be prepared

private:
    void onDatabaseReady(const QString& error, const QString& viewerOf);
    void shutDown();
    void switchToDemo();
    void reopen();
    void onEngineFinished();

    DatabaseUrl m_url;
    QString m_dataDir;
    QString m_demoFolder;
    SystemClock m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<EngineThread> m_engine;
    std::unique_ptr<MainWindow> m_window;
    bool m_stopping = false;
    bool m_demo = false;
    bool m_demoNext = false;
    bool m_reopenNext = false;
    QString m_viewerOf; // the other engines when this console is a viewer
};

} // namespace outreach::ui
