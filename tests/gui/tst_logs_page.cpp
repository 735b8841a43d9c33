#include "ConsoleFixture.h"
#include "common/EngineCall.h"
#include "models/LogModel.h"
#include "pages/LogsPage.h"
#include "store/LogRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace outreach;
using namespace outreach::ui;
using outreach::test::ConsoleFixture;

// The Logs page: pages of stored records read as the view scrolls, every filter, the live
// tail (and holding it back while reading), copy and export.
class TestLogsPage : public QObject {
    Q_OBJECT

private:
    static constexpr int kBulk = 1200;

    // Stored history the page has to page through: "bulk record N", every tenth an error.
    static void addBulkRecords(ConsoleFixture& console, qint64 userId) {
        QList<LogRecord> records;
        const qint64 start = console.engine().clock().nowMs() - 3600 * 1000;
        for (int i = 0; i < kBulk; ++i) {
            LogRecord r;
            r.at = start + i;
            r.level = i % 10 == 0 ? QStringLiteral("error") : QStringLiteral("info");
            r.job = QStringLiteral("bulk");
            r.userId = userId;
            r.userEmail = QStringLiteral("anna@acme.example");
            r.message = QStringLiteral("bulk record %1").arg(i);
            records << r;
        }
        LogRecord formula;
        formula.at = start + kBulk;
        formula.level = QStringLiteral("warning");
        formula.job = QStringLiteral("bulk");
        formula.message = QStringLiteral("=HYPERLINK(\"http://evil.example\")");
        records << formula;
        QVERIFY(LogRepository(console.engine().database()).insert(records));
    }

    static int storedRows(const LogModel* model) {
        int stored = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            stored += model->recordAt(row)->id > 0 ? 1 : 0;
        return stored;
    }

    static void waitLoaded(LogsPage* logs) { QTRY_VERIFY_WITH_TIMEOUT(!logs->isLoading(), 10000); }

    static void runJob(ConsoleFixture& console, const QString& job) {
        RunRequest request;
        static quint64 requestId = 900000;
        request.requestId = ++requestId;
        request.job = job;
        callEngine(console.engine().engine(), [request](Engine& e) { e.runJob(request); });
    }

private Q_SLOTS:
    void pagesFiltersLiveTailCopyAndExport() {
        ConsoleFixture console;
        const qint64 anna = console.engine().addUser("anna@acme.example", "Anna Acme");
        const qint64 bob = console.engine().addUser("bob@bolt.example", "Bob Bolt [fail]");
        addBulkRecords(console, anna);
        QVERIFY(console.open());
        MainWindow* window = console.window();
        window->showPage("logs");
        LogsPage* logs = window->logsPage();
        LogModel* model = logs->model();
        waitLoaded(logs);

        // One page at first, however many records there are (plus what the engine logged
        // live since); more as the view scrolls.
        QCOMPARE(storedRows(model), LogsPage::kPageSize);
        QVERIFY(model->canFetchMore({}));
        logs->table()->scrollToBottom();
        QTRY_COMPARE(storedRows(model), 2 * LogsPage::kPageSize);
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int row = 0; row < model->rowCount(); ++row) {
            const qint64 id = model->recordAt(row)->id;
            if (id == 0)
                continue; // a live record on top
            QVERIFY(id < previous);
            previous = id;
        }

        // A run that logs, with one failing user.
        runJob(console, "test-write");
        const JobRun run = console.engine().waitForFinishedRun("test-write");
        QVERIFY(run.id > 0);

