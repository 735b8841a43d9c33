#pragma once

#include "ConsoleContext.h"

#include <QMainWindow>

class QListWidget;
class QStackedWidget;
class QLabel;

namespace outreach::ui {

class DashboardPage;
class DemoOffer;
class JobsPage;
class LogsPage;
class OutboxPage;
class ReportsPage;
class ReaderThread;
class EditorThread;
class RunsPage;
class TrayNotifier;
class UsersPage;
class LeadsPage;
class CampaignsPage;
class SettingsPage;

// Wires the pages together: a navigation list on the left, the current page on the right,
// the data location and engine state in the status bar, the tray notifier. Pages talk to
// each other only through signals connected here ("show this run's logs"); no business
// logic lives here.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const ConsoleContext& context, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows the page with this object name (e.g. "users"); used by tests and shortcuts.
    bool showPage(const QString& name);
    QString currentPage() const;
    QStringList pageNames() const;
    QWidget* page(const QString& name) const;

    DashboardPage* dashboardPage() const { return m_dashboard; }
    UsersPage* usersPage() const { return m_users; }
    LeadsPage* leadsPage() const { return m_leads; }
    CampaignsPage* campaignsPage() const { return m_campaigns; }
    JobsPage* jobsPage() const { return m_jobs; }
    RunsPage* runsPage() const { return m_runs; }
    LogsPage* logsPage() const { return m_logs; }
    ReportsPage* reportsPage() const { return m_reports; }
    OutboxPage* outboxPage() const { return m_outbox; }
    SettingsPage* settingsPage() const { return m_settings; }
    TrayNotifier* notifier() const { return m_notifier; }
    DemoOffer* demoOffer() const { return m_demoOffer; }

Q_SIGNALS:
    // The user closed the window: the session stops the engine, then the application quits.
    void closeRequested();
    // The admin chose the demo workspace in the first-start offer: the session opens it.
    void demoRequested();
    // In viewer mode, the admin asked to look again whether the other engine still runs.
    void viewerRecheckRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addPage(const QString& name, const QString& title, QWidget* page);
    void buildMenus();

    ConsoleContext m_context;
    ReaderThread* m_reader;
    EditorThread* m_editor;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    QLabel* m_engineState;
    DashboardPage* m_dashboard = nullptr;
    LeadsPage* m_leads = nullptr;
    CampaignsPage* m_campaigns = nullptr;
    UsersPage* m_users = nullptr;
    JobsPage* m_jobs = nullptr;
    RunsPage* m_runs = nullptr;
    LogsPage* m_logs = nullptr;
    ReportsPage* m_reports = nullptr;
    OutboxPage* m_outbox = nullptr;
    SettingsPage* m_settings = nullptr;
    TrayNotifier* m_notifier = nullptr;
    DemoOffer* m_demoOffer = nullptr;
};

} // namespace outreach::ui
