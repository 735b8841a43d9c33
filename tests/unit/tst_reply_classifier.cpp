#include "imap/ImapResponseReader.h"
#include "replies/InboundMailAssembler.h"
#include "replies/MimeDecoding.h"
#include "replies/ReplyClassifier.h"

#include <QTest>

using namespace outreach::replies;
using Kind = Classification::Kind;

namespace {

InboundMail mailWith(const QByteArray& header, const QString& body = {}) {
    InboundMail mail;
    mail.rawHeader = header;
    mail.headers = MailHeaders::parse(header);
    mail.bodyText = body;
    return mail;
}

const QByteArray kReplyHeader = "From: Jane Lead <jane@lead.example>\r\n"
                                "To: Ann <ann@agency.example>\r\n"
                                "Subject: Re: Quick question\r\n"
                                "Message-ID: <reply-1@lead.example>\r\n"
                                "In-Reply-To: <tok1@agency.example>\r\n"
                                "References: <old@agency.example>\r\n"
                                " <tok1@agency.example>\r\n\r\n";

} // namespace

class TestReplyClassifier : public QObject {
    Q_OBJECT

private slots:
    void headersUnfoldAndDecode();
    void addressesIgnoreDisplayNames();
    void aReplyRefersToOurMessagesNewestFirst();
    void automaticRepliesAreNotReplies_data();
    void automaticRepliesAreNotReplies();
    void ordinaryRepliesAreNotMistakenForAutomatic_data();
    void ordinaryRepliesAreNotMistakenForAutomatic();
    void permanentFailureIsABounce();
    void temporaryFailureIsOnlyDelayed();
    void mailSystemWithoutReportIsNotAReply();
    void unsubscribeAddressWinsOverEverything();
    void keyIsTheMessageIdOrAHeaderDigest();
    void assemblerDecodesTheTextPart();
    void snippetSkipsQuotedText();
};

void TestReplyClassifier::headersUnfoldAndDecode() {
    const MailHeaders h =
        MailHeaders::parse("Subject: =?UTF-8?Q?Abwesenheitsnotiz:_Ihre_Anfrage?=\r\n"
                           "  =?ISO-8859-1?B?/A==?=\r\n"
                           "X-Long: first\r\n\tsecond\r\n"
                           "not a header line\r\n"
                           "Content-Type: multipart/report; report-type=\"delivery-status\";\r\n"
                           " boundary=abc (comment)\r\n\r\n"
                           "Body: not a header\r\n");
    QCOMPARE(h.text("subject"), QStringLiteral("Abwesenheitsnotiz: Ihre Anfrageü"));
    QCOMPARE(h.raw("x-long"), QByteArray("first second"));
    QVERIFY(!h.has("body"));
    QCOMPARE(h.mainValue("Content-Type"), QByteArray("multipart/report"));
    QCOMPARE(h.parameter("content-type", "REPORT-TYPE"), QByteArray("delivery-status"));
    QCOMPARE(MimeDecoding::decodeHeader("=?utf-8?b?w6TDtsO8?= =?utf-8?q?_x?="),
             QStringLiteral("äöü x"));
}

void TestReplyClassifier::addressesIgnoreDisplayNames() {
    const MailHeaders h =
        MailHeaders::parse("From: \"ceo@evil.example <ceo@evil.example>\" <jane@lead.example>\r\n"
                           "To: a@x.example, \"B, C\" <b@y.example> (team)\r\n\r\n");
    QCOMPARE(h.address("from"), QStringLiteral("jane@lead.example"));
    QCOMPARE(h.addresses("to"),
             (QStringList{QStringLiteral("a@x.example"), QStringLiteral("b@y.example")}));
    QCOMPARE(MailHeaders::addressesIn("team: d@x.example, e@x.example;"),
             (QStringList{QStringLiteral("d@x.example"), QStringLiteral("e@x.example")}));
    QCOMPARE(MailHeaders::addressesIn("a@x.example, c@z.example"),
             (QStringList{QStringLiteral("a@x.example"), QStringLiteral("c@z.example")}));
}

void TestReplyClassifier::aReplyRefersToOurMessagesNewestFirst() {
    const Classification c = ReplyClassifier::classify(mailWith(kReplyHeader));
    QCOMPARE(c.kind, Kind::Reply);
    QCOMPARE(c.fromAddress, QStringLiteral("jane@lead.example"));
    QCOMPARE(c.referencedIds, (QStringList{QStringLiteral("<tok1@agency.example>"),
                                           QStringLiteral("<old@agency.example>")}));
}

