#include "ConsoleFixture.h"
#include "TrayNotifier.h"
#include "common/EngineCall.h"
#include "models/UsersModel.h"
#include "pages/DashboardPage.h"
#include "pages/UsersPage.h"
#include "widgets/ProgressDelegate.h"

#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace outreach;
using namespace outreach::ui;
using outreach::test::ConsoleFixture;

// The dashboard: next scheduled runs, a running run with progress and cancel, failed users
// of the last 24 hours, quota warnings and unknown outbox rows; and the tray notices.
class TestDashboard : public QObject {
    Q_OBJECT

private:
    static void runJob(ConsoleFixture& console, const QString& job, quint64 requestId) {
        RunRequest request;
        request.requestId = requestId;
        request.job = job;
        callEngine(console.engine().engine(), [request](Engine& e) { e.runJob(request); });
    }

private Q_SLOTS:
    void showsWhatRunsWhatFailedAndWhatNeedsAttention() {
        QTemporaryDir gates;
        const QString gate = gates.filePath("gate");
        qputenv("OUTREACH_TEST_GATE", gate.toUtf8());
        ConsoleFixture console;
        const qint64 anna = console.engine().addUser("anna@acme.example", "Anna Acme");
        console.engine().addUser("bob@bolt.example", "Bob Bolt [fail]");
        // Anna may have one new lead a month: the test-write job's lead uses it all up.
        QVERIFY(console.engine().exec(
            QStringLiteral("UPDATE users SET monthly_lead_quota = 1 WHERE id = %1").arg(anna)));
        QVERIFY(console.open());
        MainWindow* window = console.window();
        DashboardPage* dashboard = window->dashboardPage();
        QCOMPARE(window->currentPage(), QStringLiteral("dashboard"));
        QSignalSpy notices(window->notifier(), &TrayNotifier::notified);

        // Next runs, soonest first: test-write (every 15 min) at 09:15, test-steps at 10:00.
        QTRY_COMPARE(dashboard->nextTable()->rowCount(), 3);
        QCOMPARE(dashboard->nextTable()->item(0, 0)->text(), QStringLiteral("test-write"));
        QCOMPARE(dashboard->nextTable()->item(1, 0)->text(), QStringLiteral("test-steps"));
        QTRY_VERIFY(!dashboard->attentionTable()->isVisible());

        // A run with a failing user: listed under failures, and a tray notice.
        runJob(console, "test-write", 1);
        const JobRun run = console.engine().waitForFinishedRun("test-write");
        QCOMPARE(run.status, QStringLiteral("partial"));
        QTRY_COMPARE(dashboard->failuresTable()->rowCount(), 1);
        QCOMPARE(dashboard->failuresTable()->item(0, 3)->text(),
                 QStringLiteral("bob@bolt.example"));
        QCOMPARE(dashboard->failuresTable()->item(0, 2)->text(), QStringLiteral("#%1").arg(run.id));
        QTRY_VERIFY(!notices.isEmpty());
        QVERIFY(notices.first().at(0).toString().contains("test-write"));

        // Anna's lead used her monthly quota: a warning on the dashboard and in the tray.
        QTRY_COMPARE(dashboard->snapshot().quotaWarnings.size(), qsizetype(1));
        QCOMPARE(dashboard->snapshot().quotaWarnings.first().userId, anna);
        QTRY_VERIFY(dashboard->attentionTable()->isVisible());
        QVERIFY(dashboard->attentionTable()->item(0, 0)->text().contains("Anna Acme"));
        QTRY_VERIFY(std::any_of(notices.cbegin(), notices.cend(), [](const QList<QVariant>& n) {
            return n.at(1).toString().contains("anna@acme.example");
        }));
        // The Users page shows the same figure as a bar.
        window->showPage("users");
        UsersModel* users = window->usersPage()->model();
        QTRY_COMPARE(users->rowCount(), 2);
        const int annaRow = ConsoleFixture::findRow(users, UsersModel::Email, "anna@acme.example");
        QTRY_COMPARE(
            users->index(annaRow, UsersModel::QuotaUse).data(ProgressDelegate::PercentRole).toInt(),
            100);
        QVERIFY(users->index(annaRow, UsersModel::QuotaUse).data().toString().contains("100"));
        window->showPage("dashboard");

        // An email a crash left mid-send.
        QVERIFY(console.engine().exec(
            QStringLiteral("INSERT INTO outbox (user_id, kind, to_address, subject, body_text, "
                           "scheduled_for, status, created_at, updated_at) VALUES (%1, "
                           "'initial', 'lead@example.com', 'Hello', 'Hi', 0, 'unknown', 0, 0)")
                .arg(anna)));
        dashboard->reloadSnapshot();
        QTRY_COMPARE(dashboard->snapshot().unknownOutbox, qint64(1));
        QTRY_COMPARE(dashboard->attentionTable()->rowCount(), 2);

        // A lead's reply the reply checker found an hour ago (the fixture clock's "now"), and
        // one from three days before: only the first counts as "since yesterday".
        const qint64 now = console.engine().clock().nowMs();
        for (const auto& [key, at] : {std::pair{"<r1@x>", now - 3600 * 1000LL},
                                      std::pair{"<r0@x>", now - 3 * 24 * 3600 * 1000LL}})
            QVERIFY(console.engine().exec(
                QStringLiteral("INSERT INTO inbound_messages (user_id, message_key, kind, "
                               "processed_at) VALUES (%1, '%2', 'reply', %3)")
                    .arg(anna)
                    .arg(QString::fromLatin1(key))
                    .arg(at)));
        dashboard->reloadSnapshot();
        QTRY_COMPARE(dashboard->snapshot().repliesSinceYesterday, qint64(1));
        QVERIFY2(dashboard->findChild<QLabel*>("dashboardSummary")
                     ->text()
                     .contains(QStringLiteral("· 1 reply")),
                 qPrintable(dashboard->findChild<QLabel*>("dashboardSummary")->text()));

        // A run in progress: its bar, then cancel from here.
        runJob(console, "test-gate", 2);
        QTRY_COMPARE(dashboard->runningTable()->rowCount(), 1);
        QCOMPARE(dashboard->runningTable()->item(0, 0)->text(), QStringLiteral("test-gate"));
        QTRY_VERIFY(QFile::exists(gate + QStringLiteral(".entered-%1").arg(anna)));
        ConsoleFixture::screenshot(window, "dashboard");
        auto* cancel = dashboard->findChild<QPushButton*>("dashboardCancel");
        QVERIFY(!cancel->isEnabled());
        dashboard->runningTable()->selectRow(0);
        QVERIFY(cancel->isEnabled());
        cancel->click();
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = dashboard->findChild<QMessageBox*>()) != nullptr);
        box->button(QMessageBox::Yes)->click();
        QTRY_COMPARE(console.engine().scalar(
                         "SELECT cancel_requested FROM job_runs WHERE job = 'test-gate'"),
                     1);
        QFile open(gate);
        QVERIFY(open.open(QIODevice::WriteOnly));
        open.close();
        QCOMPARE(console.engine().waitForFinishedRun("test-gate").status,
                 QStringLiteral("cancelled"));
        QTRY_COMPARE(dashboard->runningTable()->rowCount(), 0);
        qunsetenv("OUTREACH_TEST_GATE");
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