        // Level: errors only.
        auto* level = logs->findChild<QComboBox*>("logLevel");
        level->setCurrentIndex(level->findData(QStringLiteral("error")));
        waitLoaded(logs);
        QVERIFY(model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(model->recordAt(row)->level == QLatin1String("error") ||
                    model->recordAt(row)->level == QLatin1String("critical"));
        QVERIFY(ConsoleFixture::findRow(model, LogModel::User, "bob@bolt.example") >= 0);
        level->setCurrentIndex(0);

        // Text, case-insensitive: "BULK RECORD 77" is 77 and 770..779.
        auto* text = logs->findChild<QLineEdit*>("logText");
        QTest::keyClicks(text, "BULK RECORD 77");
        QTRY_VERIFY(logs->filter().grep == QLatin1String("BULK RECORD 77") && !logs->isLoading());
        QTRY_COMPARE(model->rowCount(), 11);
        ConsoleFixture::screenshot(window, "logs-text-filter");
        text->clear();

        // User.
        auto* user = logs->findChild<QComboBox*>("logUser");
        QTRY_VERIFY(user->findData(bob) >= 0);
        user->setCurrentIndex(user->findData(bob));
        waitLoaded(logs);
        QVERIFY(model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->recordAt(row)->userId.value_or(0), bob);
        user->setCurrentIndex(0);

        // Run, and job.
        LogFilter byRun;
        byRun.runId = run.id;
        logs->applyFilter(byRun);
        waitLoaded(logs);
        QVERIFY(model->rowCount() >= 3);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->recordAt(row)->runId.value_or(0), run.id);
        auto* job = logs->findChild<QComboBox*>("logJob");
        logs->applyFilter(LogFilter{});
        QTRY_VERIFY(job->findData(QStringLiteral("test-steps")) >= 0);
        job->setCurrentIndex(job->findData(QStringLiteral("test-steps")));
        waitLoaded(logs);
        QCOMPARE(model->rowCount(), 0);

        // Live tail: a run of test-steps shows up while the page follows, without a reload;
        // a run of another job at the same time does not.
        QVERIFY(logs->isFollowing());
        runJob(console, "test-write");
        runJob(console, "test-steps");
        QVERIFY(console.engine().waitForFinishedRun("test-write", run.id).id > 0);
        QVERIFY(console.engine().waitForFinishedRun("test-steps").id > 0);
        QTRY_VERIFY(model->rowCount() > 0);
        bool live = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            QCOMPARE(model->recordAt(row)->job, QStringLiteral("test-steps"));
            live = live || model->recordAt(row)->id == 0;
        }
        QVERIFY2(live, "the records should have arrived through the live tail");

        // Not following: new records are held back, then shown when following again.
        const int shown = model->rowCount();
        logs->findChild<QCheckBox*>("logFollow")->setChecked(false);
        const qint64 lastSteps = console.engine().finishedRuns().last().id;
        runJob(console, "test-steps");
        QVERIFY(console.engine().waitForFinishedRun("test-steps", lastSteps).id > 0);
        QTRY_VERIFY(logs->statusText().contains("held back"));
        QCOMPARE(model->rowCount(), shown);
        logs->findChild<QCheckBox*>("logFollow")->setChecked(true);
        QVERIFY(model->rowCount() > shown);

        // Copy: the selected rows as text lines.
        logs->table()->selectRow(0);
        logs->copySelection();
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.contains("test-steps") && copied.endsWith('\n'), qPrintable(copied));

        // Export: every matching record, oldest first, formulas neutralised.
        LogFilter bulk;
        bulk.job = QStringLiteral("bulk");
        logs->applyFilter(bulk);
        waitLoaded(logs);
        QTemporaryDir folder;
        const QString path = folder.filePath("bulk.csv");
        QSignalSpy finished(logs, &LogsPage::exportFinished);
        logs->exportTo(path);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toLongLong(), qint64(kBulk + 1));
        QVERIFY(finished.first().at(1).toString().isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), kBulk + 2);
        QVERIFY(lines.at(0).startsWith("time,level,job"));
        QVERIFY2(lines.at(1).endsWith(",bulk record 0"), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(kBulk).endsWith(QStringLiteral(",bulk record %1").arg(kBulk - 1)),
                 qPrintable(lines.at(kBulk)));
        QVERIFY2(lines.last().contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\""),
                 qPrintable(lines.last()));
        ConsoleFixture::screenshot(window, "logs-page");
    }
};

QTEST_MAIN(TestLogsPage)
#include "tst_logs_page.moc"
