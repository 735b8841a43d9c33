#include "common/Format.h"
#include "dialogs/RunNowDialog.h"
#include "i18n/LanguageSetup.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTranslator>
#include <QtTest>

using namespace outreach;
using namespace outreach::ui;

// The translations compiled into the console: German for its own strings and for Qt's
// standard buttons (qtbase_de.qm is shipped), English plural forms.
class TestTranslations : public QObject {
    Q_OBJECT

private:
    static void removeTranslators() {
        const QList<QTranslator*> installed = qApp->findChildren<QTranslator*>();
        for (QTranslator* translator : installed) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(QLocale::c());
    }

private Q_SLOTS:
    void cleanup() { removeTranslators(); }

    void languageChoice() {
        QCOMPARE(LanguageSetup::choose("de"), QStringLiteral("de"));
        QCOMPARE(LanguageSetup::choose("en"), QStringLiteral("en"));
        QVERIFY(LanguageSetup::isAvailable(LanguageSetup::choose("xx")));
        QVERIFY(!LanguageSetup::isAvailable("xx"));
    }

    void germanCoversOwnStringsAndQtButtons() {
        QVERIFY2(LanguageSetup::install("de"), "qtbase_de.qm or outreach_de.qm did not load");
        const QList<User> users{User{.id = 1, .email = "anna@acme.example", .name = "Anna"}};
        RunNowDialog dialog("test-write", users);
        auto* buttons = dialog.findChild<QDialogButtonBox*>();
        QCOMPARE(buttons->button(QDialogButtonBox::Ok)->text(), QStringLiteral("&Jetzt ausführen"));
        // Qt's own string, from the shipped qtbase_de.qm.
        QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("test-write jetzt ausführen"));
        QCOMPARE(Format::runStatus("partial"), QStringLiteral("Teilweise fehlgeschlagen"));
        const qint64 now = 1'800'000'000'000;
        QCOMPARE(Format::relative(now + 2 * 24 * 3600 * 1000, now), QStringLiteral("in 2 Tagen"));
        QCOMPARE(Format::relative(now - 3 * 3600 * 1000, now), QStringLiteral("vor 3 h"));
    }

    void englishHasProperPlurals() {
        QVERIFY(LanguageSetup::install("en"));
        const qint64 now = 1'800'000'000'000;
        QCOMPARE(Format::relative(now + 24 * 3600 * 1000 * 3LL, now), QStringLiteral("in 3 days"));
        QCOMPARE(Format::runUsers(1, 1, 2, 4),
                 QStringLiteral("1 of 4 succeeded, 1 failed, 2 skipped"));
        QCOMPARE(
            QCoreApplication::translate("outreach::ui::LogsPage", "%n record(s) shown", nullptr, 1),
            QStringLiteral("1 record shown"));
        QCOMPARE(
            QCoreApplication::translate("outreach::ui::LogsPage", "%n record(s) shown", nullptr, 7),
            QStringLiteral("7 records shown"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
