#include "ConsoleFixture.h"
#include "CtlRunner.h"
#include "OutboxFixture.h"
#include "common/EngineCall.h"
#include "dialogs/CampaignDialog.h"
#include "i18n/LanguageSetup.h"
#include "models/CampaignsModel.h"
#include "models/LeadsModel.h"
#include "models/LogModel.h"
#include "models/OutboxModel.h"
#include "models/RunUsersModel.h"
#include "models/SendersModel.h"
#include "models/UsersModel.h"
#include "pages/CampaignsPage.h"
#include "pages/DashboardPage.h"
#include "pages/JobsPage.h"
#include "pages/LeadsPage.h"
#include "pages/LogsPage.h"
#include "pages/OutboxPage.h"
#include "pages/ReportsPage.h"
#include "pages/RunsPage.h"
#include "pages/SettingsPage.h"
#include "pages/UsersPage.h"
#include "widgets/SendersPanel.h"
#include "widgets/TemplatePreview.h"
#include "widgets/UserPicker.h"

#include <QTableWidget>

#include <QFileInfo>
#include <QImage>
#include <QProcessEnvironment>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace outreach;
using namespace outreach::ui;
using outreach::test::ConsoleFixture;

// One picture of every page of the console over a small agency workspace, with the product's
// real jobs run through the engine (scripts/screenshots.sh keeps them in docs/screenshots).
// OUTREACH_SCREENSHOT_LANG picks the language (default English).
class TestScreenshots : public QObject {
    Q_OBJECT

private:
    QString m_language;

    void ctl(ConsoleFixture& console, const QStringList& arguments) {
        const test::CtlResult result = test::runCtl(
            console.engine().db().url(), QStringList{"--now", "2026-06-10T09:07:00Z"} + arguments);
        QVERIFY2(result.exitCode == 0, qPrintable(arguments.join(' ') + ": " + result.err));
    }

    // Four client accounts in three time zones, sample lead sources (one nearly used up) and
    // a daily campaign each at the hour the engine's clock shows in its zone.
    void buildWorkspace(ConsoleFixture& console, const QString& folder) {
        const QString body = folder + "/body.txt";
        QFile file(body);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Hello {{firstName}},\n\nwould a short call next week suit you?\n");
        file.close();
        struct Account {
            const char* email;
            const char* name;
            const char* zone;
            const char* time;
            const char* quota;
        };
        const Account accounts[] = {
            {"anna@northwind.example", "Anna Becker", "Europe/Berlin", "11:00", "500"},
            {"carlos@southpoint.example", "Carlos Mendes", "America/Sao_Paulo", "06:00", "500"},
            {"mei@eastgate.example", "Mei Tanaka", "Asia/Tokyo", "18:00", "1"},
        };
        int id = 0;
        for (const Account& a : accounts) {
            ++id;
            ctl(console, {"users", "add", "--email", a.email, "--name", a.name, "--tz", a.zone});
            ctl(console, {"sources", "add", "--user", QString::number(id), "--kind", "sample",
                          "--monthly-quota", a.quota});
            ctl(console, {"campaigns", "add", "--user", QString::number(id), "--name",
                          QStringLiteral("%1 — founders").arg(a.name), "--schedule", "daily",
                          "--time", a.time, "--daily-limit", "25", "--subject",
                          "Quick question, {{firstName}}", "--body-file", body});
        }
        ctl(console, {"users", "add", "--email", "olivia@westfield.example", "--name",
                      "Olivia Grant", "--tz", "America/New_York"});
        ctl(console, {"users", "pause", "4", "--reason", "contract renewal"});
    }

    void shoot(QWidget* widget, const QString& name) {
        const QString suffix = m_language == QLatin1String("en") ? QString() : "-" + m_language;
        const QString path = ConsoleFixture::screenshot(widget, name + suffix);
        const QImage image(path);
        QVERIFY2(!image.isNull(), qPrintable(path));
        QCOMPARE(image.size(), widget->size() * widget->devicePixelRatio());
    }

private Q_SLOTS:
    void initTestCase() {
        m_language =
            QProcessEnvironment::systemEnvironment().value("OUTREACH_SCREENSHOT_LANG", "en");
        QVERIFY(LanguageSetup::install(m_language));
    }

