#pragma once

#include "data/DashboardSnapshot.h"
#include "model/JobRun.h"

#include <QObject>
#include <QSet>

class QSystemTrayIcon;
class QWidget;

namespace outreach {
class Engine;
}

namespace outreach::ui {

class DashboardReader;

// Desktop notifications through the system tray: a run that ended with failed users, and a
// quota warning the admin has not been told about in this session. Without a tray (a bare
// X server, offscreen tests) the notices are still emitted as notified() and nothing is shown.
class TrayNotifier final : public QObject {
    Q_OBJECT
public:
    TrayNotifier(Engine* engine, DashboardReader* reader, QWidget* window,
                 QObject* parent = nullptr);

    bool hasTray() const { return m_tray != nullptr; }

Q_SIGNALS:
    void notified(const QString& title, const QString& text);
    void activated(); // the admin clicked the tray icon or a notice

private:
    void onRunFinished(const outreach::JobRun& run);
    void onSnapshot(const outreach::ui::DashboardSnapshot& snapshot);
    void notify(const QString& title, const QString& text, bool critical);

    QWidget* m_window;
    QSystemTrayIcon* m_tray = nullptr;
    QSet<QString> m_knownWarnings;
};

} // namespace outreach::ui
