#include "DovecotServer.h"
#include "JobWorld.h"
#include "jobs/StandardJobs.h"

#include <QJsonArray>
#include <QtTest>

using namespace outreach;
using namespace outreach::test;

// Issue 7's "done when": a lead who replies between the initial email and follow-up 1 never
// gets follow-up 1. Everything is real: the initial emails go out over SMTP (aiosmtpd), the
// lead's answer lands in a Dovecot mailbox, and the engine runs the reply checker and then
// the follow-up checker as scheduled runs would.
class TestReplySequence : public QObject {
    Q_OBJECT

    static QDateTime utc(int day, int hour, int minute = 0) {
        return QDateTime(QDate(2026, 6, day), QTime(hour, minute), QTimeZone::utc());
    }

private Q_SLOTS:
    void aLeadWhoRepliedNeverGetsFollowUpOne() {
        QVERIFY2(DovecotServer::installed(),
                 "Dovecot is missing: scripts/install-deps.sh test installs dovecot-imapd");
        qputenv("OUTREACH_KEYCHAIN", "off");
        DovecotServer dovecot;
        // The sender's mailbox, with the same password as its SMTP login.
        QVERIFY(dovecot.addUser(QStringLiteral("ann"), QStringLiteral("pw")));
        QVERIFY2(dovecot.start(), qPrintable(dovecot.error()));

        JobWorld world(utc(8, 9)); // Monday 09:00 UTC
        const User user = world.addUser({.email = QStringLiteral("ann@agency.example")});
        QVERIFY(user.id);
        JobWorld::Mailbox* smtp =
            world.addMailbox(user.id, QStringLiteral("Ann"), QStringLiteral("ann@client.example"),
                             QStringLiteral("pw"), QStringLiteral("pw"));
        QVERIFY(smtp);
        ImapAccount imap;
        imap.senderAccountId = smtp->senderId;
        imap.host = QStringLiteral("localhost");
        imap.port = dovecot.imapsPort();
        imap.tlsMode = QStringLiteral("implicit");
        imap.username = QStringLiteral("ann");
        imap.useSmtpSecret = true;
        imap.caCertificatePath = dovecot.certificatePath();
        QVERIFY(world.scope(user.id).imapAccounts().save(imap));

        Campaign draft = JobWorld::campaign(QStringLiteral("Sequence"), QStringLiteral("daily"),
                                            QStringLiteral("09:00"), 10);
        draft.followUpEnabled = true;
        draft.followUp1DelayDays = 3;
        draft.followUp2DelayDays = 2;
        const qint64 campaign = world.addCampaign(user.id, draft).id;
        QVERIFY(campaign);
        const QList<qint64> leads = world.addLeads(
            user.id, {QStringLiteral("jane@leads.example"), QStringLiteral("max@leads.example")},
            {85, 85});
        QCOMPARE(leads.size(), 2);
        const qint64 jane = leads[0];
        const qint64 max = leads[1];

        QVERIFY(world.startEngine());
        QCOMPARE(world.run(StandardJobs::kDailyOutreach).items, qint64(2));
        world.setNow(utc(8, 9, 1));
        QCOMPARE(world.run(StandardJobs::kSendCampaignEmails).items, qint64(2));
        QString janesMessageId;
        for (const JobWorld::Received& r : world.received(user.id))
            if (r.envelope.value(QStringLiteral("rcpt_tos"))
                    .toArray()
                    .contains(QStringLiteral("jane@leads.example")))
                janesMessageId = r.messageId;
        QVERIFY(!janesMessageId.isEmpty());
        QCOMPARE(world.lead(user.id, jane).status, QStringLiteral("contacted"));

        // Tuesday: Jane answers from her mail program (threaded), Max stays silent.
        QVERIFY(dovecot.deliver(
            QStringLiteral("ann"),
            "From: Jane <jane@leads.example>\r\nTo: Ann <ann@client.example>\r\n"
            "Subject: Re: Sequence\r\nDate: Tue, 09 Jun 2026 08:30:00 +0000\r\n"
            "Message-ID: <answer-1@leads.example>\r\nIn-Reply-To: " +
                janesMessageId.toUtf8() + "\r\nReferences: " + janesMessageId.toUtf8() +
                "\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHappy to talk on Friday.\r\n",
            utc(9, 8, 30)));
        world.setNow(utc(9, 12));
        const JobRun check = world.run(StandardJobs::kReplyChecker);
        QCOMPARE(check.usersFailed, 0);
        QCOMPARE(check.items, qint64(1));
        const Lead replied = world.lead(user.id, jane);
        QCOMPARE(replied.status, QStringLiteral("replied"));
        QCOMPARE(*replied.repliedAt, utc(9, 12).toMSecsSinceEpoch());

        // Thursday: follow-up 1 is due for both; only Max gets it.
        world.setNow(utc(11, 10));
        const JobRun followUps = world.run(StandardJobs::kFollowUpChecker);
        QCOMPARE(followUps.usersFailed, 0);
        QCOMPARE(followUps.items, qint64(1));
        world.setNow(utc(11, 10, 1));
        QCOMPARE(world.run(StandardJobs::kSendCampaignEmails).items, qint64(1));

        QStringList followUpRecipients;
        for (const OutboxMessage& row : world.outbox(user.id))
            if (row.kind == QLatin1String("followup1"))
                followUpRecipients << row.toAddress;
        QCOMPARE(followUpRecipients, QStringList{QStringLiteral("max@leads.example")});
        int toJane = 0;
        for (const JobWorld::Received& r : world.received(user.id))
            toJane += r.envelope.value(QStringLiteral("rcpt_tos"))
                              .toArray()
                              .contains(QStringLiteral("jane@leads.example"))
                          ? 1
                          : 0;
        QCOMPARE(toJane, 1); // the initial email only
        QCOMPARE(world.lead(user.id, max).status, QStringLiteral("followup1"));

        // The next check finds nothing new and changes nothing.
        world.setNow(utc(11, 12));
        const JobRun again = world.run(StandardJobs::kReplyChecker);
        QCOMPARE(again.usersFailed, 0);
        QCOMPARE(again.items, qint64(0));
        QCOMPARE(*world.lead(user.id, jane).repliedAt, utc(9, 12).toMSecsSinceEpoch());
    }
};

QTEST_GUILESS_MAIN(TestReplySequence)
#include "tst_reply_sequence.moc"
