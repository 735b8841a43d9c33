#include "i18n/LanguageSetup.h"

#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace outreach::ui {
namespace {

const QString kSettingKey = QStringLiteral("ui/language");

// ~/.config/outreach-console/console.conf: named explicitly, because the application sets no
// organisation (its data folder is shared with outreachctl by the application name alone).
QSettings settings() {
    return QSettings(QSettings::NativeFormat, QSettings::UserScope,
                     QStringLiteral("outreach-console"), QStringLiteral("console"));
}

bool load(QTranslator* translator, const QString& name, const QString& language) {
    // The copy compiled into the binary first; Qt's installed one as a fallback.
    if (translator->load(name + language, QStringLiteral(":/i18n")))
        return true;
    return translator->load(name + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
}

} // namespace

QList<QPair<QString, QString>> LanguageSetup::available() {
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")}};
}

bool LanguageSetup::isAvailable(const QString& code) {
    for (const auto& entry : available())
        if (entry.first == code)
            return true;
    return false;
}

QString LanguageSetup::choose(const QString& requested) {
    if (isAvailable(requested))
        return requested;
    const QString saved = savedLanguage();
    if (isAvailable(saved))
        return saved;
    for (const QString& name : QLocale::system().uiLanguages()) {
        const QString code = QLocale(name).name().section(QLatin1Char('_'), 0, 0);
        if (isAvailable(code))
            return code;
    }
    return QStringLiteral("en");
}

bool LanguageSetup::install(const QString& language) {
    QCoreApplication* app = QCoreApplication::instance();
    // English is the source language; its file only carries the plural forms ("1 run").
    auto* own = new QTranslator(app);
    if (!own->load(QStringLiteral("outreach_") + language, QStringLiteral(":/i18n")))
        return false;
    QCoreApplication::installTranslator(own);
    bool qtLoaded = true;
    if (language != QLatin1String("en")) {
        auto* qt = new QTranslator(app);
        qtLoaded = load(qt, QStringLiteral("qtbase_"), language);
        if (qtLoaded)
            QCoreApplication::installTranslator(qt);
    }
    // Dates and numbers follow the chosen language when it differs from the system's.
    if (QLocale().language() != QLocale(language).language())
        QLocale::setDefault(QLocale(language));
    return qtLoaded;
}

QString LanguageSetup::savedLanguage() {
    return settings().value(kSettingKey).toString();
}

void LanguageSetup::saveLanguage(const QString& code) {
    QSettings stored = settings();
    if (code.isEmpty())
        stored.remove(kSettingKey);
    else
        stored.setValue(kSettingKey, code);
}

} // namespace outreach::ui
