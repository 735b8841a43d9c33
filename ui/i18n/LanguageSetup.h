#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace outreach::ui {

// Picks the console's language and installs its translators: the console's own strings
// (outreach_<lang>.qm) and Qt's (qtbase_<lang>.qm, so standard dialogs and buttons match).
// Both are compiled into the binary. The language follows the system locale unless the
// command line (--lang) or the saved setting says otherwise.
class LanguageSetup {
    Q_DECLARE_TR_FUNCTIONS(LanguageSetup)
public:
    // Languages besides the source language, as (code, name in that language).
    static QList<QPair<QString, QString>> available();
    static bool isAvailable(const QString& code);

    // The language to use: `requested` (--lang) if set, else the saved setting, else the first
    // of the system's UI languages that is available, else English ("en").
    static QString choose(const QString& requested);
    // Installs the translators for `language` on the application; false when a translation
    // for a language other than English could not be loaded.
    static bool install(const QString& language);

    static QString savedLanguage(); // empty: follow the system
    static void saveLanguage(const QString& code);
};

} // namespace outreach::ui
