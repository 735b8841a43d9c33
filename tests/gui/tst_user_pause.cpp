#include "ConsoleFixture.h"
#include "common/Format.h"
#include "dialogs/RunNowDialog.h"
#include "models/RunUsersModel.h"
#include "models/UsersModel.h"
#include "pages/JobsPage.h"
#include "pages/RunsPage.h"
#include "pages/UsersPage.h"

#include <QDialogButtonBox>
#include <QInputDialog>
#include <QPushButton>
#include <QtTest>

using namespace outreach;
using namespace outreach::ui;
using outreach::test::ConsoleFixture;

// Pausing a user on the Users page: the next run (started from the Jobs page) skips them and
// says so on the Runs page; resuming brings them back.
class TestUserPause : public QObject {
    Q_OBJECT

private:
    static void answer(QWidget* page, const QString& reason) {
        QInputDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = page->findChild<QInputDialog*>("userStatusDialog")) != nullptr);
        dialog->setTextValue(reason);
        dialog->accept();
    }

    static JobRun runNow(ConsoleFixture& console, qint64 after) {
        JobsPage* jobs = console.window()->jobsPage();
        console.window()->showPage("jobs");
        RunNowDialog* dialog = jobs->openRunNow();
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        return console.engine().waitForFinishedRun("test-write", after);
    }

private Q_SLOTS:
    void pausedUserIsSkippedByTheNextRun() {
        ConsoleFixture console;
        const qint64 anna = console.engine().addUser("anna@acme.example", "Anna Acme");
        const qint64 bob = console.engine().addUser("bob@bolt.example", "Bob Bolt");
        QVERIFY(console.open());
        MainWindow* window = console.window();
        window->showPage("users");
        UsersPage* users = window->usersPage();
        QTRY_VERIFY(users->selectUser(bob));
        auto* pause = users->findChild<QPushButton*>("pauseUser");
        QVERIFY(pause->isEnabled());
        pause->click();
        answer(users, "holiday");
        const int bobRow =
            ConsoleFixture::findRow(users->model(), UsersModel::Email, "bob@bolt.example");
        QTRY_COMPARE(users->model()->index(bobRow, UsersModel::Status).data().toString(),
                     Format::userStatus("paused"));
        QCOMPARE(console.engine().text("SELECT status FROM users WHERE email = 'bob@bolt.example'"),
                 QStringLiteral("paused"));
        QVERIFY(!pause->isEnabled());
        QVERIFY(users->findChild<QPushButton*>("resumeUser")->isEnabled());
        ConsoleFixture::screenshot(window, "users-paused");

        // The Jobs page hears of the change too: "all active users" is now one.
        JobsPage* jobs = window->jobsPage();
        QTRY_VERIFY(jobs->selectJob("test-write"));
        QTRY_VERIFY(std::any_of(jobs->users().cbegin(), jobs->users().cend(), [&](const User& u) {
            return u.id == bob && u.status == QLatin1String("paused");
        }));
        const JobRun run = runNow(console, 0);
        QVERIFY(run.id > 0);
        QCOMPARE(run.status, QStringLiteral("succeeded"));
        QCOMPARE(run.usersDone, 1);
        QCOMPARE(run.usersSkipped, 1);

        window->showPage("runs");
        RunsPage* runs = window->runsPage();
        runs->showRun(run.id);
        QTRY_COMPARE(runs->usersModel()->rowCount(), 2);
        RunUsersModel* outcomes = runs->usersModel();
        const int skipped =
            ConsoleFixture::findRow(outcomes, RunUsersModel::User, "bob@bolt.example");
        QVERIFY(skipped >= 0);
        QCOMPARE(outcomes->index(skipped, RunUsersModel::Status).data().toString(),
                 Format::userOutcome("skipped"));
        QVERIFY(
            outcomes->index(skipped, RunUsersModel::Details).data().toString().contains("paused"));
        const int ran = ConsoleFixture::findRow(outcomes, RunUsersModel::User, "anna@acme.example");
        QCOMPARE(outcomes->index(ran, RunUsersModel::Status).data().toString(),
                 Format::userOutcome("succeeded"));
        ConsoleFixture::screenshot(window, "runs-user-skipped");

        // Resumed, Bob is in the next run again.
        window->showPage("users");
        QVERIFY(users->selectUser(bob));
        users->findChild<QPushButton*>("resumeUser")->click();
        answer(users, "back");
        QTRY_COMPARE(users->model()->index(bobRow, UsersModel::Status).data().toString(),
                     Format::userStatus("active"));
        QTRY_VERIFY(std::all_of(jobs->users().cbegin(), jobs->users().cend(),
                                [](const User& u) { return u.isActive(); }));
        const JobRun again = runNow(console, run.id);
        QCOMPARE(again.usersDone, 2);
        QCOMPARE(again.usersSkipped, 0);
        Q_UNUSED(anna);
    }
};

QTEST_MAIN(TestUserPause)
#include "tst_user_pause.moc"
