#include "ConsoleSession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QProcessEnvironment>
#include <QStandardPaths>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("outreach-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("Outreach Console"));
    QApplication::setDesktopFileName(QStringLiteral("outreach-console"));
    QApplication::setQuitOnLastWindowClosed(false);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Outreach Console"));
    parser.addHelpOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QStringLiteral(
            "Database: sqlite:PATH or postgresql://user@host:port/db (env OUTREACH_DB)."),
        QStringLiteral("url"));
    parser.addOption(dbOption);
    parser.process(app);

    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QString url = parser.value(dbOption);
    if (url.isEmpty())
        url = QProcessEnvironment::systemEnvironment().value(QStringLiteral("OUTREACH_DB"));
    if (url.isEmpty())
        url = QStringLiteral("sqlite:") + QDir(dataDir).filePath(QStringLiteral("outreach.db"));
    outreach::Result<outreach::DatabaseUrl> parsed =
        outreach::DatabaseUrl::parse(QStringLiteral("db"), url);
    if (!parsed) {
        QMessageBox::critical(nullptr, QStringLiteral("Outreach Console"), parsed.error().message);
        return 2;
    }
    outreach::ui::ConsoleSession session(*parsed);
    QObject::connect(
        &session, &outreach::ui::ConsoleSession::failed, &app, [&](const QString& message) {
            QMessageBox::critical(
                nullptr, QStringLiteral("Outreach Console"),
                QApplication::translate("main", "The database cannot be opened:\n%1").arg(message));
            app.exit(1);
        });
    session.start();
    return app.exec();
}
