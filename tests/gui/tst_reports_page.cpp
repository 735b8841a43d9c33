#include "ConsoleFixture.h"
#include "CtlRunner.h"
#include "common/EngineCall.h"
#include "common/Format.h"
#include "data/ReportCsv.h"
#include "data/ReportPdf.h"
#include "pages/ReportsPage.h"
#include "reports/IsoWeek.h"
#include "reports/WeeklyReportService.h"
#include "store/UserScope.h"
#include "widgets/ReportCharts.h"

#include <QBarSet>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QLineSeries>
#include <QPainter>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace outreach;
using namespace outreach::ui;
using outreach::test::ConsoleFixture;

// The Reports page shows the engine's weekly report: the charts draw exactly the report's
// figures, the quota warning is spelled out, and the exports are safe to open.
class TestReportsPage : public QObject {
    Q_OBJECT

private:
    static constexpr const char* kWeek = "2026-W24"; // the engine clock's week (10 June 2026)

    static void ctl(ConsoleFixture& console, const QStringList& arguments) {
        const test::CtlResult result = test::runCtl(
            console.engine().db().url(), QStringList{"--now", "2026-06-10T09:07:00Z"} + arguments);
        QVERIFY2(result.exitCode == 0, qPrintable(arguments.join(' ') + ": " + result.err));
    }

    // A user with a sample source whose monthly quota one call uses up, leads from a real
    // daily-lead-generation run, and a reply and a conversion marked by the admin.
    static void seed(ConsoleFixture& console) {
        ctl(console, {"users", "add", "--email", "anna@northwind.example", "--name", "Anna Becker",
                      "--tz", "Europe/Berlin"});
        ctl(console, {"sources", "add", "--user", "1", "--kind", "sample", "--monthly-quota", "1"});
        ctl(console, {"campaigns", "add", "--user", "1", "--name", "Founders", "--schedule",
                      "daily", "--time", "11:00", "--daily-limit", "25"});
    }

    static void runLeadGeneration(ConsoleFixture& console) {
        RunRequest request;
        request.requestId = 1;
        request.job = QStringLiteral("daily-lead-generation");
        request.reason = QStringLiteral("report test");
        callEngine(console.engine().engine(), [request](Engine& e) { e.runJob(request); });
        const JobRun run = console.engine().waitForFinishedRun("daily-lead-generation");
        QVERIFY(run.id > 0);
    }

    static WeeklyReport expected(ConsoleFixture& console, const QString& week) {
        Result<UserScope> scope =
            UserScope::open(console.engine().database(), console.engine().clock(), 1);
        Result<IsoWeek> isoWeek = IsoWeek::parse("week", week);
        Result<WeeklyReport> report =
            WeeklyReportService(console.engine().database(), console.engine().clock())
                .storedOrComputed(*scope, *isoWeek);
        return report ? *report : WeeklyReport{};
    }

    static ReportsPage* openWeek(ConsoleFixture& console) {
        console.window()->showPage("reports");
        ReportsPage* page = console.window()->reportsPage();
        [&] {
            QTRY_VERIFY(page->selectUser(1));
            QTRY_VERIFY(page->selectWeek(kWeek));
            QTRY_VERIFY(!page->isLoading() && page->data().week == QLatin1String(kWeek));
        }();
        return page;
    }

