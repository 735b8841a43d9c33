#include "CtlRunner.h"
#include "ReplyWorld.h"
#include "store/AuditRepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTcpServer>

#include <QtTest>

using namespace outreach;
using namespace outreach::test;
using replies::ReplyCheckReport;

// How the reply checker reads mailboxes (Dovecot): UIDVALIDITY changes are re-read without
// counting anything twice, a first read skips mail older than the first send, a broken mailbox
// fails its own user only, and `senders imap` / `senders imap-test` configure and test one.
class TestReplyMailboxes : public QObject {
    Q_OBJECT

    ReplyWorld world;

private slots:
    void initTestCase() { QVERIFY2(world.start(), qPrintable(world.error())); }
    void init() { QVERIFY(world.resetDatabase()); }

    void uidValidityChangeRescansWithoutDoubleCounting();
    void firstReadSkipsMailOlderThanTheFirstSend();
    void brokenMailboxFailsOnlyItsUser();
    void cliConfiguresAndTestsTheMailbox();
};

void TestReplyMailboxes::uidValidityChangeRescansWithoutDoubleCounting() {
    const qint64 a = world.addUser(QStringLiteral("a@agency.test"));
    const qint64 sender = world.addSender(a);
    const QString box = world.addMailbox(a, sender);
    const ReplyWorld::Conversation jane =
        world.converse(a, sender, QStringLiteral("jane@lead.example"));
    const ReplyWorld::Conversation max =
        world.converse(a, sender, QStringLiteral("max@lead.example"));
    const ReplyWorld::Conversation eva =
        world.converse(a, sender, QStringLiteral("eva@lead.example"));
    QVERIFY(world.deliver(box, ReplyWorld::reply(QStringLiteral("jane@lead.example"),
                                                 jane.messageId, "Re: Quick question")));
    QVERIFY(world.deliver(box, ReplyWorld::reply(QStringLiteral("max@lead.example"), max.messageId,
                                                 "Out of Office: Quick question")));
    QVERIFY(world.deliver(box, ReplyWorld::reply(QStringLiteral("eva@lead.example"), eva.messageId,
                                                 "Re: Quick question")));
    const ReplyCheckReport first = world.check(a);
    QVERIFY2(first.status().ok(), qPrintable(ReplyWorld::describe(first)));
    QCOMPARE(first.replies(), 2);
    QCOMPARE(first.mailboxes.value(0).autoReplies, 1);
    const qint64 firstReplyAt = *world.scope(a).leads().find(jane.leadId)->repliedAt;
    const quint32 oldValidity = first.mailboxes.value(0).uidValidity;
    QCOMPARE(world.scope(a)
                 .imapAccounts()
                 .mailboxState(sender, QStringLiteral("INBOX"))
                 ->value()
                 .lastSeenUid,
             3u);

    // The mailbox is rebuilt (a restore, a server move): its UIDs mean something else now.
    world.clock().advanceMs(3'600'000);
    QVERIFY2(world.dovecot().changeUidValidity(box, oldValidity + 1000),
             qPrintable(world.dovecot().error()));
    QVERIFY(world.deliver(box, ReplyWorld::reply(QStringLiteral("max@lead.example"), max.messageId,
                                                 "Re: Quick question")));
    const ReplyCheckReport second = world.check(a);
    QVERIFY2(second.status().ok(), qPrintable(ReplyWorld::describe(second)));
    const replies::MailboxReport& m = second.mailboxes.value(0);
    QVERIFY(m.rescanned);
    QCOMPARE(m.uidValidity, oldValidity + 1000);
    QCOMPARE(m.known, 3);   // read again, recognised, nothing done twice
    QCOMPARE(m.replies, 1); // only Max's new answer
    QCOMPARE(m.autoReplies, 0);
    QCOMPARE(*world.scope(a).leads().find(jane.leadId)->repliedAt, firstReplyAt);
    QCOMPARE(world.leadStatus(a, max.leadId), QStringLiteral("replied"));
    QCOMPARE(world.scope(a).inboundMail().list()->size(), 4);
    QCOMPARE(*world.scope(a).inboundMail().countSince(QStringLiteral("reply"), 0), 3);
    const std::optional<ImapMailboxState> state =
        *world.scope(a).imapAccounts().mailboxState(sender, QStringLiteral("INBOX"));
    QCOMPARE(state->uidValidity, oldValidity + 1000);
    QCOMPARE(state->lastSeenUid, 4u);
}

