#include "ConsoleFixture.h"
#include "common/EngineCall.h"
#include "common/Format.h"
#include "dialogs/RunNowDialog.h"
#include "dialogs/UserPauseDialog.h"
#include "models/JobsModel.h"
#include "models/LogModel.h"
#include "models/OccurrencesModel.h"
#include "models/RunUsersModel.h"
#include "models/RunsModel.h"
#include "pages/JobsPage.h"
#include "pages/LogsPage.h"
#include "pages/RunsPage.h"
#include "widgets/JobFiresPanel.h"
#include "widgets/MessageBar.h"
#include "widgets/ScheduleEditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace outreach;
using namespace outreach::ui;
using outreach::test::ConsoleFixture;

// The Jobs page against a real engine: "Run now" and what it leads to (the run, its per-user
// rows, its logs), forcing a paused user, cancelling a running run, and the schedule editor.
class TestJobsPage : public QObject {
    Q_OBJECT

private:
    static QPushButton* okButton(QDialog* dialog) {
        return dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    }
    // Waits until a refreshJobs asked now has been answered: anything asked before it
    // (such as a save) has been handled by then.
    static bool roundTrip(Engine* engine) {
        int answers = 0;
        QObject receiver;
        QObject::connect(engine, &Engine::jobsLoaded, &receiver, [&] { ++answers; });
        callEngine(engine, [](Engine& e) { e.refreshJobs(); });
        return QTest::qWaitFor([&] { return answers > 0; }, 10000);
    }
    static QString savedSchedule(ConsoleFixture& console) {
        return console.engine().text(
            QStringLiteral("SELECT schedule FROM job_settings WHERE job = 'test-write'"));
    }

private Q_SLOTS:
    void runNowShowsTheRunItsUsersAndItsLogs() {
        ConsoleFixture console;
        const qint64 anna = console.engine().addUser("anna@acme.example", "Anna Acme");
        const qint64 bob = console.engine().addUser("bob@bolt.example", "Bob Bolt [fail]");
        console.engine().addUser("cara@corp.example", "Cara Corp");
        QVERIFY(console.open());
        MainWindow* window = console.window();
        QVERIFY(window->showPage("jobs"));
        JobsPage* jobs = window->jobsPage();
        QTRY_VERIFY(jobs->selectJob("test-write"));
        QTRY_COMPARE(jobs->users().size(), 3);

        RunNowDialog* dialog = jobs->openRunNow();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(okButton(dialog)->isEnabled());
        okButton(dialog)->click();

        const JobRun run = console.engine().waitForFinishedRun("test-write");
        QVERIFY2(run.id > 0, "the run did not finish");
        QCOMPARE(run.status, QStringLiteral("partial"));
        QCOMPARE(run.usersTotal, 3);
        QTRY_VERIFY(jobs->messageBar()->isVisible());
        QVERIFY(jobs->messageBar()->text().contains(QStringLiteral("#%1").arg(run.id)));
        const int row = jobs->model()->rowOf("test-write");
        QTRY_VERIFY(jobs->model()
                        ->index(row, JobsModel::LastRun)
                        .data()
                        .toString()
                        .startsWith(Format::runStatus("partial")));
        ConsoleFixture::screenshot(window, "jobs-after-run");

        // The Runs page lists it and shows one outcome row per user.
        QVERIFY(window->showPage("runs"));
        RunsPage* runs = window->runsPage();
        runs->showRun(run.id);
        QTRY_COMPARE(runs->selectedRunId(), run.id);
        QTRY_COMPARE(runs->usersModel()->rowCount(), 3);
        RunUsersModel* outcomes = runs->usersModel();
        const int bobRow =
            ConsoleFixture::findRow(outcomes, RunUsersModel::User, "bob@bolt.example");
        const int annaRow =
            ConsoleFixture::findRow(outcomes, RunUsersModel::User, "anna@acme.example");
        QVERIFY(bobRow >= 0 && annaRow >= 0);
        QCOMPARE(outcomes->index(bobRow, RunUsersModel::Status).data().toString(),
                 Format::userOutcome("failed"));
        QVERIFY(!outcomes->index(bobRow, RunUsersModel::Details).data().toString().isEmpty());
        QCOMPARE(outcomes->index(annaRow, RunUsersModel::Status).data().toString(),
                 Format::userOutcome("succeeded"));
        QVERIFY(runs->findChild<QPushButton*>("retryFailed")->isEnabled());
        ConsoleFixture::screenshot(window, "runs-after-run");

        // From the run, its logs: every row belongs to the run, and Bob's failure is there.
        runs->findChild<QPushButton*>("runLogs")->click();
        QCOMPARE(window->currentPage(), QStringLiteral("logs"));
        LogsPage* logs = window->logsPage();
        QCOMPARE(logs->filter().runId.value_or(0), run.id);
        QTRY_VERIFY(!logs->isLoading() && logs->model()->rowCount() > 0);
        bool bobFailureLogged = false;
        for (int r = 0; r < logs->model()->rowCount(); ++r) {
            const LogRecord* record = logs->model()->recordAt(r);
            QCOMPARE(record->runId.value_or(0), run.id);
            if (record->userId == bob && record->level == QLatin1String("error"))
                bobFailureLogged = true;
        }
        QVERIFY(bobFailureLogged);
        QVERIFY(ConsoleFixture::findRow(logs->model(), LogModel::User, "anna@acme.example") >= 0);
        ConsoleFixture::screenshot(window, "logs-of-run");
        Q_UNUSED(anna);
    }

