#include "ConsoleLauncher.h"

#include "ConsoleSession.h"
#include "data/SavedDataLocation.h"
#include "demo/DemoWorkspace.h"
#include "i18n/LanguageSetup.h"
#include "store/DatabaseUrl.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QProcessEnvironment>
#include <QStandardPaths>

namespace outreach::ui {

QString ConsoleLauncher::languageArgument(const QStringList& arguments) {
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument.startsWith(QLatin1String("--lang=")))
            return argument.mid(7);
        if (argument == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
    }
    return {};
}

int ConsoleLauncher::run(QApplication& app) {
    const QString requested = languageArgument(QApplication::arguments());
    LanguageSetup::install(LanguageSetup::choose(requested));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/outreach-console.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Outreach Console: the agency's lead generation and outreach, with its job engine."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        tr("Database: sqlite:PATH or postgresql://user@host:port/db (default: env OUTREACH_DB, "
           "else the location chosen in Settings, else a SQLite file in the data folder)."),
        QStringLiteral("url"));
    QStringList languages;
    for (const auto& entry : LanguageSetup::available())
        languages << entry.first;
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        tr("Language of the console (%1); default: the saved choice, else the system's.")
            .arg(languages.join(QStringLiteral(", "))),
        QStringLiteral("code"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        tr("Open the demo workspace (created on first use in its own data folder, %1); the "
           "real database is not touched.")
            .arg(QDir::toNativeSeparators(DemoWorkspace::defaultFolder())));
    parser.addOption(dbOption);
    parser.addOption(langOption);
    parser.addOption(demoOption);
    parser.process(app);

    if (!requested.isEmpty() && !LanguageSetup::isAvailable(requested)) {
        QMessageBox::critical(nullptr, tr("Outreach Console"),
                              tr("Unknown language \"%1\"; available: %2.")
                                  .arg(requested, languages.join(QStringLiteral(", "))));
        return 2;
    }
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    // --db, then OUTREACH_DB, then the admin's choice on the Settings page, then the default.
    const QString url = SavedDataLocation::choose(
        parser.value(dbOption),
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("OUTREACH_DB")),
        QStringLiteral("sqlite:") + QDir(dataDir).filePath(QStringLiteral("outreach.db")));
    Result<DatabaseUrl> parsed = DatabaseUrl::parse(QStringLiteral("db"), url);
    if (!parsed) {
        QMessageBox::critical(nullptr, tr("Outreach Console"), parsed.error().message);
        return 2;
    }
    std::unique_ptr<ConsoleSession> session =
        parser.isSet(demoOption) ? ConsoleSession::demo(DemoWorkspace::defaultFolder())
                                 : std::make_unique<ConsoleSession>(*parsed, dataDir);
    QObject::connect(session.get(), &ConsoleSession::failed, &app, [&app](const QString& message) {
        QMessageBox::critical(nullptr, tr("Outreach Console"),
                              tr("The database cannot be opened:\n%1").arg(message));
        app.exit(1);
    });
    session->start();
    return app.exec();
}

} // namespace outreach::ui
