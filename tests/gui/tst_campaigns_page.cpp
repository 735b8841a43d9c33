#include "ConsoleFixture.h"
#include "CtlRunner.h"
#include "dialogs/CampaignDialog.h"
#include "dialogs/LeadImportDialog.h"
#include "models/CampaignsModel.h"
#include "models/LeadImportModel.h"
#include "pages/CampaignsPage.h"
#include "store/UserScope.h"
#include "widgets/TemplatePreview.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace outreach;
using namespace outreach::ui;
using outreach::test::ConsoleFixture;

// The Campaigns page as an admin uses it: setting up a campaign with its templates (refused
// with the field named while something is wrong, nothing stored), watching the preview for a
// real lead, pausing and resuming, and importing a CSV file with bad rows exactly as
// `outreachctl leads import --skip-bad` would.
class TestCampaignsPage : public QObject {
    Q_OBJECT

    static Lead lead(const QString& email, const QString& firstName) {
        Lead l;
        l.email = email;
        l.firstName = firstName;
        l.lastName = QStringLiteral("Sample");
        l.company = QStringLiteral("Zeta GmbH");
        return l;
    }

    static CampaignsPage* openPage(ConsoleFixture& console, qint64 userId) {
        if (!console.open())
            return nullptr;
        console.window()->showPage("campaigns");
        CampaignsPage* page = console.window()->campaignsPage();
        auto* users = page->findChild<QComboBox*>("campaignsUser");
        if (!QTest::qWaitFor([&] { return users->findData(userId) >= 0; }))
            return nullptr;
        page->showUser(userId);
        auto* create = page->findChild<QPushButton*>("newCampaign");
        if (!QTest::qWaitFor([&] { return create->isEnabled(); }))
            return nullptr;
        return page;
    }

    static void save(CampaignDialog* dialog) {
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    }

