#include "ConsoleFixture.h"
#include "DovecotServer.h"
#include "EmlInspector.h"
#include "SmtpTestServer.h"
#include "admin/SenderAccountSetup.h"
#include "data/SavedDataLocation.h"
#include "dialogs/ImapDialog.h"
#include "dialogs/LeadSourceDialog.h"
#include "dialogs/SenderDialog.h"
#include "models/LeadSourcesModel.h"
#include "models/SendersModel.h"
#include "pages/SettingsPage.h"
#include "widgets/DataLocationPanel.h"
#include "widgets/JobPacingPanel.h"
#include "widgets/LeadSourcesPanel.h"
#include "widgets/MailSettingsPanel.h"
#include "widgets/MessageBar.h"
#include "widgets/SendersPanel.h"
#include "widgets/UserPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QInputDialog>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace outreach;
using namespace outreach::ui;
using outreach::test::ConsoleFixture;

// The Settings page against real parts: senders added through the dialog and stored without
// their password, test emails through a real SMTP server (aiosmtpd), IMAP checks against a
// real Dovecot, job pacing through the engine, agency mail settings refused by the send
// path's own rules, and the data location for the next start.
class TestSettingsPage : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_config;

    static SettingsPage* openSettings(ConsoleFixture& console, qint64 userId) {
        console.window()->showPage("settings");
        SettingsPage* page = console.window()->settingsPage();
        // The user list comes from the engine; the panel loads that user's accounts.
        [&] { QTRY_COMPARE(page->senders()->userPicker()->userId(), std::optional(userId)); }();
        page->senders()->userPicker()->selectUser(userId);
        return page;
    }

    static qint64 addSender(ConsoleFixture& console, qint64 userId, quint16 port,
                            const QString& passwordEnv) {
        SenderAccount draft;
        draft.fromName = QStringLiteral("Anna Acme");
        draft.fromAddress = QStringLiteral("anna@acme.example");
        draft.smtpHost = QStringLiteral("127.0.0.1");
        draft.smtpPort = port;
        draft.tlsMode = QStringLiteral("none");
        draft.smtpUsername = QStringLiteral("mailer");
        draft.passwordEnv = passwordEnv;
        draft.allowPlaintextAuth = true;
        Result<SenderAccountSetup::Saved> saved = SenderAccountSetup::add(
            console.engine().database(), console.engine().clock(), userId, draft, std::nullopt);
        return saved ? saved->account.id : 0;
    }

    // Whether `secret` is stored anywhere: every byte of an SQLite file (and its WAL), or on
    // PostgreSQL every text column the sender and audit rows have.
    static bool databaseContains(ConsoleFixture& console, const QByteArray& secret) {
        test::TestDatabase& db = console.engine().db();
        if (!db.isPostgres()) {
            const QDir dir(db.tempPath());
            for (const QString& name : dir.entryList(QDir::Files)) {
                QFile file(dir.filePath(name));
                if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret))
                    return true;
            }
            return false;
        }
        const QString like = QStringLiteral("'%") + QString::fromLatin1(secret) + "%'";
        return console.engine().scalar(
                   "SELECT COUNT(*) FROM sender_accounts WHERE from_name LIKE " + like +
                   " OR smtp_username LIKE " + like + " OR password_env LIKE " + like +
                   " OR smtp_host LIKE " + like) != 0 ||
               console.engine().scalar("SELECT COUNT(*) FROM audit_log WHERE details LIKE " +
                                       like) != 0;
    }

    template <typename T> static T* dialog(QWidget* parent, const char* name) {
        T* found = nullptr;
        [&] { QTRY_VERIFY((found = parent->findChild<T*>(name)) != nullptr); }();
        return found;
    }

    static void sendTest(SendersPanel* panel, const QString& to) {
        panel->sendTestSelected();
        auto* ask = dialog<QInputDialog>(panel, "testSendDialog");
        QVERIFY(ask);
        ask->setTextValue(to);
        ask->accept();
    }

    // Waits for the panel's answer to a test: the information line is replaced by the result.
    static bool waitForOutcome(SendersPanel* panel) {
        return QTest::qWaitFor(
            [&] {
                return !panel->isBusy() &&
                       panel->messageBar()->kind() != MessageBar::Kind::Information;
            },
            30'000);
    }

private Q_SLOTS:
    void initTestCase() {
        // The saved data location lives in the console's settings file: a throw-away one.
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
        QCOMPARE(qgetenv("OUTREACH_KEYCHAIN"), QByteArray("off"));
    }

    void addSenderThroughTheDialogAndSendATestEmail() {
        test::SmtpTestServer smtp;
        QVERIFY2(smtp.start({"--auth", "mailer:s3cret-smtp", "--auth-plaintext"}),
                 qPrintable(smtp.error()));
        qputenv("SETTINGS_SMTP_PW", "s3cret-smtp");
        ConsoleFixture console;
        const qint64 anna = console.engine().addUser("anna@acme.example", "Anna Acme");
        QVERIFY(console.open());
        SettingsPage* page = openSettings(console, anna);
        SendersPanel* panel = page->senders();

        panel->addSender();
        auto* form = dialog<SenderDialog>(panel, "senderDialog");
        QVERIFY(form);
        // No keychain in this session: a typed password could not be kept, so it is not asked.
        QVERIFY(!form->findChild<QLineEdit*>("senderPassword")->isEnabled());
        form->findChild<QLineEdit*>("senderFrom")->setText("Anna Acme <anna@@acme>");
        form->findChild<QLineEdit*>("senderSmtpUrl")
            ->setText(QStringLiteral("smtp://mailer@127.0.0.1:%1?tls=none").arg(smtp.port()));
        form->findChild<QLineEdit*>("senderPasswordEnv")->setText("SETTINGS_SMTP_PW");
        form->findChild<QCheckBox*>("senderAllowPlaintext")->setChecked(true);
        form->accept();
        QVERIFY(form->isVisible()); // refused, naming the field
        QVERIFY2(form->errorText().startsWith("from"), qPrintable(form->errorText()));
        QCOMPARE(console.engine().scalar("SELECT COUNT(*) FROM sender_accounts"), qint64(0));

        form->findChild<QLineEdit*>("senderFrom")->setText("Anna Acme <anna@acme.example>");
        form->accept();
        QTRY_COMPARE(panel->model()->rowCount(), 1);
        QTRY_COMPARE(panel->messageBar()->kind(), MessageBar::Kind::Positive);
        const SenderAccount listed = *panel->model()->senderAt(0);
        QCOMPARE(listed.fromAddress, QStringLiteral("anna@acme.example"));
        QCOMPARE(listed.smtpPort, int(smtp.port()));
        QCOMPARE(listed.tlsMode, QStringLiteral("none"));
        QCOMPARE(panel->model()->index(0, SendersModel::Secret).data().toString(),
                 QStringLiteral("$SETTINGS_SMTP_PW"));
        QCOMPARE(console.engine().text("SELECT password_env FROM sender_accounts"),
                 QStringLiteral("SETTINGS_SMTP_PW"));
        QCOMPARE(console.engine().scalar("SELECT COUNT(*) FROM audit_log WHERE action = "
                                         "'sender.add'"),
                 qint64(1));

        QVERIFY(panel->selectSender(listed.id));
        sendTest(panel, "lead@example.org");
        QVERIFY(waitForOutcome(panel));
        QVERIFY2(panel->messageBar()->kind() == MessageBar::Kind::Positive,
                 qPrintable(panel->messageBar()->text()));
        QVERIFY(panel->messageBar()->text().contains("lead@example.org"));
        const QList<QByteArray> received = smtp.messages();
        QCOMPARE(received.size(), 1);
        const QJsonObject parsed = test::EmlInspector::parse(received.first());
        QCOMPARE(test::EmlInspector::headerValues(parsed, "Subject"),
                 QStringList{"Test message from Outreach Console"});
        QCOMPARE(test::EmlInspector::headerValues(parsed, "To"), QStringList{"lead@example.org"});
        QVERIFY(
            test::EmlInspector::headerValues(parsed, "From").first().contains("anna@acme.example"));
        QCOMPARE(smtp.envelopes().first().value("auth").toString(), QStringLiteral("mailer"));
        QCOMPARE(console.engine().scalar("SELECT COUNT(*) FROM audit_log WHERE action = "
                                         "'sender.test'"),
                 qint64(1));
        // The password was used, and is nowhere in the database.
        QVERIFY(databaseContains(console, "SETTINGS_SMTP_PW")); // the check does see rows
        QVERIFY(!databaseContains(console, "s3cret-smtp"));
        ConsoleFixture::screenshot(console.window(), "settings");
    }

    void aRefusedLoginOrADeadServerIsShown() {
        test::SmtpTestServer smtp;
        QVERIFY2(smtp.start({"--auth", "mailer:right", "--auth-plaintext"}),
                 qPrintable(smtp.error()));
        qputenv("SETTINGS_WRONG_PW", "wrong");
        // A port nothing listens on: taken, then given back.
        quint16 deadPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            deadPort = probe.serverPort();
        }
        ConsoleFixture console;
        const qint64 anna = console.engine().addUser("anna@acme.example", "Anna Acme");
        const qint64 refused = addSender(console, anna, smtp.port(), "SETTINGS_WRONG_PW");
        const qint64 dead = addSender(console, anna, deadPort, "SETTINGS_WRONG_PW");
        QVERIFY(refused && dead);
        QVERIFY(console.open());
        SendersPanel* panel = openSettings(console, anna)->senders();
        QTRY_COMPARE(panel->model()->rowCount(), 2);

        QVERIFY(panel->selectSender(refused));
        sendTest(panel, "lead@example.org");
        QVERIFY(waitForOutcome(panel));
        QCOMPARE(panel->messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY2(panel->messageBar()->text().contains("535"),
                 qPrintable(panel->messageBar()->text()));
        QCOMPARE(smtp.messages().size(), 0);

        QVERIFY(panel->selectSender(dead));
        sendTest(panel, "lead@example.org");
        QVERIFY(waitForOutcome(panel));
        QCOMPARE(panel->messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY2(panel->messageBar()->text().contains(
                     QStringLiteral("sender %1: test send to lead@example.org failed").arg(dead)),
                 qPrintable(panel->messageBar()->text()));
        // A failed test is not retried later behind the admin's back.
        QCOMPARE(console.engine().scalar("SELECT COUNT(*) FROM outbox WHERE status IN "
                                         "('pending', 'retry')"),
                 qint64(0));
    }

    void imapMailboxIsSetAndTested() {
        if (!test::DovecotServer::installed())
            QSKIP("dovecot-imapd is not installed");
        test::DovecotServer dovecot;
        QVERIFY(dovecot.addUser("jane", "imap-s3cret"));
        QVERIFY2(dovecot.start(), qPrintable(dovecot.error()));
        QVERIFY(dovecot.deliver("jane", "From: a@b.example\r\nTo: jane@acme.example\r\n"
                                        "Subject: hi\r\n\r\nHello\r\n"));
        qputenv("SETTINGS_IMAP_PW", "imap-s3cret");
        ConsoleFixture console;
        const qint64 anna = console.engine().addUser("anna@acme.example", "Anna Acme");
        const qint64 sender = addSender(console, anna, 2525, QString());
        QVERIFY(sender);
        QVERIFY(console.open());
        SendersPanel* panel = openSettings(console, anna)->senders();
        QTRY_COMPARE(panel->model()->rowCount(), 1);
        QVERIFY(panel->selectSender(sender));

        panel->editImapSelected();
        auto* form = dialog<ImapDialog>(panel, "imapDialog");
        QVERIFY(form);
        form->findChild<QLineEdit*>("imapHost")->setText("localhost");
        form->findChild<QSpinBox*>("imapPort")->setValue(dovecot.imapsPort());
        form->findChild<QLineEdit*>("imapUsername")->setText("jane");
        form->findChild<QLineEdit*>("imapPasswordEnv")->setText("SETTINGS_IMAP_PW");
        form->findChild<QLineEdit*>("imapMailbox")->setText("");
        form->accept();
        QVERIFY2(form->errorText().startsWith("mailbox"), qPrintable(form->errorText()));
        form->findChild<QLineEdit*>("imapMailbox")->setText("INBOX");
        form->findChild<QLineEdit*>("imapCaCert")->setText(dovecot.certificatePath());
        form->accept();
        QTRY_VERIFY(panel->model()->mailboxOf(sender) != nullptr);
        QCOMPARE(panel->model()->mailboxOf(sender)->passwordEnv,
                 QStringLiteral("SETTINGS_IMAP_PW"));
        QVERIFY(!panel->model()->mailboxOf(sender)->useSmtpSecret);
        QVERIFY(!databaseContains(console, "imap-s3cret"));

        QVERIFY(panel->selectSender(sender));
        panel->testImapSelected();
        QVERIFY(waitForOutcome(panel));
        QVERIFY2(panel->messageBar()->kind() == MessageBar::Kind::Positive,
                 qPrintable(panel->messageBar()->text()));
        QVERIFY2(panel->messageBar()->text().contains("INBOX") &&
                     panel->messageBar()->text().contains("1 message"),
                 qPrintable(panel->messageBar()->text()));

        qputenv("SETTINGS_IMAP_PW", "not-the-password");
        panel->testImapSelected();
        QVERIFY(waitForOutcome(panel));
        QCOMPARE(panel->messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY2(panel->messageBar()->text().contains("AUTHENTICATIONFAILED"),
                 qPrintable(panel->messageBar()->text()));
        ConsoleFixture::screenshot(console.window(), "settings-imap-refused");
        QCOMPARE(console.engine().scalar("SELECT COUNT(*) FROM audit_log WHERE action = "
                                         "'sender.imap-test'"),
                 qint64(2));

        // Cleared: the reply checker no longer has a mailbox for this sender.
        panel->removeImapSelected();
        auto* confirm = dialog<QInputDialog>(panel, "removeImapDialog");
        QVERIFY(confirm);
        confirm->setTextValue("mailbox moved");
        confirm->accept();
        QTRY_VERIFY(panel->model()->mailboxOf(sender) == nullptr);
        QCOMPARE(console.engine().scalar("SELECT COUNT(*) FROM sender_imap"), qint64(0));
        QCOMPARE(console.engine().scalar("SELECT COUNT(*) FROM audit_log WHERE action = "
                                         "'sender.imap-remove' AND reason = 'mailbox moved'"),
                 qint64(1));
    }

    void leadSourcesAreAddedAndEdited() {
        qputenv("SETTINGS_LEADS_KEY", "api-s3cret");
        ConsoleFixture console;
        const qint64 anna = console.engine().addUser("anna@acme.example", "Anna Acme");
        QVERIFY(console.open());
        SettingsPage* page = openSettings(console, anna);
        page->showTab(SettingsPage::Sources);
        LeadSourcesPanel* sources = page->sources();
        QTRY_COMPARE(sources->userPicker()->userId(), std::optional(anna));

        sources->addSource();
        auto* form = dialog<LeadSourceDialog>(sources, "leadSourceDialog");
        QVERIFY(form);
        auto* kind = form->findChild<QComboBox*>("sourceKind");
        kind->setCurrentIndex(kind->findData("http-json"));
        form->findChild<QLineEdit*>("sourceUrl")->setText("ftp://leads.example/api");
        form->findChild<QLineEdit*>("sourceApiKeyEnv")->setText("SETTINGS_LEADS_KEY");
        form->findChild<QSpinBox*>("sourceMonthlyQuota")->setValue(250);
        form->findChild<QDoubleSpinBox*>("sourceCostPerCall")->setValue(0.25);
        form->accept();
        QVERIFY2(form->errorText().startsWith("url"), qPrintable(form->errorText()));
        form->findChild<QLineEdit*>("sourceUrl")->setText("https://leads.example/api");
        form->accept();
        QTRY_COMPARE(sources->model()->rowCount(), 1);
        const LeadSource added = *sources->model()->sourceAt(0);
        QCOMPARE(added.kind, QStringLiteral("http-json"));
        QCOMPARE(added.monthlyQuota, 250);
        QCOMPARE(added.costPerCall, 0.25);
        QCOMPARE(added.apiKeyEnv, QStringLiteral("SETTINGS_LEADS_KEY"));

        QVERIFY(sources->selectSource(added.id));
        sources->editSelected();
        form = dialog<LeadSourceDialog>(sources, "leadSourceDialog");
        QVERIFY(form);
        form->findChild<QSpinBox*>("sourceMonthlyQuota")->setValue(900);
        form->accept();
        QTRY_COMPARE(sources->model()->sourceAt(0)->monthlyQuota, 900);
        QCOMPARE(console.engine().scalar("SELECT monthly_quota FROM lead_sources"), qint64(900));
        QCOMPARE(console.engine().scalar("SELECT COUNT(*) FROM audit_log WHERE action IN "
                                         "('source.add', 'source.edit')"),
                 qint64(2));
    }

    void aSenderIsEdited() {
        ConsoleFixture console;
        const qint64 anna = console.engine().addUser("anna@acme.example", "Anna Acme");
        const qint64 sender = addSender(console, anna, 2525, "SETTINGS_SMTP_PW");
        QVERIFY(console.open());
        SendersPanel* panel = openSettings(console, anna)->senders();
        QTRY_COMPARE(panel->model()->rowCount(), 1);
        QVERIFY(panel->selectSender(sender));
        panel->editSelected();
        auto* form = dialog<SenderDialog>(panel, "senderDialog");
        QVERIFY(form);
        QCOMPARE(form->findChild<QSpinBox*>("senderPort")->value(), 2525);
        form->findChild<QLineEdit*>("senderHost")->setText("smtp.acme.example");
        form->findChild<QSpinBox*>("senderPort")->setValue(465);
        auto* tls = form->findChild<QComboBox*>("senderTls");
        tls->setCurrentIndex(tls->findData("implicit"));
        form->findChild<QSpinBox*>("senderDailyCap")->setValue(120);
        form->accept();
        QTRY_COMPARE(panel->model()->senderAt(0)->smtpPort, 465);
        QCOMPARE(panel->model()->senderAt(0)->smtpHost, QStringLiteral("smtp.acme.example"));
        QCOMPARE(console.engine().scalar("SELECT daily_cap FROM sender_accounts"), qint64(120));
        QCOMPARE(console.engine().text("SELECT tls_mode FROM sender_accounts"),
                 QStringLiteral("implicit"));
        QCOMPARE(console.engine().scalar("SELECT COUNT(*) FROM audit_log WHERE action = "
                                         "'sender.edit'"),
                 qint64(1));
    }

    void jobPacingGoesThroughTheEngine() {
        ConsoleFixture console;
        const qint64 anna = console.engine().addUser("anna@acme.example", "Anna Acme");
        QVERIFY(console.open());
        SettingsPage* page = openSettings(console, anna);
        page->showTab(SettingsPage::Limits);
        JobPacingPanel* pacing = page->pacing();
        QTRY_VERIFY(pacing->table()->rowCount() > 0);
        const QString job = pacing->table()->item(0, 0)->text();
        QVERIFY(pacing->selectJob(job));
        pacing->setPacing(1500, 90'000);
        pacing->apply();
        QTRY_COMPARE(pacing->messageBar()->kind(), MessageBar::Kind::Positive);
        QVERIFY(!pacing->isWaiting());
        const QString where = QStringLiteral(" FROM job_settings WHERE job = '%1'").arg(job);
        QCOMPARE(console.engine().scalar("SELECT pacing_ms" + where), qint64(1500));
        QCOMPARE(console.engine().scalar("SELECT grace_ms" + where), qint64(90'000));
        QCOMPARE(pacing->table()->item(0, 1)->data(Qt::UserRole).toLongLong(), qint64(1500));
        ConsoleFixture::screenshot(console.window(), "settings-limits");
    }

    void aBadMailSettingIsRefusedAndNothingIsStored() {
        ConsoleFixture console;
        const qint64 anna = console.engine().addUser("anna@acme.example", "Anna Acme");
        QVERIFY(console.open());
        SettingsPage* page = openSettings(console, anna);
        page->showTab(SettingsPage::Limits);
        MailSettingsPanel* mail = page->mail();
        QTRY_VERIFY(!mail->isBusy());
        const QString count =
            QStringLiteral("SELECT COUNT(*) FROM engine_settings WHERE key = 'mail.max-attempts'");
        QCOMPARE(console.engine().scalar(count), qint64(0));

        mail->field("mail.max-attempts")->setText("lots");
        mail->save();
        QTRY_VERIFY(!mail->isBusy());
        QCOMPARE(mail->messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY2(mail->messageBar()->text().contains("mail.max-attempts"),
                 qPrintable(mail->messageBar()->text()));
        QCOMPARE(console.engine().scalar(count), qint64(0));
        QCOMPARE(console.engine().scalar("SELECT COUNT(*) FROM audit_log WHERE target_id = "
                                         "'mail.max-attempts'"),
                 qint64(0));
        QCOMPARE(mail->field("mail.max-attempts")->text(), QString()); // what is stored

        mail->field("mail.max-attempts")->setText("7");
        mail->save();
        QTRY_VERIFY(!mail->isBusy());
        QCOMPARE(mail->messageBar()->kind(), MessageBar::Kind::Positive);
        QCOMPARE(console.engine().text("SELECT value FROM engine_settings WHERE key = "
                                       "'mail.max-attempts'"),
                 QStringLiteral("7"));
    }

    void dataLocationForTheNextStart() {
        ConsoleFixture console;
        const qint64 anna = console.engine().addUser("anna@acme.example", "Anna Acme");
        QVERIFY(console.open());
        SettingsPage* page = openSettings(console, anna);
        page->showTab(SettingsPage::DataLocation);
        DataLocationPanel* data = page->dataLocation();
        SavedDataLocation::clear();

        data->setPostgresUrl("mysql://db.example/outreach");
        QVERIFY(!data->save());
        QVERIFY2(data->messageBar()->text().startsWith("Data location:"),
                 qPrintable(data->messageBar()->text()));
        data->setPostgresUrl("postgresql://bob:hunter2@db.example/outreach");
        QVERIFY(!data->save());
        QVERIFY(data->messageBar()->text().contains("password"));
        QVERIFY(!data->messageBar()->text().contains("hunter2"));
        data->setSqliteFile("relative.db");
        QVERIFY(!data->save());
        QCOMPARE(SavedDataLocation::load(), QString()); // nothing was kept

        data->setPostgresUrl("postgresql://bob@db.example:5433/outreach");
        QVERIFY(data->save());
        QCOMPARE(SavedDataLocation::load(),
                 QStringLiteral("postgresql://bob@db.example:5433/outreach"));
        const QString file = m_config.filePath("elsewhere/outreach.db");
        data->setSqliteFile(file);
        QVERIFY(data->save());
        QCOMPARE(SavedDataLocation::load(), QStringLiteral("sqlite:") + file);
        QVERIFY(data->savedText().contains(file));
        QCOMPARE(data->messageBar()->kind(), MessageBar::Kind::Positive);
        ConsoleFixture::screenshot(console.window(), "settings-data-location");
        // The next start (ConsoleLauncher) uses it unless --db or OUTREACH_DB say otherwise.
        QCOMPARE(SavedDataLocation::choose({}, {}, "sqlite:/default.db"),
                 QStringLiteral("sqlite:") + file);
        QCOMPARE(SavedDataLocation::choose({}, "sqlite:/env.db", "sqlite:/default.db"),
                 QStringLiteral("sqlite:/env.db"));
        QCOMPARE(SavedDataLocation::choose("sqlite:/cli.db", "sqlite:/env.db", "sqlite:/d.db"),
                 QStringLiteral("sqlite:/cli.db"));
        data->useDefault();
        QCOMPARE(SavedDataLocation::load(), QString());
        QCOMPARE(SavedDataLocation::choose({}, {}, "sqlite:/default.db"),
                 QStringLiteral("sqlite:/default.db"));
    }
};

QTEST_MAIN(TestSettingsPage)
#include "tst_settings_page.moc"
