#include "mail/SendOutcome.h"
#include "mail/SmtpCapabilities.h"
#include "mail/SmtpReplyReader.h"
#include "mail/SmtpSettings.h"

#include <QTest>

using namespace outreach::mail;
using Kind = SendOutcome::Kind;
using Stage = SendOutcome::Stage;

class TestSmtpProtocol : public QObject {
    Q_OBJECT

private slots:
    void readsRepliesSplitAnywhere();
    void readsEnhancedStatus_data();
    void readsEnhancedStatus();
    void rejectsMalformedReplies_data();
    void rejectsMalformedReplies();
    void parsesEhloCapabilities();
    void classifiesReplies_data();
    void classifiesReplies();
    void validatesSettings_data();
    void validatesSettings();
};

void TestSmtpProtocol::readsRepliesSplitAnywhere() {
    const QByteArray stream = "250-mx.example\r\n250-PIPELINING\r\n250 SIZE 1000\r\n354 go\r\n221 "
                              "bye\r\n";
    // Every split point must give the same replies: TCP may cut anywhere.
    for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
        SmtpReplyReader reader;
        QList<SmtpReply> replies;
        reader.append(stream.left(cut));
        while (auto r = reader.next())
            replies << *r;
        reader.append(stream.mid(cut));
        while (auto r = reader.next())
            replies << *r;
        QVERIFY(!reader.hasError());
        QCOMPARE(replies.size(), 3);
        QCOMPARE(replies[0].code, 250);
        QCOMPARE(replies[0].lines, (QList<QByteArray>{"mx.example", "PIPELINING", "SIZE 1000"}));
        QCOMPARE(replies[1].code, 354);
        QCOMPARE(replies[2].text(), QStringLiteral("bye"));
    }
}

void TestSmtpProtocol::readsEnhancedStatus_data() {
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("status");
    QTest::newRow("bounce") << QByteArray("550 5.1.1 No such user\r\n") << "5.1.1";
    QTest::newRow("ok") << QByteArray("250 2.0.0 Ok: queued\r\n") << "2.0.0";
    QTest::newRow("three digits") << QByteArray("452 4.5.300 x\r\n") << "4.5.300";
    QTest::newRow("none") << QByteArray("550 No such user\r\n") << "";
    QTest::newRow("bad class") << QByteArray("550 3.1.1 x\r\n") << "";
    QTest::newRow("glued") << QByteArray("550 5.1.1x\r\n") << "";
    QTest::newRow("alone") << QByteArray("550 5.7.1\r\n") << "5.7.1";
}

void TestSmtpProtocol::readsEnhancedStatus() {
    QFETCH(QByteArray, line);
    QFETCH(QString, status);
    SmtpReplyReader reader;
    reader.append(line);
    const auto reply = reader.next();
    QVERIFY(reply.has_value());
    QCOMPARE(reply->enhancedStatus, status);
}

void TestSmtpProtocol::rejectsMalformedReplies_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("not a code") << QByteArray("hello\r\n");
    QTest::newRow("bad separator") << QByteArray("250xok\r\n");
    QTest::newRow("code changes") << QByteArray("250-a\r\n251 b\r\n");
    QTest::newRow("endless line") << QByteArray(9000, 'a');
}

void TestSmtpProtocol::rejectsMalformedReplies() {
    QFETCH(QByteArray, bytes);
    SmtpReplyReader reader;
    reader.append(bytes);
    QVERIFY(!reader.next().has_value());
    QVERIFY(reader.hasError());
}

void TestSmtpProtocol::parsesEhloCapabilities() {
    SmtpReplyReader reader;
    reader.append("250-mx.example greets you\r\n250-PIPELINING\r\n250-SIZE 35882577\r\n"
                  "250-STARTTLS\r\n250-AUTH=LOGIN\r\n250-auth plain login\r\n250 8BITMIME\r\n");
    const auto reply = reader.next();
    QVERIFY(reply.has_value());
    const SmtpCapabilities caps = SmtpCapabilities::fromEhlo(*reply);
    QVERIFY(caps.pipelining);
    QVERIFY(caps.startTls);
    QVERIFY(caps.sizeOffered);
    QCOMPARE(caps.sizeLimit, 35882577);
    QVERIFY(caps.authMechanisms.contains(QLatin1String("PLAIN")));
    QVERIFY(caps.authMechanisms.contains(QLatin1String("LOGIN")));
    QVERIFY(!caps.extensions.contains(QLatin1String("MX.EXAMPLE"))); // the greeting line
    QVERIFY(caps.extensions.contains(QLatin1String("8BITMIME")));

    SmtpReplyReader bare;
    bare.append("250 mx.example\r\n");
    const SmtpCapabilities none = SmtpCapabilities::fromEhlo(*bare.next());
    QVERIFY(!none.pipelining && !none.startTls && !none.sizeOffered);
}