void TestReplyClassifier::automaticRepliesAreNotReplies_data() {
    QTest::addColumn<QByteArray>("extra");
    QTest::addColumn<QString>("subject");
    QTest::newRow("Auto-Submitted")
        << QByteArray("Auto-Submitted: auto-replied\r\n") << QStringLiteral("Re: Quick question");
    QTest::newRow("Auto-Submitted generated")
        << QByteArray("Auto-Submitted: Auto-Generated; owner-email=x@y\r\n")
        << QStringLiteral("Hi");
    QTest::newRow("X-Autoreply") << QByteArray("X-Autoreply: yes\r\n") << QStringLiteral("Re: Hi");
    QTest::newRow("X-Autorespond") << QByteArray("X-Autorespond: 1\r\n") << QStringLiteral("Hi");
    QTest::newRow("Precedence auto_reply")
        << QByteArray("Precedence: auto_reply\r\n") << QStringLiteral("Re: Hi");
    QTest::newRow("Precedence bulk") << QByteArray("Precedence: bulk\r\n") << QStringLiteral("Hi");
    QTest::newRow("Precedence junk") << QByteArray("Precedence: junk\r\n") << QStringLiteral("Hi");
    QTest::newRow("Out of Office") << QByteArray() << QStringLiteral("Out of Office: Re: Hi");
    QTest::newRow("Automatic reply")
        << QByteArray() << QStringLiteral("Automatic reply: Quick question");
    QTest::newRow("Autoreply") << QByteArray() << QStringLiteral("AutoReply: Re: Hi");
    QTest::newRow("Abwesenheitsnotiz")
        << QByteArray() << QStringLiteral("Abwesenheitsnotiz: Quick question");
    QTest::newRow("Automatische Antwort")
        << QByteArray() << QStringLiteral("Automatische Antwort: Quick question");
    QTest::newRow("encoded German")
        << QByteArray() << QStringLiteral("=?UTF-8?Q?Nicht_im_B=C3=BCro:_Quick_question?=");
}

void TestReplyClassifier::automaticRepliesAreNotReplies() {
    QFETCH(QByteArray, extra);
    QFETCH(QString, subject);
    const QByteArray header =
        "From: jane@lead.example\r\nTo: ann@agency.example\r\nSubject: " + subject.toUtf8() +
        "\r\nIn-Reply-To: <tok1@agency.example>\r\n" + extra + "\r\n";
    const Classification c = ReplyClassifier::classify(mailWith(header));
    QCOMPARE(c.kind, Kind::AutoReply);
    QVERIFY(!c.reason.isEmpty());
}

void TestReplyClassifier::ordinaryRepliesAreNotMistakenForAutomatic_data() {
    QTest::addColumn<QByteArray>("extra");
    QTest::addColumn<QString>("subject");
    QTest::newRow("Auto-Submitted: no")
        << QByteArray("Auto-Submitted: no\r\n") << QStringLiteral("Re: Quick question");
    QTest::newRow("Precedence: list")
        << QByteArray("Precedence: list\r\n") << QStringLiteral("Re: Quick question");
    QTest::newRow("office in a sentence")
        << QByteArray() << QStringLiteral("Re: Visiting your office");
    QTest::newRow("plain") << QByteArray() << QStringLiteral("Re: Quick question");
}

void TestReplyClassifier::ordinaryRepliesAreNotMistakenForAutomatic() {
    QFETCH(QByteArray, extra);
    QFETCH(QString, subject);
    const QByteArray header =
        "From: jane@lead.example\r\nSubject: " + subject.toUtf8() + "\r\n" + extra + "\r\n";
    QCOMPARE(ReplyClassifier::classify(mailWith(header)).kind, Kind::Reply);
}

void TestReplyClassifier::permanentFailureIsABounce() {
    InboundMail mail = mailWith("From: Mail Delivery System <MAILER-DAEMON@mx.lead.example>\r\n"
                                "Subject: Undelivered Mail Returned to Sender\r\n"
                                "Content-Type: multipart/report; report-type=delivery-status;\r\n"
                                "\tboundary=\"b\"\r\n\r\n");
    mail.deliveryStatus =
        DeliveryStatus::parse("Reporting-MTA: dns; mx.lead.example\r\n"
                              "Arrival-Date: Fri, 4 Dec 2026 10:00:00 +0000\r\n"
                              "\r\n"
                              "Final-Recipient: rfc822; jane@lead.example\r\n"
                              "Original-Recipient: rfc822;jane@lead.example\r\n"
                              "Action: failed\r\n"
                              "Status: 5.1.1\r\n"
                              "Diagnostic-Code: smtp; 550 5.1.1 no such user\r\n");
    mail.returnedHeaders =
        MailHeaders::parse("From: ann@agency.example\r\nTo: jane@lead.example\r\n"
                           "Message-ID: <tok1@agency.example>\r\n\r\n");
    const Classification c = ReplyClassifier::classify(mail);
    QCOMPARE(c.kind, Kind::Bounce);
    QCOMPARE(c.bouncedAddress, QStringLiteral("jane@lead.example"));
    QCOMPARE(c.bounceStatus, QStringLiteral("5.1.1"));
    QCOMPARE(c.referencedIds.value(0), QStringLiteral("<tok1@agency.example>"));
    QCOMPARE(mail.deliveryStatus->reportingMta(), QStringLiteral("mx.lead.example"));
}

