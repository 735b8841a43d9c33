#include "ConsoleFixture.h"
#include "ConsoleSession.h"
#include "CtlRunner.h"
#include "TestDatabase.h"
#include "TestEnv.h"
#include "dialogs/RunNowDialog.h"
#include "models/LogModel.h"
#include "models/RunsModel.h"
#include "pages/JobsPage.h"
#include "pages/LogsPage.h"
#include "pages/RunsPage.h"
#include "store/Database.h"
#include "store/DatabaseUrl.h"
#include "store/Sql.h"
#include "widgets/MessageBar.h"
#include "widgets/ViewerBanner.h"

#include <QDialogButtonBox>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace outreach;
using namespace outreach::ui;
using outreach::test::ConsoleFixture;
using outreach::test::CtlResult;
using outreach::test::TestDatabase;

// Issue 6, "Engine in the console": while a real `outreachctl serve` runs the jobs on the
// database, the console opens as a viewer of its data and runs nothing itself; once serve has
// stopped, "Check again" reopens it as the engine.
class TestConsoleViewer : public QObject {
    Q_OBJECT

    std::unique_ptr<TestDatabase> db;
    QTemporaryDir dir;

    qint64 scalar(const QString& sql) {
        Result<QSqlDatabase> c = db->database().connection();
        Sql query(*c, sql);
        Result<std::optional<QVariant>> v = query.execScalar();
        return v && v->has_value() ? (*v)->toLongLong() : -1;
    }
    QString text(const QString& sql) {
        Result<QSqlDatabase> c = db->database().connection();
        Sql query(*c, sql);
        Result<std::optional<QVariant>> v = query.execScalar();
        return v && v->has_value() ? (*v)->toString() : QString();
    }
    std::unique_ptr<QProcess> serve() {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("OUTREACH_DB"));
        env.remove(QStringLiteral("OUTREACH_NOW"));
        env.insert(QStringLiteral("OUTREACH_KEYCHAIN"), QStringLiteral("off"));
        env.insert(QStringLiteral("OUTREACH_DATA_DIR"), dir.filePath(QStringLiteral("serve")));
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(env);
        process->start(outreach::test::outreachctl(),
                       {QStringLiteral("--db"), db->url(), QStringLiteral("serve")});
        return process;
    }
    static QLabel* engineState(MainWindow* window) {
        for (QLabel* label : window->statusBar()->findChildren<QLabel*>())
            if (label->text().startsWith(MainWindow::tr("Viewer")) ||
                label->text().startsWith(MainWindow::tr("Engine")))
                return label;
        return nullptr;
    }

