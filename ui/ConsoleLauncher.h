#pragma once

#include <QCoreApplication>
#include <QStringList>

class QApplication;

namespace outreach::ui {

// What `outreach-console` does between main() and the event loop: picks the language,
// reads the command line (--db, --lang), starts a ConsoleSession and runs the application.
class ConsoleLauncher {
    Q_DECLARE_TR_FUNCTIONS(ConsoleLauncher)
public:
    static int run(QApplication& app);
    // The --lang value, read before the parser exists so that its help is translated too.
    static QString languageArgument(const QStringList& arguments);
};

} // namespace outreach::ui
