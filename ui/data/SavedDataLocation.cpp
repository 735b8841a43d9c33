#include "data/SavedDataLocation.h"

#include "store/DatabaseUrl.h"

#include <QDir>
#include <QSettings>

namespace outreach::ui {
namespace {

const QString kKey = QStringLiteral("data/location");

// The same file as the language choice (LanguageSetup): ~/.config/outreach-console/console.conf.
QSettings settings() {
    return QSettings(QSettings::NativeFormat, QSettings::UserScope,
                     QStringLiteral("outreach-console"), QStringLiteral("console"));
}

} // namespace

Result<QString> SavedDataLocation::check(const QString& text) {
    const QString field = QStringLiteral("data location");
    QString url = text.trimmed();
    if (url.isEmpty())
        return Error::badInput(field, tr("Data location: enter an SQLite file or a PostgreSQL "
                                         "URL."));
    if (QDir::isAbsolutePath(url))
        url = QStringLiteral("sqlite:") + QDir::cleanPath(url);
    Result<DatabaseUrl> parsed = DatabaseUrl::parse(field, url);
    if (!parsed)
        return Error::badInput(
            field,
            tr("Data location: %1").arg(parsed.error().message.section(QStringLiteral(": "), 1)));
    if (parsed->isSqlite()) {
        if (!QDir::isAbsolutePath(parsed->sqlitePath()))
            return Error::badInput(
                field,
                tr("Data location: '%1' is not an absolute file path.").arg(parsed->sqlitePath()));
        return QStringLiteral("sqlite:") + QDir::cleanPath(parsed->sqlitePath());
    }
    if (!parsed->password().isEmpty())
        return Error::badInput(field, tr("Data location: the URL contains a password, which "
                                         "would be saved in clear text. Leave it out and give "
                                         "it in PGPASSWORD or ~/.pgpass instead."));
    return url; // as typed: it holds no secret
}

QString SavedDataLocation::choose(const QString& commandLine, const QString& environment,
                                  const QString& fallback) {
    for (const QString& url : {commandLine, environment, load()})
        if (!url.trimmed().isEmpty())
            return url;
    return fallback;
}

QString SavedDataLocation::load() {
    return settings().value(kKey).toString();
}

void SavedDataLocation::save(const QString& url) {
    settings().setValue(kKey, url);
}

void SavedDataLocation::clear() {
    settings().remove(kKey);
}

} // namespace outreach::ui