private Q_SLOTS:
    void init() { db = TestDatabase::create(); }
    void cleanup() {
        db->database().closeThreadConnection();
        db.reset();
    }

    void consoleIsAViewerWhileServeRuns() {
        auto server = serve();
        QVERIFY(server->waitForStarted());
        // serve announces itself before it starts its scheduler.
        QTRY_COMPARE_WITH_TIMEOUT(
            scalar(QStringLiteral("SELECT COUNT(*) FROM engine_hosts WHERE role = 'serve'")), 1,
            30000);
        const qint64 servePid = scalar(QStringLiteral("SELECT pid FROM engine_hosts"));
        QCOMPARE(servePid, server->processId());

        Result<DatabaseUrl> url = DatabaseUrl::parse(QStringLiteral("db"), db->url());
        QVERIFY(url);
        ConsoleSession session(*url, dir.filePath(QStringLiteral("console")));
        QSignalSpy ready(&session, &ConsoleSession::ready);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);
        QVERIFY(session.isViewer());
        MainWindow* window = session.window();
        auto* banner = window->findChild<ViewerBanner*>();
        QVERIFY(banner && banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("serve on")) &&
                     banner->text().contains(QStringLiteral("pid %1").arg(servePid)),
                 qPrintable(banner->text()));
        QTRY_VERIFY(engineState(window) &&
                    engineState(window)->text() == MainWindow::tr("Viewer mode"));
        // The viewer does not announce itself: serve is still the only engine.
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM engine_hosts")), 1);
        ConsoleFixture::screenshot(window, QStringLiteral("viewer-mode"));

        // "Run now" is refused here, with the reason, and no run is started by the console.
        window->showPage(QStringLiteral("jobs"));
        JobsPage* jobs = window->jobsPage();
        QTRY_VERIFY(jobs->selectJob(QStringLiteral("api-performance-report")));
        RunNowDialog* dialog = jobs->openRunNow();
        QVERIFY(dialog);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(jobs->messageBar()->text().contains(QStringLiteral("viewer")));
        QCOMPARE(jobs->messageBar()->kind(), MessageBar::Kind::Error);
        QCOMPARE(
            scalar(QStringLiteral("SELECT COUNT(*) FROM job_runs WHERE trigger_kind = 'manual'")),
            0);

        // A run done by another process appears in this console as it happens, without
        // refreshing: on the Runs page with its outcome, and its records in the Logs page's tail.
        QProcessEnvironment ctlEnv;
        ctlEnv.insert(QStringLiteral("OUTREACH_DATA_DIR"), dir.filePath(QStringLiteral("ctl")));
        const CtlResult ran = outreach::test::runCtl(
            db->url(),
            {QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("run"),
             QStringLiteral("api-performance-report"), QStringLiteral("--reason"),
             QStringLiteral("seen by the viewer")},
            ctlEnv);
        QVERIFY2(ran.exitCode == 0, qPrintable(ran.err));
        const qint64 runId = ran.json().object().value(QStringLiteral("id")).toInteger();
        QVERIFY(runId > 0);
        RunsModel* runs = window->runsPage()->runsModel();
        QTRY_VERIFY_WITH_TIMEOUT(runs->rowOf(runId) >= 0 &&
                                     runs->runAt(runs->rowOf(runId))->status ==
                                         QStringLiteral("succeeded"),
                                 10000);
        LogModel* logs = window->logsPage()->model();
        auto logsOfRun = [&] {
            int n = 0;
            for (int row = 0; row < logs->rowCount(); ++row)
                n += logs->recordAt(row)->runId == runId ? 1 : 0;
            return n;
        };
        // All of them (ctl stored them before it exited), each once (tst_viewer_feed shows that
        // re-read records are not handed on again).
        const int stored = int(scalar(
            QStringLiteral("SELECT COUNT(*) FROM log_records WHERE run_id = %1").arg(runId)));
        QVERIFY(stored > 0);
        QTRY_COMPARE_WITH_TIMEOUT(logsOfRun(), stored, 10000);

        // serve stops (SIGTERM) and withdraws; "Check again" makes this console the engine.
        server->terminate();
        QVERIFY(server->waitForFinished(60000));
        QCOMPARE(server->exitCode(), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM engine_hosts")), 0);
        auto* recheck = banner->findChild<QPushButton*>(QStringLiteral("viewerRecheck"));
        QTest::mouseClick(recheck, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 2, 60000);
        QVERIFY(!session.isViewer());
        window = session.window();
        QVERIFY(window->findChild<ViewerBanner*>() == nullptr);
        QTRY_VERIFY(engineState(window) &&
                    engineState(window)->text() == MainWindow::tr("Engine running"));
        QTRY_COMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM engine_hosts")), 1);
        QCOMPARE(text(QStringLiteral("SELECT role FROM engine_hosts")), QStringLiteral("console"));
    }

    void anEngineThatDiedDoesNotMakeAViewer() {
        // A row left by a killed engine expires by itself; the console then runs the jobs.
        Result<QSqlDatabase> c = db->database().connection();
        Sql stale(*c, QStringLiteral("INSERT INTO engine_hosts (owner, role, host, pid, "
                                     "started_at, expires_at) VALUES ('gone:1:abc', 'serve', "
                                     "'gone', 1, 0, :expired)"));
        stale.bindInt(QStringLiteral(":expired"), QDateTime::currentMSecsSinceEpoch() - 1000);
        QVERIFY(stale.exec().ok());
        Result<DatabaseUrl> url = DatabaseUrl::parse(QStringLiteral("db"), db->url());
        QVERIFY(url);
        ConsoleSession session(*url, dir.filePath(QStringLiteral("console")));
        QSignalSpy ready(&session, &ConsoleSession::ready);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);
        QVERIFY(!session.isViewer());
        QVERIFY(session.window()->findChild<ViewerBanner*>() == nullptr);
        QTRY_COMPARE(
            scalar(QStringLiteral("SELECT COUNT(*) FROM engine_hosts WHERE role = 'console'")), 1);
    }
};

QTEST_MAIN(TestConsoleViewer)
#include "tst_console_viewer.moc"