    static QList<qreal> values(const QBarSet* set) {
        QList<qreal> out;
        for (int i = 0; set && i < set->count(); ++i)
            out << set->at(i);
        return out;
    }

private Q_SLOTS:
    void chartsShowTheReportsFigures() {
        ConsoleFixture console(JobRegistry::standard());
        seed(console);
        QVERIFY(console.open());
        runLeadGeneration(console);
        const qint64 lead = console.engine().scalar("SELECT MIN(id) FROM leads");
        QVERIFY(lead > 0);
        ctl(console, {"leads", "mark", QString::number(lead), "replied"});
        ctl(console, {"leads", "mark", QString::number(lead + 1), "converted"});

        ReportsPage* page = openWeek(console);
        QVERIFY2(page->data().error.isEmpty(), qPrintable(page->data().error));
        const WeeklyReport r = expected(console, kWeek);
        QVERIFY(r.leadsGenerated > 0);
        QVERIFY(r.replied + r.conversions > 0);
        QCOMPARE(page->data().stored, false); // no Monday job yet: computed on the spot

        ReportCharts* charts = page->charts();
        QCOMPARE(charts->funnel()->count(), 4);
        QCOMPARE(charts->funnelStages().last(), ReportCharts::tr("Generated")); // on top
        QCOMPARE(values(charts->funnel()),
                 (QList<qreal>{qreal(r.conversions), qreal(r.replied), qreal(r.contacted),
                               qreal(r.leadsGenerated)}));
        QCOMPARE(charts->sourceLabels().size(), r.sources.size());
        QVERIFY(!r.sources.isEmpty());
        for (int i = 0; i < r.sources.size(); ++i) {
            QVERIFY(charts->sourceLabels().at(i).startsWith(r.sources.at(i).label));
            QCOMPARE(charts->sourceReturned()->at(i), qreal(r.sources.at(i).leadsReturned));
            QCOMPARE(charts->sourceValid()->at(i), qreal(r.sources.at(i).leadsValid));
            QCOMPARE(charts->sourceAdded()->at(i), qreal(r.sources.at(i).leadsInserted));
        }
        QCOMPARE(charts->quotaSets().size(), r.quotas.size());
        for (int i = 0; i < r.quotas.size(); ++i) {
            QCOMPARE(charts->quotaSets().at(i)->at(0), r.quotas.at(i).percent);
            QCOMPARE(charts->quotaSets().at(i)->label(), Format::quotaLabel(r.quotas.at(i)));
        }

        // Eight weeks compared, this one last.
        QCOMPARE(charts->historyLeads()->count(), 8);
        QCOMPARE(charts->historyWeeks().last(), QString(kWeek));
        QCOMPARE(charts->historyWeeks().first(), QStringLiteral("2026-W17"));
        QCOMPARE(charts->historyLeads()->at(7).y(), qreal(r.leadsGenerated));
        QCOMPARE(charts->historyContacted()->at(7).y(), qreal(r.contacted));
        QCOMPARE(charts->historyReplied()->at(7).y(), qreal(r.replied));
        QCOMPARE(charts->historyLeads()->at(0).y(), 0.0); // before the account existed

        // The same figures as text, and the used-up quota as a warning in words.
        QVERIFY(r.quotaWarning);
        QVERIFY2(page->figuresText().contains(QLocale().toString(r.leadsGenerated)),
                 qPrintable(page->figuresText()));
        QVERIFY(page->figuresText().contains("Anna Becker"));
        // Per-source leads and quality in words too.
        QVERIFY(page->figuresText().contains(r.sources.first().label + ": "));
        QVERIFY2(page->warningsText().contains(r.sources.first().label),
                 qPrintable(page->warningsText()));
        QVERIFY(page->warningsText().contains(QLocale().toString(100.0, 'f', 1)));

        // A PDF export is a PDF.
        QTemporaryDir folder;
        const QString pdf = folder.filePath("report.pdf");
        QCOMPARE(page->exportPdf(pdf), QString());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QVERIFY(file.size() > 2000);
        // Kept next to the screenshots as an artifact, to be looked at.
        const QString artifact =
            QFileInfo(ConsoleFixture::screenshot(console.window(), "reports-test")).absolutePath() +
            "/reports-test.pdf";
        QFile::remove(artifact);
        QFile::copy(pdf, artifact);
        QImage printed(QSize(1169, 827), QImage::Format_RGB32); // A4 landscape at 100 dpi
        printed.fill(Qt::white);
        {
            QPainter painter(&printed);
            ReportPdf::paint(painter, page->data(), *charts);
        }
        QVERIFY(printed.save(QFileInfo(artifact).absolutePath() + "/reports-test-pdf.png"));
    }

    void csvExportNeutralisesFormulas() {
        ConsoleFixture console(JobRegistry::standard());
        seed(console);
        QVERIFY(console.open());
        runLeadGeneration(console);
        // A stored report whose source label someone else chose (the label comes from a
        // source's URL or file name): a spreadsheet must show it, never run it.
        const QString evil = QStringLiteral("=HYPERLINK(\"http://evil.example/x\",\"Click\")");
        {
            WeeklyReport stored = expected(console, kWeek);
            QVERIFY(!stored.sources.isEmpty());
            stored.sources.first().label = evil;
            stored.userName = QStringLiteral("@Anna");
            Result<UserScope> scope =
                UserScope::open(console.engine().database(), console.engine().clock(), 1);
            QVERIFY(scope->weeklyReports().save(kWeek, stored.computedAt,
                                                QJsonDocument(stored.toJson()).toJson()));
        }
        ReportsPage* page = openWeek(console);
        QVERIFY(page->data().stored);
        QCOMPARE(page->data().report.sources.first().label, evil);
        QVERIFY(page->charts()->sourceLabels().first().startsWith(evil)); // shown as text

        QTemporaryDir folder;
        const QString path = folder.filePath("report.csv");
        QCOMPARE(page->exportCsv(path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(file.readAll());
        QVERIFY2(csv.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://evil.example/x\"\",")),
                 qPrintable(csv));
        QVERIFY(csv.contains(QStringLiteral("'@Anna")));
        // No cell, quoted or not, starts with a formula character.
        for (const QString& line : csv.split(QStringLiteral("\r\n"))) {
            for (const QString& raw : line.split(QLatin1Char(','))) {
                const QString cell = raw.startsWith('"') ? raw.mid(1) : raw;
                QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@").contains(cell.front()),
                         qPrintable(line));
            }
        }
        // The figures are the report's, as numbers.
        QVERIFY(csv.contains(QStringLiteral("\r\n%1,%2\r\n")
                                 .arg(ReportCsv::tr("Leads generated"))
                                 .arg(page->data().report.leadsGenerated)));
    }

    void neutralisesEveryFormulaCharacter() {
        QCOMPARE(ReportCsv::cell("=1+2"), QStringLiteral("'=1+2"));
        QCOMPARE(ReportCsv::cell("+1"), QStringLiteral("'+1"));
        QCOMPARE(ReportCsv::cell("-1"), QStringLiteral("'-1"));
        QCOMPARE(ReportCsv::cell("@SUM(A1)"), QStringLiteral("'@SUM(A1)"));
        QCOMPARE(ReportCsv::cell("a,b"), QStringLiteral("\"a,b\""));
        QCOMPARE(ReportCsv::cell("plain"), QStringLiteral("plain"));
    }
};

QTEST_MAIN(TestReportsPage)
#include "tst_reports_page.moc"
