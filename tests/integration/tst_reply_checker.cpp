#include "ReplyWorld.h"
#include "mail/EmailAddress.h"
#include "outbox/UnsubscribeLink.h"

#include <QtTest>

using namespace outreach;
using namespace outreach::test;
using replies::ReplyCheckReport;

// What the reply checker does with what it finds in a real mailbox (Dovecot): replies stop the
// sequence of the right lead of the right user, automatic replies do not, delivery reports
// with a 5.x.x status bounce and suppress, mail to the unsubscribe address unsubscribes.
class TestReplyChecker : public QObject {
    Q_OBJECT

    ReplyWorld world;

private slots:
    void initTestCase() { QVERIFY2(world.start(), qPrintable(world.error())); }
    void init() { QVERIFY(world.resetDatabase()); }

    void replyThreadsToTheRightLeadOfTheRightUser();
    void replyFromTheLeadsAddressWithoutThreadingStillCounts();
    void outOfOfficeDoesNotStopTheSequence();
    void bounceReportSuppressesTheAddress();
    void mailToTheUnsubscribeAddressUnsubscribes();
};

void TestReplyChecker::replyThreadsToTheRightLeadOfTheRightUser() {
    const qint64 a = world.addUser(QStringLiteral("a@agency.test"));
    const qint64 b = world.addUser(QStringLiteral("b@agency.test"));
    const qint64 senderA = world.addSender(a);
    const qint64 senderB = world.addSender(b);
    const QString boxA = world.addMailbox(a, senderA);
    QVERIFY(!boxA.isEmpty());
    QVERIFY(!world.addMailbox(b, senderB).isEmpty());
    // Both users write to the same person.
    const ReplyWorld::Conversation withA =
        world.converse(a, senderA, QStringLiteral("jane@lead.example"));
    const ReplyWorld::Conversation withB =
        world.converse(b, senderB, QStringLiteral("jane@lead.example"));
    QVERIFY(withA.leadId && withB.leadId);

    // Jane's colleague answers A's email: the thread, not the address, names the lead.
    QVERIFY(world.deliver(boxA, ReplyWorld::reply(QStringLiteral("Boss <boss@lead.example>"),
                                                  withA.messageId, "Re: Quick question")));
    world.clock().advanceMs(60'000);
    const ReplyCheckReport reportA = world.check(a);
    QVERIFY2(reportA.status().ok(), qPrintable(ReplyWorld::describe(reportA)));
    QCOMPARE(reportA.replies(), 1);
    const Lead leadA = *world.scope(a).leads().find(withA.leadId);
    QCOMPARE(leadA.status, QStringLiteral("replied"));
    QCOMPARE(*leadA.repliedAt, world.clock().nowMs()); // the funnel counts it
    QCOMPARE(world.messageStatus(a, withA.followUpId), QStringLiteral("cancelled"));
    const QList<InboundMessage> inbound = *world.scope(a).inboundMail().list(withA.leadId);
    QCOMPARE(inbound.size(), 1);
    QCOMPARE(inbound[0].kind, QStringLiteral("reply"));
    QCOMPARE(inbound[0].outboxId, std::optional<qint64>(withA.initialId));
    QCOMPARE(inbound[0].snippet, QStringLiteral("Sounds good."));

    // B's lead with the same address is untouched, and B's mailbox holds nothing.
    const ReplyCheckReport reportB = world.check(b);
    QVERIFY(reportB.status().ok());
    QCOMPARE(reportB.processed(), 0);
    QCOMPARE(world.leadStatus(b, withB.leadId), QStringLiteral("contacted"));
    QCOMPARE(world.messageStatus(b, withB.followUpId), QStringLiteral("pending"));
    QVERIFY(!world.scope(b).leads().find(withB.leadId)->repliedAt);

    // Checking A again changes nothing: no new mail, nothing counted twice.
    const ReplyCheckReport again = world.check(a);
    QCOMPARE(again.processed(), 0);
    QCOMPARE(world.scope(a).inboundMail().list()->size(), 1);
}

void TestReplyChecker::replyFromTheLeadsAddressWithoutThreadingStillCounts() {
    const qint64 a = world.addUser(QStringLiteral("a@agency.test"));
    const qint64 sender = world.addSender(a);
    const QString box = world.addMailbox(a, sender);
    const ReplyWorld::Conversation jane =
        world.converse(a, sender, QStringLiteral("jane@lead.example"));
    // A lead never contacted is not a conversation: mail from them is not a reply.
    Lead fresh;
    fresh.email = QStringLiteral("new@lead.example");
    QVERIFY(world.scope(a).leads().insertMany({fresh}, std::nullopt, QStringLiteral("csv")));
    QVERIFY(world.deliver(box, ReplyWorld::reply(QStringLiteral("JANE@Lead.Example"),
                                                 QStringLiteral("<unknown@elsewhere.example>"),
                                                 "A new thread")));
    QVERIFY(world.deliver(box, ReplyWorld::reply(QStringLiteral("new@lead.example"),
                                                 QStringLiteral("<unknown2@elsewhere.example>"),
                                                 "Hello there")));
    const ReplyCheckReport report = world.check(a);
    QVERIFY2(report.status().ok(), qPrintable(ReplyWorld::describe(report)));
    QCOMPARE(report.replies(), 1);
    QCOMPARE(report.mailboxes.value(0).unmatched, 1);
    QCOMPARE(world.leadStatus(a, jane.leadId), QStringLiteral("replied"));
    QCOMPARE(world.scope(a).leads().findByEmail(QStringLiteral("new@lead.example"))->status,
             QStringLiteral("new"));
}

void TestReplyChecker::outOfOfficeDoesNotStopTheSequence() {
    const qint64 a = world.addUser(QStringLiteral("a@agency.test"));
    const qint64 sender = world.addSender(a);
    const QString box = world.addMailbox(a, sender);
    const ReplyWorld::Conversation jane =
        world.converse(a, sender, QStringLiteral("jane@lead.example"));
    const ReplyWorld::Conversation max =
        world.converse(a, sender, QStringLiteral("max@lead.example"));
    QVERIFY(world.deliver(box, ReplyWorld::reply(QStringLiteral("jane@lead.example"),
                                                 jane.messageId, "Automatic reply: Quick question",
                                                 "Auto-Submitted: auto-replied\r\n",
                                                 "I am out of the office until Monday.")));
    QVERIFY(world.deliver(box, ReplyWorld::reply(QStringLiteral("max@lead.example"), max.messageId,
                                                 "=?UTF-8?Q?Abwesenheitsnotiz:_Quick_question?=",
                                                 {}, "Ich bin bis Montag nicht im B\xc3\xbcro.")));
    const ReplyCheckReport report = world.check(a);
    QVERIFY2(report.status().ok(), qPrintable(ReplyWorld::describe(report)));
    QCOMPARE(report.mailboxes.value(0).autoReplies, 2);
    QCOMPARE(report.replies(), 0);
    for (const ReplyWorld::Conversation& c : {jane, max}) {
        QCOMPARE(world.leadStatus(a, c.leadId), QStringLiteral("contacted"));
        QCOMPARE(world.messageStatus(a, c.followUpId), QStringLiteral("pending"));
    }
    const QList<InboundMessage> auto1 = *world.scope(a).inboundMail().list(max.leadId);
    QCOMPARE(auto1.value(0).kind, QStringLiteral("auto-reply"));
    QCOMPARE(auto1.value(0).subject, QStringLiteral("Abwesenheitsnotiz: Quick question"));

    // When Jane is back and answers for real, her sequence stops.
    QVERIFY(world.deliver(box, ReplyWorld::reply(QStringLiteral("jane@lead.example"),
                                                 jane.messageId, "Re: Quick question")));
    QCOMPARE(world.check(a).replies(), 1);
    QCOMPARE(world.leadStatus(a, jane.leadId), QStringLiteral("replied"));
    QCOMPARE(world.messageStatus(a, jane.followUpId), QStringLiteral("cancelled"));
    QCOMPARE(world.messageStatus(a, max.followUpId), QStringLiteral("pending"));
}

void TestReplyChecker::bounceReportSuppressesTheAddress() {
    const qint64 a = world.addUser(QStringLiteral("a@agency.test"));
    const qint64 b = world.addUser(QStringLiteral("b@agency.test"));
    const qint64 sender = world.addSender(a);
    const QString box = world.addMailbox(a, sender);
    const ReplyWorld::Conversation jane =
        world.converse(a, sender, QStringLiteral("jane@lead.example"));
    const ReplyWorld::Conversation max =
        world.converse(a, sender, QStringLiteral("max@lead.example"));
    QVERIFY(world.deliver(box, ReplyWorld::deliveryReport(QStringLiteral("jane@lead.example"),
                                                          jane.messageId, "5.1.1", "failed")));
    QVERIFY(world.deliver(box, ReplyWorld::deliveryReport(QStringLiteral("max@lead.example"),
                                                          max.messageId, "4.4.1", "delayed")));
    const ReplyCheckReport report = world.check(a);
    QVERIFY2(report.status().ok(), qPrintable(ReplyWorld::describe(report)));
    QCOMPARE(report.mailboxes.value(0).bounces, 1);
    QCOMPARE(report.mailboxes.value(0).delayed, 1);
    const Lead bounced = *world.scope(a).leads().find(jane.leadId);
    QCOMPARE(bounced.status, QStringLiteral("bounced"));
    QVERIFY(bounced.bouncedAt.has_value());
    QVERIFY(*world.scope(a).suppression().isSuppressed(QStringLiteral("jane@lead.example")));
    QCOMPARE(world.messageStatus(a, jane.followUpId), QStringLiteral("cancelled"));
    // A delay is not a bounce, and the suppression belongs to this user only.
    QCOMPARE(world.leadStatus(a, max.leadId), QStringLiteral("contacted"));
    QVERIFY(!*world.scope(a).suppression().isSuppressed(QStringLiteral("max@lead.example")));
    QCOMPARE(world.messageStatus(a, max.followUpId), QStringLiteral("pending"));
    QVERIFY(!*world.scope(b).suppression().isSuppressed(QStringLiteral("jane@lead.example")));
    const QList<InboundMessage> rows = *world.scope(a).inboundMail().list(jane.leadId);
    QCOMPARE(rows.value(0).kind, QStringLiteral("bounce"));
    QVERIFY2(rows.value(0).detail.contains(QStringLiteral("5.1.1")),
             qPrintable(rows.value(0).detail));
}

void TestReplyChecker::mailToTheUnsubscribeAddressUnsubscribes() {
    const qint64 a = world.addUser(QStringLiteral("a@agency.test"));
    const qint64 sender = world.addSender(a);
    const QString box = world.addMailbox(a, sender);
    const ReplyWorld::Conversation jane =
        world.converse(a, sender, QStringLiteral("jane@lead.example"));
    const mail::EmailAddress from =
        *mail::EmailAddress::parse(QStringLiteral("from"), QStringLiteral("ann@agency.example"));
    const QString mailto = UnsubscribeLink::mailtoFor(from, jane.token)->addrSpec();
    // What a mail program sends for the List-Unsubscribe mailto: no thread, its own subject.
    const QByteArray request = "From: jane@lead.example\r\nTo: " + mailto.toUtf8() +
                               "\r\nSubject: unsubscribe\r\nMessage-ID: <unsub-1@lead.example>"
                               "\r\n\r\nunsubscribe\r\n";
    QVERIFY(world.deliver(box, request));
    const ReplyCheckReport report = world.check(a);
    QVERIFY2(report.status().ok(), qPrintable(ReplyWorld::describe(report)));
    QCOMPARE(report.mailboxes.value(0).unsubscribes, 1);
    QCOMPARE(world.leadStatus(a, jane.leadId), QStringLiteral("unsubscribed"));
    QVERIFY(*world.scope(a).suppression().isSuppressed(QStringLiteral("jane@lead.example")));
    QCOMPARE(world.messageStatus(a, jane.followUpId), QStringLiteral("cancelled"));
    QCOMPARE(world.scope(a).inboundMail().list(jane.leadId)->value(0).outboxId,
             std::optional<qint64>(jane.initialId));
}

QTEST_GUILESS_MAIN(TestReplyChecker)
#include "tst_reply_checker.moc"