    void everyPage() {
        QTemporaryDir folder;
        ConsoleFixture console(JobRegistry::standard());
        buildWorkspace(console, folder.path());
        QVERIFY(console.open());
        MainWindow* window = console.window();

        const QStringList jobs{"daily-lead-generation", "daily-outreach", "send-campaign-emails",
                               "api-performance-report"};
        quint64 request = 0;
        qint64 last = 0;
        for (const QString& job : jobs) {
            RunRequest r;
            r.requestId = ++request;
            r.job = job;
            r.reason = QStringLiteral("screenshot tour");
            callEngine(console.engine().engine(), [r](Engine& e) { e.runJob(r); });
            const JobRun run = console.engine().waitForFinishedRun(job, last);
            QVERIFY2(run.id > 0, qPrintable(job));
            last = run.id;
        }

        window->showPage("dashboard");
        DashboardPage* dashboard = window->dashboardPage();
        // The reader thread's figures after the last run: failures and Mei's used-up quota.
        QTRY_VERIFY(dashboard->snapshot().asOf > 0 &&
                    !dashboard->snapshot().quotaWarnings.isEmpty());
        QTRY_VERIFY(dashboard->failuresTable()->rowCount() > 0);
        shoot(window, "dashboard");
        window->showPage("users");
        QTRY_COMPARE(window->usersPage()->model()->rowCount(), 4);
        shoot(window, "users");
        window->showPage("jobs");
        QTRY_VERIFY(window->jobsPage()->selectJob("daily-lead-generation"));
        shoot(window, "jobs");
        window->showPage("runs");
        RunsPage* runs = window->runsPage();
        QTRY_VERIFY(runs->selectedRunId() > 0);
        runs->showRun(1);
        QTRY_COMPARE(runs->selectedRunId(), qint64(1));
        QTRY_COMPARE(runs->usersModel()->rowCount(), 4);
        shoot(window, "runs");
        window->showPage("logs");
        QTRY_VERIFY(!window->logsPage()->isLoading() &&
                    window->logsPage()->model()->rowCount() > 0);
        shoot(window, "logs");

        // Mei's week so far: her sample source's monthly quota of one call is used up.
        window->showPage("reports");
        ReportsPage* reports = window->reportsPage();
        QTRY_VERIFY(reports->selectUser(3));
        QTRY_VERIFY(reports->selectWeek("2026-W24"));
        QTRY_VERIFY(!reports->isLoading() && reports->data().week == QLatin1String("2026-W24"));
        QVERIFY2(reports->data().error.isEmpty(), qPrintable(reports->data().error));
        shoot(window, "reports");

        // Messages in the states the Outbox page exists for: two that an engine which died
        // mid-send left unknown, one the server refused.
        test::OutboxFixture mail(console.engine().database(), console.engine().clock());
        const struct {
            qint64 user;
            const char* to;
            const char* subject;
            const char* status;
            const char* error;
        } rows[] = {
            {1, "jonas.weber@brightlane.example", "Quick question, Jonas", "unknown",
             "the engine stopped during the SMTP transaction; the server may have accepted it"},
            {2, "ana.souza@verdemar.example", "Quick question, Ana", "unknown",
             "the engine stopped during the SMTP transaction; the server may have accepted it"},
            {3, "k.sato@hoshino.example", "Quick question, Kenji", "failed",
             "550 5.7.1 message rejected as spam"},
        };
        for (const auto& row : rows) {
            test::OutboxFixture::Draft draft;
            draft.to = row.to;
            draft.subject = row.subject;
            const qint64 id = mail.enqueue(row.user, draft);
            QVERIFY(id > 0);
            QVERIFY(console.engine().exec(
                QStringLiteral("UPDATE outbox SET status = '%1', attempts = 1, last_error = '%2' "
                               "WHERE id = %3")
                    .arg(row.status, row.error)
                    .arg(id)));
        }
        window->showPage("outbox");
        OutboxPage* outbox = window->outboxPage();
        outbox->reload();
        QTRY_VERIFY(!outbox->isLoading() && outbox->model()->rowCount() >= 3);
        QVERIFY(outbox->selectMessage(outbox->model()->messageAt(0)->id));
        shoot(window, "outbox");

        // Anna's leads after the tour's lead generation and outreach.
        window->showPage("leads");
        LeadsPage* leads = window->leadsPage();
        leads->showUser(1);
        QTRY_VERIFY(leads->model()->rowCount() > 0);
        leads->findChild<QTableView*>("leadsTable")->selectRow(0);
        shoot(window, "leads");

        // Anna's campaign, and its editor with the template previewed for one of her leads.
        window->showPage("campaigns");
        CampaignsPage* campaigns = window->campaignsPage();
        campaigns->showUser(1);
        QTRY_COMPARE(campaigns->model()->rowCount(), 1);
        campaigns->findChild<QTableView*>()->selectRow(0);
        shoot(window, "campaigns");
        // The page reloads Anna's leads when it is shown; the editor previews them once there.
        CampaignDialog* editor = nullptr;
        QTRY_VERIFY([&] {
            if (editor)
                editor->reject();
            editor = campaigns->editCampaign();
            return editor && editor->preview()->leadCount() > 1;
        }());
        editor->preview()->selectLead(0);
        editor->preview()->renderNow();
        QTRY_VERIFY(!editor->preview()->renderedBody().isEmpty());
        shoot(editor, "campaign-editor");
        editor->reject();

        // Anna's sender account (her agency's SMTP relay, with a reply mailbox) in Settings.
        ctl(console,
            {"senders", "add", "--user", "1", "--from", "Anna Becker <anna@northwind.example>",
             "--smtp", "smtp://anna@smtp.northwind.example:587?tls=starttls"});
        ctl(console, {"senders", "imap", "1", "--imap", "imaps://anna@imap.northwind.example:993"});
        window->showPage("settings");
        SettingsPage* settings = window->settingsPage();
        settings->showTab(SettingsPage::Senders);
        QVERIFY(settings->senders()->userPicker()->selectUser(1));
        settings->senders()->reload();
        QTRY_COMPARE(settings->senders()->model()->rowCount(), 1);
        QVERIFY(settings->senders()->selectSender(1));
        shoot(window, "settings");
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
