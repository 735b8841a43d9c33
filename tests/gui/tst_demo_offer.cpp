#include "ConsoleFixture.h"
#include "ConsoleSession.h"
#include "TestDatabase.h"
#include "demo/DemoWorkspace.h"
#include "dialogs/RunNowDialog.h"
#include "i18n/LanguageSetup.h"
#include "models/RunUsersModel.h"
#include "models/RunsModel.h"
#include "models/UsersModel.h"
#include "pages/JobsPage.h"
#include "pages/RunsPage.h"
#include "pages/UsersPage.h"
#include "store/UserRepository.h"
#include "widgets/DemoOffer.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace outreach;
using namespace outreach::ui;
using outreach::test::ConsoleFixture;
using outreach::test::TestDatabase;

// First start (issue 6): an empty workspace offers the demo; one with users does not; choosing
// the demo reopens the console on the demo's own database and leaves the real one empty.
class TestDemoOffer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void emptyDatabaseOffersTheDemo() {
        ConsoleFixture console;
        QVERIFY(console.open());
        MainWindow* window = console.window();
        DemoOffer* offer = window->demoOffer();
        QTRY_VERIFY(offer->isVisible());
        QSignalSpy checked(offer, &DemoOffer::checked);
        offer->refresh();
        QTRY_VERIFY(!checked.isEmpty()); // the engine's user list may ask again
        QCOMPARE(checked.last().at(0).toBool(), true);
        QVERIFY(offer->openDemoButton()->isVisible());
        QVERIFY(offer->startEmptyButton()->isVisible());
        ConsoleFixture::screenshot(window, QStringLiteral("demo-offer"));

        QSignalSpy requested(window, &MainWindow::demoRequested);
        QTest::mouseClick(offer->openDemoButton(), Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        QVERIFY(!offer->openDemoButton()->isEnabled()); // no second click while it opens
    }

    void startEmptyDismissesTheOffer() {
        ConsoleFixture console;
        QVERIFY(console.open());
        DemoOffer* offer = console.window()->demoOffer();
        QTRY_VERIFY(offer->isVisible());
        QTest::mouseClick(offer->startEmptyButton(), Qt::LeftButton);
        QVERIFY(!offer->isVisible());
        QSignalSpy checked(offer, &DemoOffer::checked);
        offer->refresh();                // still empty, but the admin said no
        QTRY_VERIFY(!checked.isEmpty()); // the engine's user list may ask again
        QCOMPARE(checked.last().at(0).toBool(), false);
        QVERIFY(!offer->isVisible());
    }

    void workspaceWithUsersHasNoOffer() {
        ConsoleFixture console;
        console.engine().addUser(QStringLiteral("anna@acme.example"), QStringLiteral("Anna"));
        QVERIFY(console.open());
        DemoOffer* offer = console.window()->demoOffer();
        QSignalSpy checked(offer, &DemoOffer::checked);
        offer->refresh();
        QTRY_VERIFY(!checked.isEmpty()); // the engine's user list may ask again
        QCOMPARE(checked.last().at(0).toBool(), false);
        QVERIFY(!offer->isVisible());
    }

    void choosingTheDemoOpensItsOwnDatabase() {
        std::unique_ptr<TestDatabase> real = TestDatabase::create(false);
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString demoFolder = folder.filePath(QStringLiteral("demo"));
        Result<DatabaseUrl> url = DatabaseUrl::parse(QStringLiteral("db"), real->url());
        QVERIFY(url);
        ConsoleSession session(*url, folder.filePath(QStringLiteral("data")));
        session.setDemoFolder(demoFolder);
        QSignalSpy ready(&session, &ConsoleSession::ready);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);
        QVERIFY(!session.isDemo());
        QTRY_VERIFY(session.window()->demoOffer()->isVisible());
        QVERIFY(
            !session.window()->windowTitle().contains(QStringLiteral("demo"), Qt::CaseInsensitive));

        QTest::mouseClick(session.window()->demoOffer()->openDemoButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 2, 60000);
        QVERIFY(session.isDemo());
        MainWindow* window = session.window();
        QVERIFY(window->isVisible());
        QVERIFY2(window->windowTitle().contains(QStringLiteral("demo"), Qt::CaseInsensitive),
                 qPrintable(window->windowTitle()));
        QTRY_COMPARE_WITH_TIMEOUT(window->usersPage()->model()->rowCount(QModelIndex()), 3, 20000);
        QTest::qWait(300);
        QVERIFY(!window->demoOffer()->isVisible());
        QVERIFY(QFile::exists(DemoWorkspace(demoFolder).databasePath()));
        ConsoleFixture::screenshot(window, QStringLiteral("demo-workspace"));

        // "Run now" on lead generation: a real run with an outcome for each demo user.
        window->showPage(QStringLiteral("jobs"));
        JobsPage* jobs = window->jobsPage();
        QTRY_VERIFY(jobs->selectJob(QStringLiteral("daily-lead-generation")));
        RunNowDialog* dialog = jobs->openRunNow();
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        RunsPage* runs = window->runsPage();
        auto finished = [runs] {
            for (int row = 0; row < runs->runsModel()->rowCount(QModelIndex()); ++row) {
                const JobRun* run = runs->runsModel()->runAt(row);
                if (run->job == QLatin1String("daily-lead-generation") && run->isFinished())
                    return run->status;
            }
            return QString();
        };
        window->showPage(QStringLiteral("runs"));
        QTRY_COMPARE_WITH_TIMEOUT(finished(), QStringLiteral("succeeded"), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(runs->usersModel()->rowCount(QModelIndex()), 3, 10000);
        ConsoleFixture::screenshot(window, QStringLiteral("demo-run"));

        // The real database was opened (migrated) but never seeded.
        Result<QList<User>> users = UserRepository(real->database(), SystemClock()).list();
        QVERIFY(users);
        QVERIFY(users->isEmpty());
    }

    // Last: the German translator stays installed.
    void offerInGerman() {
        QVERIFY(LanguageSetup::install(QStringLiteral("de")));
        {
            ConsoleFixture console;
            QVERIFY(console.open());
            DemoOffer* offer = console.window()->demoOffer();
            QTRY_VERIFY(offer->isVisible());
            QCOMPARE(offer->openDemoButton()->text(),
                     QStringLiteral("Demo-Arbeitsbereich &öffnen"));
            ConsoleFixture::screenshot(console.window(), QStringLiteral("demo-offer-de"));
        }
    }
};

QTEST_MAIN(TestDemoOffer)
#include "tst_demo_offer.moc"
