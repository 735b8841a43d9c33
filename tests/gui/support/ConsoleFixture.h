#pragma once

#include "MainWindow.h"
#include "ThreadedEngine.h"

#include <memory>

class QAbstractItemModel;
class QWidget;

namespace outreach::test {

// The console as a test sees it: a real engine on its thread over a fresh database (users
// added before start), and the main window built on it exactly as ConsoleSession builds it.
class ConsoleFixture {
public:
    // `registry` null: the test jobs only.
    explicit ConsoleFixture(std::shared_ptr<JobRegistry> registry = {});
    ~ConsoleFixture(); // closes the window before the engine stops

    ThreadedEngine& engine() { return m_engine; }
    // Starts the engine and shows the window; false when the engine did not start.
    bool open();
    ui::MainWindow* window() const { return m_window.get(); }

    // Saves the widget's picture as <build dir>/screenshots/<name>.png (a test artifact),
    // or into OUTREACH_SCREENSHOT_DIR when that is set; returns the file's path.
    static QString screenshot(QWidget* widget, const QString& name);

    // The first row whose `column` shows `text` (Qt::DisplayRole), or -1.
    static int findRow(const QAbstractItemModel* model, int column, const QString& text);
    static QStringList columnTexts(const QAbstractItemModel* model, int column);

private:
    ThreadedEngine m_engine;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace outreach::test