void TestReplyMailboxes::firstReadSkipsMailOlderThanTheFirstSend() {
    const qint64 a = world.addUser(QStringLiteral("a@agency.test"));
    const qint64 sender = world.addSender(a);
    const QString box = world.addMailbox(a, sender);
    // Years of mail in the mailbox before the first outreach, some of it from a future lead.
    for (int i = 0; i < 5; ++i)
        QVERIFY(world.dovecot().deliver(
            box,
            ReplyWorld::reply(QStringLiteral("jane@lead.example"),
                              QStringLiteral("<old%1@elsewhere.example>").arg(i),
                              "Old conversation"),
            world.clock().now().addDays(-400 + i)));
    const ReplyWorld::Conversation jane =
        world.converse(a, sender, QStringLiteral("jane@lead.example"));
    const ReplyCheckReport first = world.check(a);
    QVERIFY2(first.status().ok(), qPrintable(ReplyWorld::describe(first)));
    QCOMPARE(first.mailboxes.value(0).scanned, 0);
    QCOMPARE(world.leadStatus(a, jane.leadId), QStringLiteral("contacted"));
    // The old mail is behind us for good: the next check starts after it.
    QCOMPARE(world.scope(a)
                 .imapAccounts()
                 .mailboxState(sender, QStringLiteral("INBOX"))
                 ->value()
                 .lastSeenUid,
             5u);

    world.clock().advanceMs(3'600'000);
    QVERIFY(world.deliver(box, ReplyWorld::reply(QStringLiteral("jane@lead.example"),
                                                 QStringLiteral("<new@elsewhere.example>"),
                                                 "Your email")));
    const ReplyCheckReport second = world.check(a);
    QCOMPARE(second.mailboxes.value(0).scanned, 1);
    QCOMPARE(second.replies(), 1);
    QCOMPARE(world.leadStatus(a, jane.leadId), QStringLiteral("replied"));
}

void TestReplyMailboxes::brokenMailboxFailsOnlyItsUser() {
    const qint64 good = world.addUser(QStringLiteral("good@agency.test"));
    const qint64 wrong = world.addUser(QStringLiteral("wrong@agency.test"));
    const qint64 dead = world.addUser(QStringLiteral("dead@agency.test"));
    const qint64 goodSender = world.addSender(good);
    const QString goodBox = world.addMailbox(good, goodSender);
    const ReplyWorld::Conversation jane =
        world.converse(good, goodSender, QStringLiteral("jane@lead.example"));
    QVERIFY(world.deliver(goodBox, ReplyWorld::reply(QStringLiteral("jane@lead.example"),
                                                     jane.messageId, "Re: Quick question")));

    const qint64 wrongSender = world.addSender(wrong);
    QVERIFY(!world.addMailbox(wrong, wrongSender, QStringLiteral("not-the-password")).isEmpty());

    const qint64 deadSender = world.addSender(dead);
    QVERIFY(!world.addMailbox(dead, deadSender).isEmpty());
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    ImapAccount deadAccount = *world.scope(dead).imapAccounts().find(deadSender);
    deadAccount.host = QStringLiteral("127.0.0.1");
    deadAccount.port = closedPort;
    QVERIFY(world.scope(dead).imapAccounts().save(deadAccount));
    // The same user's second, working mailbox is still read.
    const qint64 deadSecond = world.addSender(dead);
    const QString deadSecondBox = world.addMailbox(dead, deadSecond);
    const ReplyWorld::Conversation max =
        world.converse(dead, deadSecond, QStringLiteral("max@lead.example"));
    QVERIFY(world.deliver(deadSecondBox, ReplyWorld::reply(QStringLiteral("max@lead.example"),
                                                           max.messageId, "Re: Quick question")));

    const ReplyCheckReport wrongReport = world.check(wrong);
    QVERIFY(!wrongReport.status().ok());
    QVERIFY2(wrongReport.status().error().message.contains(QStringLiteral("login as")),
             qPrintable(wrongReport.status().error().message));
    QVERIFY(!wrongReport.status().error().message.contains(QStringLiteral("not-the-password")));
    QVERIFY(world.scope(wrong)
                .imapAccounts()
                .find(wrongSender)
                ->lastError.contains(QStringLiteral("AUTHENTICATIONFAILED")));

    const ReplyCheckReport deadReport = world.check(dead);
    QVERIFY(!deadReport.status().ok());
    QVERIFY2(deadReport.status().error().message.contains(QStringLiteral("IMAP connection to")),
             qPrintable(deadReport.status().error().message));
    QCOMPARE(deadReport.failures(), 1);
    QCOMPARE(deadReport.replies(), 1);
    QCOMPARE(world.leadStatus(dead, max.leadId), QStringLiteral("replied"));

    const ReplyCheckReport goodReport = world.check(good);
    QVERIFY(goodReport.status().ok());
    QCOMPARE(goodReport.replies(), 1);
    QCOMPARE(world.leadStatus(good, jane.leadId), QStringLiteral("replied"));
    QVERIFY(world.scope(good).imapAccounts().find(goodSender)->lastError.isEmpty());

    // A password that is nowhere is that mailbox's error too, not a crash of the check.
    qunsetenv(world.scope(good).imapAccounts().find(goodSender)->passwordEnv.toLatin1());
    const ReplyCheckReport noSecret = world.check(good);
    QVERIFY(!noSecret.status().ok());
    QVERIFY(noSecret.status().error().message.contains(QStringLiteral("is not set")));
}