void TestSmtpProtocol::classifiesReplies_data() {
    QTest::addColumn<int>("stage");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("enhanced");
    QTest::addColumn<int>("kind");
    QTest::newRow("250 end") << int(Stage::DataEnd) << 250 << "2.0.0" << int(Kind::Sent);
    QTest::newRow("451") << int(Stage::DataEnd) << 451 << "4.3.0" << int(Kind::Temporary);
    QTest::newRow("421") << int(Stage::RcptTo) << 421 << "" << int(Kind::Temporary);
    QTest::newRow("550 plain") << int(Stage::RcptTo) << 550 << "" << int(Kind::Permanent);
    QTest::newRow("550 5.1.1 rcpt") << int(Stage::RcptTo) << 550 << "5.1.1" << int(Kind::Bounced);
    QTest::newRow("550 5.1.1 data") << int(Stage::DataEnd) << 550 << "5.1.1" << int(Kind::Bounced);
    QTest::newRow("553 5.1.8 mail")
        << int(Stage::MailFrom) << 553 << "5.1.8" << int(Kind::Permanent);
    QTest::newRow("552 rcpt") << int(Stage::RcptTo) << 552 << "" << int(Kind::Temporary);
    QTest::newRow("552 data") << int(Stage::DataEnd) << 552 << "5.3.4" << int(Kind::Permanent);
    QTest::newRow("535 auth") << int(Stage::Auth) << 535 << "5.7.8" << int(Kind::Permanent);
}

void TestSmtpProtocol::classifiesReplies() {
    QFETCH(int, stage);
    QFETCH(int, code);
    QFETCH(QString, enhanced);
    QFETCH(int, kind);
    const SendOutcome o =
        SendOutcome::fromReply(Stage(stage), code, enhanced, enhanced + QStringLiteral(" text"));
    QCOMPARE(int(o.kind), kind);
    QCOMPARE(o.serverAccepted, kind == int(Kind::Sent) && stage == int(Stage::DataEnd));
    QVERIFY(o.describe().startsWith(QString::number(code)));
}

void TestSmtpProtocol::validatesSettings_data() {
    QTest::addColumn<QString>("ehloName");
    QTest::addColumn<QString>("username");
    QTest::addColumn<int>("security");
    QTest::addColumn<QString>("field");
    using S = SmtpSettings::Security;
    QTest::newRow("ok") << "client.example"
                        << "" << int(S::StartTls) << "";
    QTest::newRow("literal") << "[192.0.2.1]"
                             << "" << int(S::StartTls) << "";
    QTest::newRow("ehlo CRLF") << "x.example\r\nMAIL FROM:<a@b>"
                               << "" << int(S::StartTls) << "ehloName";
    QTest::newRow("ehlo space") << "x example"
                                << "" << int(S::StartTls) << "ehloName";
    QTest::newRow("plaintext password") << ""
                                        << "bob" << int(S::None) << "security";
}

void TestSmtpProtocol::validatesSettings() {
    QFETCH(QString, ehloName);
    QFETCH(QString, username);
    QFETCH(int, security);
    QFETCH(QString, field);
    SmtpSettings s;
    s.host = QStringLiteral("smtp.example.com");
    s.ehloName = ehloName;
    s.username = username;
    s.security = SmtpSettings::Security(security);
    const outreach::Status status = s.validate();
    if (field.isEmpty()) {
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
    } else {
        QVERIFY(!status.ok());
        QCOMPARE(status.error().field, field);
        QVERIFY(!status.error().message.contains(QLatin1Char('\r')));
    }
}

QTEST_GUILESS_MAIN(TestSmtpProtocol)
#include "tst_smtp_protocol.moc"
