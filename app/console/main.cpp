#include "ConsoleLauncher.h"

#include <QApplication>

int main(int argc, char** argv) {
    // Fractional scale factors (125 %, 150 %) as the desktop sets them, not rounded.
    QApplication::setHighDpiScaleFactorRoundingPolicy(
        Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("outreach-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("Outreach Console"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_TEXT));
    QApplication::setDesktopFileName(QStringLiteral("outreach-console"));
    QApplication::setQuitOnLastWindowClosed(false);
    return outreach::ui::ConsoleLauncher::run(app);
}
