#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace outreach::ui {

class UserDirectory;

// Wires the pages together: a navigation list on the left, the current page on the right,
// the data location in the status bar. No business logic lives here.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(UserDirectory* users, const QString& dataLocation, QWidget* parent = nullptr);

    // Shows the page with this object name (e.g. "users"); used by tests and shortcuts.
    bool showPage(const QString& name);

Q_SIGNALS:
    // The user closed the window: the session stops its worker thread, then the app quits.
    void closeRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addPage(const QString& name, const QString& title, QWidget* page);

    QListWidget* m_navigation;
    QStackedWidget* m_pages;
};

} // namespace outreach::ui