void TestReplyClassifier::temporaryFailureIsOnlyDelayed() {
    InboundMail mail = mailWith("From: postmaster@mx.example\r\nContent-Type: multipart/report; "
                                "report-type=delivery-status; boundary=b\r\n\r\n");
    mail.deliveryStatus = DeliveryStatus::parse("Reporting-MTA: dns; mx\n\n"
                                                "Final-Recipient: rfc822; jane@lead.example\n"
                                                "Action: delayed\nStatus: 4.4.1\n");
    QCOMPARE(ReplyClassifier::classify(mail).kind, Kind::Delayed);
    // A report that delivered fine is nothing to act on.
    mail.deliveryStatus = DeliveryStatus::parse("Reporting-MTA: dns; mx\n\n"
                                                "Final-Recipient: rfc822; jane@lead.example\n"
                                                "Action: delivered\nStatus: 2.0.0\n");
    QCOMPARE(ReplyClassifier::classify(mail).kind, Kind::Unmatched);
}

void TestReplyClassifier::mailSystemWithoutReportIsNotAReply() {
    const Classification c = ReplyClassifier::classify(
        mailWith("From: MAILER-DAEMON@mx.example\r\nSubject: failure\r\nIn-Reply-To: "
                 "<tok1@agency.example>\r\n\r\n"));
    QCOMPARE(c.kind, Kind::Unmatched);
}

void TestReplyClassifier::unsubscribeAddressWinsOverEverything() {
    const QString token = QStringLiteral("abcdefghijklmnopqrstuvwxyz");
    const Classification c = ReplyClassifier::classify(mailWith(
        "From: jane@lead.example\r\nTo: <ann+unsubscribe-" + token.toLatin1() +
        "@agency.example>\r\nSubject: unsubscribe\r\nAuto-Submitted: auto-generated\r\n\r\n"));
    QCOMPARE(c.kind, Kind::Unsubscribe);
    QCOMPARE(c.unsubscribeToken, token);
    const Classification bySubject = ReplyClassifier::classify(mailWith(
        "From: jane@lead.example\r\nTo: ann@agency.example\r\nSubject: Unsubscribe\r\n\r\n"));
    QCOMPARE(bySubject.kind, Kind::Unsubscribe);
    QVERIFY(bySubject.unsubscribeToken.isEmpty());
}

void TestReplyClassifier::keyIsTheMessageIdOrAHeaderDigest() {
    QCOMPARE(mailWith(kReplyHeader).key(), QStringLiteral("<reply-1@lead.example>"));
    const InboundMail a = mailWith("From: x@y.example\r\nSubject: a\r\n\r\n");
    const InboundMail b = mailWith("From: x@y.example\r\nSubject: b\r\n\r\n");
    QVERIFY(a.key().startsWith(QStringLiteral("sha256:")));
    QVERIFY(a.key() != b.key());
    QCOMPARE(a.key(), mailWith("From: x@y.example\r\nSubject: a\r\n\r\n").key());
}

void TestReplyClassifier::assemblerDecodesTheTextPart() {
    auto r = outreach::imap::ImapResponseReader::parse(
        "* 1 FETCH (UID 9 BODYSTRUCTURE ((\"text\" \"plain\" (\"charset\" \"iso-8859-1\") NIL "
        "NIL \"quoted-printable\" 20 1 NIL NIL NIL)(\"text\" \"html\" (\"charset\" \"utf-8\") NIL "
        "NIL \"base64\" 20 1 NIL NIL NIL) \"alternative\" (\"boundary\" \"b\") NIL NIL) "
        "BODY[HEADER]<0> \"Subject: x\")\r\n");
    QVERIFY(r.ok());
    outreach::imap::ImapMessageSummary summary;
    summary.uid = 9;
    summary.bodyStructure = r->data[2].items()[3];
    summary.header = "Subject: Re: Hallo\r\n\r\n";
    QCOMPARE(InboundMailAssembler::sectionsToFetch(summary), (QList<QByteArray>{"1"}));
    outreach::imap::ImapSections sections;
    sections.insert("1", "Gr=FC=DFe,=\r\nJane");
    const InboundMail mail = InboundMailAssembler::assemble(summary, sections);
    QCOMPARE(mail.bodyText, QStringLiteral("Grüße,Jane"));
    QCOMPARE(InboundMailAssembler::htmlToText(QStringLiteral("<p>Hi &amp; bye</p><style>x</style>"))
                 .trimmed(),
             QStringLiteral("Hi & bye"));
}

void TestReplyClassifier::snippetSkipsQuotedText() {
    const InboundMail mail =
        mailWith(kReplyHeader, QStringLiteral("Yes, let's talk.\r\n\r\n> On "
                                              "Monday Ann wrote:\r\n> Hi\r\n"));
    QCOMPARE(mail.snippet(), QStringLiteral("Yes, let's talk."));
}

QTEST_GUILESS_MAIN(TestReplyClassifier)
#include "tst_reply_classifier.moc"
