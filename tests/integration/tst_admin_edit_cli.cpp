#include "CtlRunner.h"
#include "TestDatabase.h"
#include "admin/ImapAccountSetup.h"
#include "admin/SenderAccountSetup.h"
#include "core/Clock.h"
#include "store/UserRepository.h"
#include "store/UserScope.h"

#include <QJsonObject>
#include <QtTest>

using namespace outreach;
using namespace outreach::test;

// The CLI faces of the console's Settings edits: `senders edit`, `sources edit` and
// `senders imap-remove` change only what they are given, audited, through the same engine
// code as the console (SenderAccountSetup, LeadSourceSetup, ImapAccountSetup); bad values
// name their option and change nothing.
class TestAdminEditCli : public QObject {
    Q_OBJECT

    std::unique_ptr<TestDatabase> db;
    SystemClock clock;
    qint64 userId = 0;
    qint64 senderId = 0;

private Q_SLOTS:
    void init() {
        db = TestDatabase::create();
        User draft;
        draft.email = QStringLiteral("anna@acme.example");
        draft.name = QStringLiteral("Anna");
        Result<User> user = UserRepository(db->database(), clock).add(draft);
        QVERIFY(user);
        userId = user->id;
        SenderAccount sender;
        sender.fromAddress = QStringLiteral("anna@acme.example");
        sender.smtpHost = QStringLiteral("smtp.acme.example");
        Result<SenderAccountSetup::Saved> added =
            SenderAccountSetup::add(db->database(), clock, userId, sender, std::nullopt);
        QVERIFY(added);
        senderId = added->account.id;
    }

    void sendersEditChangesOnlyWhatIsGiven() {
        const QString id = QString::number(senderId);
        CtlResult bad = runCtl(db->url(), {"senders", "edit", id, "--smtp", "ftp://x"});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("smtp:"), qPrintable(bad.err));
        CtlResult edited =
            runCtl(db->url(), {"senders", "edit", id, "--smtp", "smtps://mailer@mail.acme.example",
                               "--daily-cap", "80", "--reason", "new relay"});
        QVERIFY2(edited.exitCode == 0, qPrintable(edited.err));
        Result<UserScope> scope = UserScope::open(db->database(), clock, userId);
        QVERIFY(scope);
        const SenderAccount stored = *scope->senders().find(senderId);
        QCOMPARE(stored.smtpHost, QStringLiteral("mail.acme.example"));
        QCOMPARE(stored.smtpPort, 465);
        QCOMPARE(stored.tlsMode, QStringLiteral("implicit"));
        QCOMPARE(stored.dailyCap, 80);
        QCOMPARE(stored.fromAddress, QStringLiteral("anna@acme.example")); // kept
        QVERIFY(runCtl(db->url(), {"audit"}).out.contains("sender.edit"));
        QCOMPARE(runCtl(db->url(), {"senders", "edit", "9999"}).exitCode, 2);
    }

    void sourcesEditChangesOnlyWhatIsGiven() {
        CtlResult added =
            runCtl(db->url(), {"--json", "sources", "add", "--user", QString::number(userId),
                               "--kind", "http-json", "--url", "https://leads.example/api"});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const QString id = QString::number(added.json().object().value("id").toInteger());
        CtlResult bad = runCtl(db->url(), {"sources", "edit", id, "--url", "ftp://leads"});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("--url"), qPrintable(bad.err));
        CtlResult edited =
            runCtl(db->url(), {"sources", "edit", id, "--monthly-quota", "42", "--disabled"});
        QVERIFY2(edited.exitCode == 0, qPrintable(edited.err));
        Result<UserScope> scope = UserScope::open(db->database(), clock, userId);
        QVERIFY(scope);
        const LeadSource stored = *scope->sources().find(id.toLongLong());
        QCOMPARE(stored.monthlyQuota, 42);
        QVERIFY(!stored.enabled);
        QCOMPARE(stored.endpoint, QStringLiteral("https://leads.example/api")); // kept
        QVERIFY(runCtl(db->url(), {"audit"}).out.contains("source.edit"));
    }

    void imapRemoveForgetsTheMailbox() {
        const QString id = QString::number(senderId);
        ImapAccount mailbox;
        mailbox.senderAccountId = senderId;
        mailbox.host = QStringLiteral("imap.acme.example");
        mailbox.username = QStringLiteral("anna");
        mailbox.useSmtpSecret = true;
        QVERIFY(ImapAccountSetup::save(db->database(), clock, mailbox, std::nullopt, {}));

        CtlResult removed = runCtl(db->url(), {"senders", "imap-remove", id, "--reason", "moved"});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        QVERIFY(removed.out.contains("no IMAP mailbox"));
        Result<UserScope> scope = UserScope::open(db->database(), clock, userId);
        QVERIFY(scope);
        QVERIFY(!scope->imapAccounts().find(senderId));
        QVERIFY(scope->senders().find(senderId)); // the account itself stays

        CtlResult again = runCtl(db->url(), {"senders", "imap-remove", id});
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains("imap: sender account"), qPrintable(again.err));
        CtlResult unknown = runCtl(db->url(), {"senders", "imap-remove", "9999"});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("sender"));
        QVERIFY(runCtl(db->url(), {"audit"}).out.contains("sender.imap-remove"));
    }
};

QTEST_GUILESS_MAIN(TestAdminEditCli)
#include "tst_admin_edit_cli.moc"
