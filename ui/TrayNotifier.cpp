#include "TrayNotifier.h"

#include "Engine.h"
#include "common/Format.h"
#include "data/DashboardReader.h"

#include <QApplication>
#include <QLocale>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QWidget>

namespace outreach::ui {

TrayNotifier::TrayNotifier(Engine* engine, DashboardReader* reader, QWidget* window,
                           QObject* parent)
    : QObject(parent), m_window(window) {
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(tr("Outreach Console"));
        auto* menu = new QMenu(window);
        menu->addAction(tr("&Show console"), this, &TrayNotifier::activated);
        menu->addAction(tr("&Quit"), window, &QWidget::close);
        m_tray->setContextMenu(menu);
        connect(m_tray, &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger)
                        Q_EMIT activated();
                });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayNotifier::activated);
        m_tray->show();
    }
    connect(engine, &Engine::runFinished, this, &TrayNotifier::onRunFinished);
    connect(reader, &DashboardReader::loaded, this, &TrayNotifier::onSnapshot);
}

void TrayNotifier::onRunFinished(const JobRun& run) {
    if (run.status != QLatin1String("failed") && run.status != QLatin1String("partial"))
        return;
    notify(
        tr("%1: run #%2 %3").arg(run.job).arg(run.id).arg(Format::runStatus(run.status).toLower()),
        Format::runUsers(run.usersDone, run.usersFailed, run.usersSkipped, run.usersTotal) +
            (run.error.isEmpty() ? QString() : QStringLiteral("\n") + run.error),
        run.status == QLatin1String("failed"));
}

void TrayNotifier::onSnapshot(const DashboardSnapshot& snapshot) {
    QStringList fresh;
    for (const DashboardSnapshot::QuotaWarning& q : snapshot.quotaWarnings) {
        // One notice per quota and month: a warning that stays is not repeated every minute.
        const QString key = QStringLiteral("%1/%2/%3/%4")
                                .arg(q.userId)
                                .arg(q.usage.kind)
                                .arg(q.usage.sourceId.value_or(0))
                                .arg(q.usage.month);
        if (m_knownWarnings.contains(key))
            continue;
        m_knownWarnings.insert(key);
        fresh << tr("%1 (%2): %3% of %4")
                     .arg(q.userName, q.userEmail, QLocale().toString(q.usage.percent, 'f', 1),
                          q.usage.label);
    }
    if (fresh.isEmpty())
        return;
    notify(tr("%n quota warning(s)", nullptr, int(fresh.size())), fresh.join(QLatin1Char('\n')),
           false);
}

void TrayNotifier::notify(const QString& title, const QString& text, bool critical) {
    if (m_tray)
        m_tray->showMessage(title, text,
                            critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning);
    Q_EMIT notified(title, text);
}

} // namespace outreach::ui