    void pausedUserRunsOnlyWithConfirmedForce() {
        ConsoleFixture console;
        console.engine().addUser("anna@acme.example", "Anna Acme");
        const qint64 pia = console.engine().addUser("pia@pause.example", "Pia Paused", "paused");
        QVERIFY(console.open());
        JobsPage* jobs = console.window()->jobsPage();
        console.window()->showPage("jobs");
        QTRY_VERIFY(jobs->selectJob("test-write"));
        QTRY_COMPARE(jobs->users().size(), 2);

        RunNowDialog* dialog = jobs->openRunNow();
        dialog->selectUser(pia);
        QVERIFY2(!okButton(dialog)->isEnabled(), "a paused user must not run without force");
        dialog->setForce(true);
        QVERIFY(okButton(dialog)->isEnabled());
        okButton(dialog)->click();
        // A second, explicit confirmation; "No" leaves the dialog open and runs nothing.
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = dialog->findChild<QMessageBox*>("forceConfirmation")) != nullptr);
        ConsoleFixture::screenshot(box, "jobs-force-confirmation");
        box->button(QMessageBox::No)->click();
        QTRY_VERIFY(dialog->findChild<QMessageBox*>("forceConfirmation") == nullptr);
        QVERIFY(dialog->isVisible());
        QVERIFY(roundTrip(console.engine().engine()));
        QVERIFY(console.engine().startedRuns().isEmpty());

        okButton(dialog)->click();
        QTRY_VERIFY((box = dialog->findChild<QMessageBox*>("forceConfirmation")) != nullptr);
        box->button(QMessageBox::Yes)->click();
        const JobRun run = console.engine().waitForFinishedRun("test-write");
        QVERIFY(run.id > 0);
        QVERIFY(run.forced);
        QCOMPARE(run.targetUserId.value_or(0), pia);
        const QList<JobRunUser> rows = console.engine().usersOf(run.id);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().userId, pia);
        QCOMPARE(rows.first().status, QStringLiteral("succeeded"));
    }

    void pausingAJobForOneUserSkipsOnlyThem() {
        ConsoleFixture console;
        const qint64 anna = console.engine().addUser("anna@acme.example", "Anna Acme");
        const qint64 cara = console.engine().addUser("cara@corp.example", "Cara Corp");
        QVERIFY(console.open());
        JobsPage* jobs = console.window()->jobsPage();
        console.window()->showPage("jobs");
        QTRY_VERIFY(jobs->selectJob("test-write"));
        QTRY_COMPARE(jobs->users().size(), 2);

        UserPauseDialog* dialog = jobs->openUserPause();
        QVERIFY(dialog && dialog->isVisible());
        dialog->selectUser(cara);
        QVERIFY(dialog->pauses());
        QCOMPARE(okButton(dialog)->text(), UserPauseDialog::tr("&Pause for this user"));
        dialog->setReason(QStringLiteral("client on holiday"));
        ConsoleFixture::screenshot(dialog, "jobs-user-pause");
        okButton(dialog)->click();
        QTRY_COMPARE(console.engine().scalar(QStringLiteral(
                         "SELECT COUNT(*) FROM job_user_pauses WHERE job = 'test-write'")),
                     1);
        QCOMPARE(console.engine().scalar(QStringLiteral(
                     "SELECT user_id FROM job_user_pauses WHERE job = 'test-write'")),
                 cara);
        QTRY_VERIFY(jobs->messageBar()->text().contains(QStringLiteral("Cara Corp")));
        const QList<QLabel*> pausedFor = jobs->findChildren<QLabel*>();
        QVERIFY(std::any_of(pausedFor.begin(), pausedFor.end(), [](QLabel* label) {
            return label->isVisible() && label->text().contains(QStringLiteral("Cara Corp"));
        }));

        // The next run skips Cara only.
        RunNowDialog* run = jobs->openRunNow();
        okButton(run)->click();
        const JobRun finished = console.engine().waitForFinishedRun("test-write");
        QVERIFY(finished.id > 0);
        const QList<JobRunUser> rows = console.engine().usersOf(finished.id);
        QCOMPARE(rows.size(), 2);
        for (const JobRunUser& row : rows)
            QCOMPARE(row.status,
                     row.userId == anna ? QStringLiteral("succeeded") : QStringLiteral("skipped"));

        // The same dialog resumes her.
        dialog = jobs->openUserPause();
        dialog->selectUser(cara);
        QVERIFY(!dialog->pauses());
        QCOMPARE(okButton(dialog)->text(), UserPauseDialog::tr("&Resume for this user"));
        okButton(dialog)->click();
        QTRY_COMPARE(console.engine().scalar(QStringLiteral(
                         "SELECT COUNT(*) FROM job_user_pauses WHERE job = 'test-write'")),
                     0);
    }

    void aMissedFireCanBeRunFromTheJobsPage() {
        ConsoleFixture console;
        console.engine().addUser("anna@acme.example", "Anna Acme");
        // A fire the engine recorded as missed while it was off (as the scheduler does).
        const qint64 at =
            outreach::test::ThreadedEngine::defaultStart().addSecs(-3 * 3600).toMSecsSinceEpoch();
        QVERIFY(console.engine().exec(
            QStringLiteral("INSERT INTO job_occurrences (job, scheduled_at, last_at, fire_count, "
                           "decision, reason, decided_at) VALUES ('test-write', %1, %1, 1, "
                           "'missed', 'engine was not running', %1)")
                .arg(at)));
        QVERIFY(console.open());
        JobsPage* jobs = console.window()->jobsPage();
        console.window()->showPage("jobs");
        QTRY_VERIFY(jobs->selectJob("test-write"));
        JobFiresPanel* fires = jobs->firesPanel();
        QTRY_COMPARE(fires->model()->rowCount(), 1);
        auto* runMissed = fires->findChild<QPushButton*>("runMissed");
        QVERIFY(!runMissed->isEnabled()); // nothing selected yet
        const qint64 occurrenceId = fires->model()->occurrenceAt(0)->id;
        QVERIFY(fires->selectOccurrence(occurrenceId));
        QCOMPARE(fires->model()->index(0, OccurrencesModel::Decision).data().toString(),
                 OccurrencesModel::tr("Missed"));
        QVERIFY(runMissed->isEnabled());
        runMissed->click();
        QInputDialog* reason = nullptr;
        QTRY_VERIFY((reason = fires->findChild<QInputDialog*>("runMissedDialog")) != nullptr);
        reason->setTextValue(QStringLiteral("catch up by hand"));
        reason->accept();

        const JobRun run = console.engine().waitForFinishedRun("test-write");
        QVERIFY(run.id > 0);
        QCOMPARE(run.occurrenceAt.value_or(0), at);
        QCOMPARE(console.engine().scalar(
                     QStringLiteral("SELECT run_id FROM job_occurrences WHERE id = %1")
                         .arg(occurrenceId)),
                 run.id);
        QTRY_VERIFY(jobs->messageBar()->text().contains(QStringLiteral("#%1").arg(run.id)));
        // Once run by hand the row says so and cannot be run a second time from here.
        QTRY_COMPARE(fires->model()->index(0, OccurrencesModel::Run).data().toString(),
                     QStringLiteral("#%1").arg(run.id));
        QVERIFY(fires->selectOccurrence(occurrenceId));
        QVERIFY(!runMissed->isEnabled());
    }

    void invalidScheduleIsShownAndNothingIsSaved() {
        ConsoleFixture console;
        QVERIFY(console.open());
        JobsPage* jobs = console.window()->jobsPage();
        console.window()->showPage("jobs");
        QTRY_VERIFY(jobs->selectJob("test-write"));
        const QString before = savedSchedule(console);
        QCOMPARE(before, QStringLiteral("*/15 * * * *"));

        ScheduleEditor* editor = jobs->scheduleEditor();
        auto* expression = editor->findChild<QLineEdit*>("scheduleExpression");
        auto* save = editor->findChild<QPushButton*>("scheduleSave");
        QTRY_COMPARE(expression->text(), before);
        expression->clear();
        QTest::keyClicks(expression, "61 * * * *");
        QVERIFY(!editor->isValid());
        QVERIFY2(editor->errorText().contains("minute"), qPrintable(editor->errorText()));
        QVERIFY(editor->findChild<QLabel*>("scheduleStatus")->isVisible());
        QVERIFY(!save->isEnabled());
        QVERIFY(editor->nextFireTexts().isEmpty());
        QTest::keyClick(expression, Qt::Key_Return); // Enter does not save it either
        ConsoleFixture::screenshot(console.window(), "jobs-invalid-schedule");

        // Half-typed is invalid too, and says which field is wrong.
        expression->clear();
        QTest::keyClicks(expression, "0 25");
        QVERIFY(!editor->isValid());

        QVERIFY(roundTrip(console.engine().engine()));
        QCOMPARE(savedSchedule(console), before);
        QCOMPARE(
            console.engine().scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'job.schedule'"),
            0);
        QVERIFY(!jobs->messageBar()->isVisible());
    }

    void validScheduleShowsTheNextFiresAndIsSaved() {
        ConsoleFixture console;
        QVERIFY(console.open());
        JobsPage* jobs = console.window()->jobsPage();
        console.window()->showPage("jobs");
        QTRY_VERIFY(jobs->selectJob("test-write"));
        ScheduleEditor* editor = jobs->scheduleEditor();
        auto* expression = editor->findChild<QLineEdit*>("scheduleExpression");
        auto* zone = editor->findChild<QComboBox*>("scheduleZone");
        QTRY_COMPARE(expression->text(), QStringLiteral("*/15 * * * *"));
        zone->setCurrentText("Europe/Berlin");
        expression->clear();
        QTest::keyClicks(expression, "30 9 * * 1");
        QVERIFY2(editor->isValid(), qPrintable(editor->errorText()));
        // The engine clock says Wednesday 2026-06-10 09:07 UTC: the next Mondays at 09:30
        // Berlin time, shown in Berlin time.
        const QStringList fires = editor->nextFireTexts();
        QCOMPARE(fires.size(), 5);
        const QStringList days{"2026-06-15 09:30", "2026-06-22 09:30", "2026-06-29 09:30",
                               "2026-07-06 09:30", "2026-07-13 09:30"};
        for (int i = 0; i < 5; ++i)
            QVERIFY2(fires.at(i).contains(days.at(i)), qPrintable(fires.at(i)));
        auto* save = editor->findChild<QPushButton*>("scheduleSave");
        QVERIFY(save->isEnabled());
        save->click();
        QTRY_COMPARE(savedSchedule(console), QStringLiteral("30 9 * * 1"));
        QCOMPARE(
            console.engine().text("SELECT time_zone FROM job_settings WHERE job = 'test-write'"),
            QStringLiteral("Europe/Berlin"));
        QTRY_VERIFY(jobs->messageBar()->isVisible());
        QCOMPARE(jobs->messageBar()->kind(), MessageBar::Kind::Positive);
        QTRY_VERIFY(!editor->isModified());
        QVERIFY(!save->isEnabled());
        ConsoleFixture::screenshot(console.window(), "jobs-schedule-saved");
    }

    void runningRunShowsProgressAndCanBeCancelled() {
        QTemporaryDir gates;
        const QString gate = gates.filePath("gate");
        qputenv("OUTREACH_TEST_GATE", gate.toUtf8());
        ConsoleFixture console;
        const qint64 anna = console.engine().addUser("anna@acme.example", "Anna Acme");
        const qint64 bob = console.engine().addUser("bob@bolt.example", "Bob Bolt");
        QVERIFY(console.open());
        JobsPage* jobs = console.window()->jobsPage();
        console.window()->showPage("jobs");
        QTRY_VERIFY(jobs->selectJob("test-gate"));
        QTRY_COMPARE(jobs->users().size(), 2);
        auto* progress = jobs->findChild<QProgressBar*>("runProgress");
        auto* cancel = jobs->findChild<QPushButton*>("cancelRun");
        auto* runNow = jobs->findChild<QPushButton*>("runNow");
        QVERIFY(!progress->isVisible());
        QVERIFY(!cancel->isEnabled());

        okButton(jobs->openRunNow())->click();
        QTRY_VERIFY(QFile::exists(gate + QStringLiteral(".entered-%1").arg(anna)));
        QTRY_VERIFY(progress->isVisible());
        QVERIFY(cancel->isEnabled());
        QVERIFY2(!runNow->isEnabled(), "a second run of a running job would only be refused");
        ConsoleFixture::screenshot(console.window(), "jobs-running");

        cancel->click();
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = jobs->findChild<QMessageBox*>("cancelConfirmation")) != nullptr);
        box->button(QMessageBox::Yes)->click();
        // The engine marks the run for cancellation; the unit in flight (Anna's) finishes.
        QTRY_COMPARE(console.engine().scalar("SELECT cancel_requested FROM job_runs"), 1);
        QFile open(gate);
        QVERIFY(open.open(QIODevice::WriteOnly));
        open.close();

        const JobRun run = console.engine().waitForFinishedRun("test-gate");
        QCOMPARE(run.status, QStringLiteral("cancelled"));
        QCOMPARE(run.usersDone, 1);
        QVERIFY(!QFile::exists(gate + QStringLiteral(".entered-%1").arg(bob)));
        QTRY_VERIFY(!progress->isVisible());
        QVERIFY(!cancel->isEnabled());
        QVERIFY(runNow->isEnabled());
        qunsetenv("OUTREACH_TEST_GATE");
    }
};

QTEST_MAIN(TestJobsPage)
#include "tst_jobs_page.moc"