void TestReplyMailboxes::cliConfiguresAndTestsTheMailbox() {
    const qint64 a = world.addUser(QStringLiteral("a@agency.test"));
    const qint64 sender = world.addSender(a);
    QString password;
    const QString name = world.takeMailbox(&password);
    QVERIFY(!name.isEmpty());
    QProcessEnvironment env;
    env.insert(QStringLiteral("OUTREACH_KEYCHAIN"), QStringLiteral("off"));
    env.insert(QStringLiteral("CLI_IMAP_PW"), password);
    const QString url =
        QStringLiteral("imaps://%1@localhost:%2").arg(name).arg(world.dovecot().imapsPort());
    const QString id = QString::number(sender);

    CtlResult set =
        runCtl(world.db().url(),
               {QStringLiteral("senders"), QStringLiteral("imap"), id, QStringLiteral("--imap"),
                url, QStringLiteral("--password-env"), QStringLiteral("CLI_IMAP_PW"),
                QStringLiteral("--ca-cert"), world.dovecot().certificatePath(),
                QStringLiteral("--reason"), QStringLiteral("reply tracking")},
               env);
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    QVERIFY(set.out.contains(QStringLiteral("mailbox INBOX")));
    QVERIFY(!set.out.contains(QStringLiteral("secret-")));
    const ImapAccount stored = *world.scope(a).imapAccounts().find(sender);
    QCOMPARE(stored.username, name);
    QCOMPARE(stored.tlsMode, QStringLiteral("implicit"));

    // `senders list` shows which accounts have a mailbox the reply checker reads.
    const QJsonArray listed =
        runCtl(world.db().url(),
               {QStringLiteral("--json"), QStringLiteral("senders"), QStringLiteral("list"),
                QStringLiteral("--user"), QString::number(a)},
               env)
            .json()
            .array();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first()[QStringLiteral("imap")][QStringLiteral("username")].toString(), name);
    QVERIFY(
        runCtl(world.db().url(), {QStringLiteral("senders"), QStringLiteral("list")}, env)
            .out.contains(QStringLiteral("localhost:%1/INBOX").arg(world.dovecot().imapsPort())));

    QVERIFY(world.deliver(
        name, ReplyWorld::reply(QStringLiteral("x@y.example"), QStringLiteral("<a@b>"), "Hi")));
    CtlResult test = runCtl(
        world.db().url(),
        {QStringLiteral("--json"), QStringLiteral("senders"), QStringLiteral("imap-test"), id},
        env);
    QVERIFY2(test.exitCode == 0, qPrintable(test.err));
    const QJsonObject probe = test.json().object();
    QCOMPARE(probe.value(QStringLiteral("messages")).toInt(), 1);
    QVERIFY(probe.value(QStringLiteral("encrypted")).toBool());
    QVERIFY(probe.value(QStringLiteral("uidValidity")).toInteger() > 0);

    env.insert(QStringLiteral("CLI_IMAP_PW"), QStringLiteral("wrong"));
    CtlResult refused =
        runCtl(world.db().url(), {QStringLiteral("senders"), QStringLiteral("imap-test"), id}, env);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("AUTHENTICATIONFAILED")), qPrintable(refused.err));

    CtlResult unknown = runCtl(
        world.db().url(),
        {QStringLiteral("senders"), QStringLiteral("imap-test"), QStringLiteral("9999")}, env);
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains(QStringLiteral("sender")));
    CtlResult badUrl = runCtl(world.db().url(),
                              {QStringLiteral("senders"), QStringLiteral("imap"), id,
                               QStringLiteral("--imap"), QStringLiteral("pop3://x@host")},
                              env);
    QCOMPARE(badUrl.exitCode, 2);
    QVERIFY(badUrl.err.contains(QStringLiteral("imap")));
    CtlResult cleartext =
        runCtl(world.db().url(),
               {QStringLiteral("senders"), QStringLiteral("imap"), id, QStringLiteral("--imap"),
                QStringLiteral("imap://x@host?tls=none")},
               env);
    QCOMPARE(cleartext.exitCode, 2);
    QVERIFY(cleartext.err.contains(QStringLiteral("unencrypted")));

    const QList<AuditEntry> audit =
        *AuditRepository(world.db().database(), world.clock()).latest(50);
    QStringList actions;
    for (const AuditEntry& e : audit)
        actions << e.action;
    QCOMPARE(actions.count(QStringLiteral("sender.imap")), 1);
    QCOMPARE(actions.count(QStringLiteral("sender.imap-test")), 2);
}

QTEST_GUILESS_MAIN(TestReplyMailboxes)
#include "tst_reply_mailboxes.moc"
