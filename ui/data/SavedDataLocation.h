#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace outreach::ui {

// The data location the admin chose on the Settings page, used from the console's next start
// when neither --db nor OUTREACH_DB says otherwise (ConsoleLauncher). Kept in the console's
// settings file next to the language choice. A PostgreSQL URL is kept without a password:
// one typed in is refused, and libpq takes it from PGPASSWORD or ~/.pgpass at connect time,
// so no password sits in a settings file in clear text.
class SavedDataLocation {
    Q_DECLARE_TR_FUNCTIONS(SavedDataLocation)

public:
    // The URL to store for `text` (`sqlite:/abs/path`, a bare absolute path, or
    // `postgresql://user@host:port/db`), or an error naming the field "data location".
    static Result<QString> check(const QString& text);

    // The database URL a start uses: --db, else OUTREACH_DB, else the saved choice, else
    // `fallback` (the default SQLite file).
    static QString choose(const QString& commandLine, const QString& environment,
                          const QString& fallback);

    static QString load(); // empty: none chosen
    static void save(const QString& url);
    static void clear();
};

} // namespace outreach::ui