    // A user's leads as outreachctl would list them, without ids and times.
    static QStringList leadsOf(ConsoleFixture& console, qint64 userId) {
        UserScope scope =
            *UserScope::open(console.engine().database(), console.engine().clock(), userId);
        const Result<QList<Lead>> leads = scope.leads().list();
        if (!leads)
            return {leads.error().message};
        QStringList rows;
        for (const Lead& l : leads.value())
            rows << QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8")
                        .arg(l.email, l.firstName, l.lastName, l.company, l.title)
                        .arg(l.score)
                        .arg(l.source, l.status);
        rows.sort();
        return rows;
    }

private Q_SLOTS:
    void createEditPauseAndResume() {
        ConsoleFixture console;
        const qint64 anna =
            console.engine().addUser("anna@acme.example", "Anna Acme", "active", "Europe/Berlin");
        UserScope scope =
            *UserScope::open(console.engine().database(), console.engine().clock(), anna);
        QCOMPARE(scope.leads()
                     .insertMany({lead("zoe@zeta.example", "Zoe"), lead("nn@zeta.example", "")},
                                 std::nullopt, QStringLiteral("csv"))
                     ->inserted,
                 2);
        CampaignsPage* page = openPage(console, anna);
        QVERIFY(page);
        QCOMPARE(page->model()->rowCount(), 0);

        QPointer<CampaignDialog> dialog = page->newCampaign();
        QVERIFY(dialog && dialog->isVisible());
        dialog->findChild<QLineEdit*>("campaignName")->setText("Spring push");
        auto* schedule = dialog->findChild<QComboBox*>("campaignSchedule");
        schedule->setCurrentIndex(schedule->findData(QStringLiteral("once")));
        auto* time = dialog->findChild<QLineEdit*>("campaignTime");
        time->setText("25:00");
        dialog->findChild<QLineEdit*>("campaignStart")->setText("2026-07-01");
        dialog->findChild<QLineEdit*>("campaignKeywords")->setText(" saas, fintech ,");
        auto* subject = dialog->findChild<QLineEdit*>("campaignSubject");
        subject->setText("A quick idea, {{firstName|there}}");
        auto* body = dialog->findChild<QPlainTextEdit*>("campaignBody");
        body->setPlainText("Hello {{firstName|there}},\nregards from {{senderCompany}}");

        // An impossible time: the error names the field, the dialog stays, nothing is stored.
        save(dialog);
        QVERIFY2(dialog->errorText().contains("Time") && dialog->errorText().contains("25:00"),
                 qPrintable(dialog->errorText()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(time->styleSheet().contains("border"), true);

        // An unknown variable: refused in the preview as typed, and on save.
        time->setText("10:30");
        body->setPlainText("Hello {{frstName|there}}");
        TemplatePreview* preview = dialog->preview();
        QTRY_VERIFY2(preview->errorText().contains("unknown variable 'frstName'"),
                     qPrintable(preview->errorText()));
        save(dialog);
        QVERIFY2(dialog->errorText().contains("Initial email") &&
                     dialog->errorText().contains("unknown variable 'frstName'"),
                 qPrintable(dialog->errorText()));
        // Refused before anything was sent to be stored: Save is still offered.
        QVERIFY(
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->isEnabled());
        QCOMPARE(console.engine().scalar("SELECT COUNT(*) FROM campaigns"), 0);
        QCOMPARE(console.engine().scalar("SELECT COUNT(*) FROM audit_log"), 0);

        // The preview for a chosen lead, and the fallback for a lead without a first name.
        body->setPlainText("Hello {{firstName|there}},\nregards from {{senderCompany}}");
        QCOMPARE(preview->leadCount(), 2);
        const int zoe = preview->findChild<QComboBox*>("previewLead")
                            ->findText("Zoe Sample <zoe@zeta.example>");
        QVERIFY(zoe >= 0);
        preview->selectLead(zoe);
        QTRY_COMPARE(preview->renderedBody(), QStringLiteral("Hello Zoe,\nregards from Anna Acme"));
        QCOMPARE(preview->renderedSubject(), QStringLiteral("A quick idea, Zoe"));
        QVERIFY(preview->errorText().isEmpty());
        preview->selectLead(1 - zoe);
        QTRY_COMPARE(preview->renderedBody(),
                     QStringLiteral("Hello there,\nregards from Anna Acme"));
        QCOMPARE(preview->renderedSubject(), QStringLiteral("A quick idea, there"));
        ConsoleFixture::screenshot(dialog, "campaign-dialog");

        save(dialog);
        QTRY_VERIFY(!dialog);
        QTRY_COMPARE(page->model()->rowCount(), 1);
        const QAbstractItemModel* model = page->model();
        QCOMPARE(model->index(0, CampaignsModel::Name).data().toString(), "Spring push");
        QCOMPARE(model->index(0, CampaignsModel::Status).data().toString(),
                 CampaignsModel::statusName("scheduled"));
        QCOMPARE(model->index(0, CampaignsModel::Keywords).data().toString(), "saas, fintech");
        QVERIFY(model->index(0, CampaignsModel::When).data().toString().contains("10:30"));
        QCOMPARE(console.engine().scalar("SELECT COUNT(*) FROM campaigns"), 1);
        QCOMPARE(console.engine().text("SELECT schedule_time FROM campaigns"), "10:30");
        QCOMPARE(console.engine().text("SELECT schedule_type FROM campaigns"), "once");
        QCOMPARE(console.engine().text("SELECT body_initial FROM campaigns"),
                 "Hello {{firstName|there}},\nregards from {{senderCompany}}");
        // 10:30 in Berlin (summer time) is 08:30 UTC.
        QCOMPARE(console.engine().scalar("SELECT next_run_at FROM campaigns"),
                 QDateTime(QDate(2026, 7, 1), QTime(8, 30), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(
            console.engine().scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'campaign.add'"),
            1);
        ConsoleFixture::screenshot(console.window(), "campaigns");

        // Edit: the stored campaign changes, its schedule and status stay.
        page->findChild<QTableView*>("campaignsTable")->selectRow(0);
        dialog = page->editCampaign();
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QLineEdit*>("campaignName")->text(), "Spring push");
        dialog->findChild<QSpinBox*>("campaignDailyLimit")->setValue(80);
        save(dialog);
        QTRY_VERIFY(!dialog);
        QTRY_COMPARE(console.engine().scalar("SELECT daily_limit FROM campaigns"), 80);
        QCOMPARE(console.engine().text("SELECT status FROM campaigns"), "scheduled");
        QCOMPARE(console.engine().scalar(
                     "SELECT COUNT(*) FROM audit_log WHERE action = 'campaign.edit'"),
                 1);

        // Pause and resume from the page.
        auto* pause = page->findChild<QPushButton*>("pauseCampaign");
        auto* resume = page->findChild<QPushButton*>("resumeCampaign");
        QTRY_VERIFY(pause->isEnabled());
        QVERIFY(!resume->isEnabled());
        pause->click();
        QTRY_COMPARE(model->index(0, CampaignsModel::Status).data().toString(),
                     CampaignsModel::statusName("paused"));
        QCOMPARE(console.engine().text("SELECT status FROM campaigns"), "paused");
        QTRY_VERIFY(resume->isEnabled());
        resume->click();
        QTRY_COMPARE(model->index(0, CampaignsModel::Status).data().toString(),
                     CampaignsModel::statusName("scheduled"));
        QCOMPARE(console.engine().scalar("SELECT COUNT(*) FROM audit_log WHERE action IN "
                                         "('campaign.pause', 'campaign.resume')"),
                 2);
    }

    void previewWithoutLeadsUsesAnExample() {
        ConsoleFixture console;
        const qint64 bob = console.engine().addUser("bob@bolt.example", "Bob Bolt");
        CampaignsPage* page = openPage(console, bob);
        QVERIFY(page);
        QPointer<CampaignDialog> dialog = page->newCampaign();
        QVERIFY(dialog);
        TemplatePreview* preview = dialog->preview();
        QCOMPARE(preview->leadCount(), 1);
        dialog->findChild<QLineEdit*>("campaignSubject")->setText("For {{company}}");
        dialog->findChild<QPlainTextEdit*>("campaignBody")->setPlainText("Hi {{firstName}}");
        QTRY_COMPARE(preview->renderedBody(), "Hi " + TemplatePreview::exampleLead().firstName);
        QCOMPARE(preview->renderedSubject(), "For " + TemplatePreview::exampleLead().company);
        dialog->reject();
    }

    void importCsvWithBadRows() {
        ConsoleFixture console;
        const qint64 anna = console.engine().addUser("anna@acme.example", "Anna Acme");
        const qint64 bob = console.engine().addUser("bob@bolt.example", "Bob Bolt");
        const qint64 dora = console.engine().addUser("dora@dash.example", "Dora Dash");
        UserScope annaScope =
            *UserScope::open(console.engine().database(), console.engine().clock(), anna);
        Campaign draft;
        draft.name = QStringLiteral("Imports");
        const qint64 campaign = annaScope.campaigns().add(draft)->id;
        UserScope bobScope =
            *UserScope::open(console.engine().database(), console.engine().clock(), bob);
        QVERIFY(bobScope.leads()
                    .insertMany({lead("ann@a.example", "Bobs Ann")}, std::nullopt,
                                QStringLiteral("csv"))
                    .ok());
        const QStringList bobBefore = leadsOf(console, bob);

        QTemporaryDir dir;
        const QString path = dir.filePath("leads.csv");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("email,firstName,lastName,company,title,score\n"
                   "ann@a.example,Ann,Alpha,A Co,CEO,\n"        // 2
                   "not-an-email,Bad,Row,B Co,CTO,\n"           // 3: email
                   ",No,Email,C Co,VP,\n"                       // 4: email empty
                   "cid@c.example,Cid,Gamma,C Co,Manager,150\n" // 5: score
                   "dan@d.example,Dan,Delta,D Co,Head of Sales,77\n"
                   "ANN@a.example,Ann,Again,A Co,CEO,\n" // 7: the same address again
                   "eve@e.example,Eve\n");               // 8: columns
        file.close();

        CampaignsPage* page = openPage(console, anna);
        QVERIFY(page);
        QTRY_COMPARE(page->model()->rowCount(), 1);
        QPointer<LeadImportDialog> dialog = page->importLeads();
        QVERIFY(dialog);
        dialog->previewFile(path);
        QTRY_VERIFY2(dialog->summaryText().contains("3 good rows, 4 with errors"),
                     qPrintable(dialog->summaryText()));
        LeadImportModel* model = dialog->model();
        QCOMPARE(model->rowCount(), 7);
        auto problemAt = [&](int line) {
            const int row =
                ConsoleFixture::findRow(model, LeadImportModel::Line, QString::number(line));
            return row < 0 ? QStringLiteral("(no row)")
                           : model->index(row, LeadImportModel::Problem).data().toString();
        };
        QVERIFY2(problemAt(3).contains("'not-an-email' is not a valid email address"),
                 qPrintable(problemAt(3)));
        QCOMPARE(problemAt(4), "email is empty");
        QVERIFY2(problemAt(5).contains("score '150'"), qPrintable(problemAt(5)));
        QVERIFY2(problemAt(8).contains("expected 6 columns, found 2"), qPrintable(problemAt(8)));
        QCOMPARE(problemAt(2), tr("OK"));
        QVERIFY(!model->isBad(0) && model->isBad(1));
        ConsoleFixture::screenshot(dialog, "lead-import");

        // Like the CLI without --skip-bad: a file with bad rows imports nothing.
        auto* import = dialog->findChild<QPushButton*>("importButton");
        QVERIFY(!import->isEnabled());
        QVERIFY(!dialog->canImport());
        dialog->setSkipBadRows(true);
        QVERIFY(import->isEnabled());
        dialog->chooseCampaign(campaign);
        import->click();
        QTRY_VERIFY2(dialog->resultText().startsWith("Imported 2 leads; 1 were already known; 4 "
                                                     "bad rows skipped"),
                     qPrintable(dialog->resultText()));
        QVERIFY(!import->isEnabled()); // no second import of the same file by accident

        // What the CLI stores from the same file for another user, and nothing else changed.
        const test::CtlResult cli =
            test::runCtl(console.engine().db().url(),
                         {"leads", "import", "--user", QString::number(dora), "--skip-bad", path});
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.err));
        QCOMPARE(leadsOf(console, anna), leadsOf(console, dora));
        QCOMPARE(leadsOf(console, anna).size(), 2);
        QCOMPARE(console.engine().scalar(QStringLiteral("SELECT COUNT(*) FROM leads WHERE "
                                                        "user_id = %1 AND campaign_id = %2")
                                             .arg(anna)
                                             .arg(campaign)),
                 2);
        QCOMPARE(leadsOf(console, bob), bobBefore);
        QCOMPARE(console.engine().scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE "
                                                        "action = 'leads.import' AND user_id = %1")
                                             .arg(anna)),
                 1);
        QVERIFY(
            console.engine()
                .text(QStringLiteral("SELECT details FROM audit_log WHERE user_id = %1").arg(anna))
                .contains("\"skipped\":4"));
    }
};

QTEST_MAIN(TestCampaignsPage)
#include "tst_campaigns_page.moc"
