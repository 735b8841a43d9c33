#include "EmlInspector.h"
#include "SmtpTestServer.h"
#include "mail/EmailAddress.h"
#include "mail/FileTransport.h"
#include "mail/MimeBuilder.h"
#include "mail/SmtpClient.h"
#include "mail/SmtpPool.h"

#include <QDir>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace outreach::mail;
using outreach::test::EmlInspector;
using outreach::test::SmtpTestServer;
using Kind = SendOutcome::Kind;

namespace {

MimeMessage message(const QString& to, const QString& body = QStringLiteral("Hello there.\n")) {
    auto built = MimeBuilder()
                     .setFrom(*EmailAddress::parse(
                         QStringLiteral("from"), QStringLiteral("Ann Sender <ann@sender.example>")))
                     .setTo(*EmailAddress::parse(QStringLiteral("to"), to))
                     .setSubject(QStringLiteral("Quick question"))
                     .setTextBody(body)
                     .build();
    return *built;
}

SmtpSettings settingsFor(const SmtpTestServer& server, SmtpSettings::Security security) {
    SmtpSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = server.port();
    s.security = security;
    s.ehloName = QStringLiteral("client.test.example");
    s.timeouts.connectMs = 10'000;
    s.timeouts.greetingMs = 10'000;
    s.timeouts.commandMs = 10'000;
    s.timeouts.dataEndMs = 10'000;
    return s;
}

// Sends the messages and collects every outcome, by the id given to send().
QMap<qint64, SendOutcome> sendAll(MailTransport& transport, const QList<MimeMessage>& messages,
                                  int timeoutMs = 30'000) {
    QMap<qint64, SendOutcome> outcomes;
    const auto connection = QObject::connect(
        &transport, &MailTransport::messageFinished,
        [&](qint64 id, const SendOutcome& outcome) { outcomes.insert(id, outcome); });
    for (qsizetype i = 0; i < messages.size(); ++i)
        transport.send(i + 1, messages[i]);
    // A timeout shows up as missing outcomes, which every caller checks.
    (void)QTest::qWaitFor([&] { return outcomes.size() >= messages.size(); }, timeoutMs);
    QObject::disconnect(connection);
    return outcomes;
}

QString show(const SendOutcome& o) {
    return SendOutcome::kindName(o.kind) + QStringLiteral(": ") + o.describe();
}

} // namespace

class TestSmtpClient : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void deliversAMessageAReaderUnderstands();
    void startTls();
    void startTlsDiscardsPlaintextSentBeforeTheHandshake();
    void implicitTls();
    void untrustedCertificateIsRefused_data();
    void untrustedCertificateIsRefused();
    void missingStartTlsIsNotADowngrade();
    void authSucceeds_data();
    void authSucceeds();
    void authFailureIsPermanent();
    void authRefusedOverPlaintext();
    void repliesAreClassified_data();
    void repliesAreClassified();
    void oneConnectionCarriesMixedOutcomes();
    void serverClosing421RetriesTheRestOnANewConnection();
    void dropMidDataIsTemporary();
    void dropAfterDataMayHaveBeenDelivered();
    void stallTimesOut_data();
    void stallTimesOut();
    void connectionRefusedIsTemporary();
    void sizeLimitIsCheckedBeforeSending();
    void dotStuffingSurvivesTheTrip();
    void hundredMessagesOverOneConnection_data();
    void hundredMessagesOverOneConnection();
    void cancelQueuedTakesBackUnstartedMessages();
    void closeSendsQuit();
    void poolSpreadsOverConnections();
    void fileTransportWritesEmlFiles();

private:
    QTemporaryDir m_certDir;
    SmtpTestServer::Certificate m_cert;
};

void TestSmtpClient::initTestCase() {
    qRegisterMetaType<SendOutcome>();
    QVERIFY(m_certDir.isValid());
    const auto cert = SmtpTestServer::makeCertificate(m_certDir.path());
    QVERIFY2(cert.has_value(), "openssl req -x509 failed");
    m_cert = *cert;
}

void TestSmtpClient::deliversAMessageAReaderUnderstands() {
    SmtpTestServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    auto built = MimeBuilder()
                     .setFrom(*EmailAddress::parse(
                         QStringLiteral("from"), QStringLiteral("Zoë Sender <zoe@sender.example>")))
                     .setTo(*EmailAddress::parse(QStringLiteral("to"),
                                                 QStringLiteral("山田 太郎 <taro@lead.example>")))
                     .setSubject(QStringLiteral("Réunion 来週 🎉 — quick question"))
                     .setTextBody(QStringLiteral("Hi Taro,\n.\nA line with a dot above.\n"))
                     .setFooter(QStringLiteral("Zoë's Agency, 1 Main St, Springfield"))
                     .setUnsubscribe(*EmailAddress::parse(QStringLiteral("u"),
                                                          QStringLiteral("unsub@sender.example")),
                                     QUrl(QStringLiteral("https://sender.example/u/abc")))
                     .build();
    QVERIFY(built.ok());
    SmtpClient client(settingsFor(server, SmtpSettings::Security::None));
    const auto outcomes = sendAll(client, {*built});
    QCOMPARE(outcomes.size(), 1);
    const SendOutcome o = outcomes.value(1);
    QVERIFY2(o.kind == Kind::Sent && o.serverAccepted && o.code == 250, qPrintable(show(o)));

    const auto received = server.messages();
    QCOMPARE(received.size(), 1);
    const QJsonObject parsed = EmlInspector::parse(received.first());
    QCOMPARE(EmlInspector::headerValues(parsed, QStringLiteral("Subject")),
             QStringList{QStringLiteral("Réunion 来週 🎉 — quick question")});
    QCOMPARE(parsed.value(QLatin1String("to"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("display_name"))
                 .toString(),
             QStringLiteral("山田 太郎"));
    QCOMPARE(parsed.value(QLatin1String("from"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("display_name"))
                 .toString(),
             QStringLiteral("Zoë Sender"));
    const QString text = parsed.value(QLatin1String("text")).toString();
    QVERIFY2(text.startsWith(QLatin1String("Hi Taro,\n.\nA line with a dot above.\n")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Zoë's Agency, 1 Main St, Springfield")));
    QCOMPARE(EmlInspector::headerValues(parsed, QStringLiteral("List-Unsubscribe")),
             QStringList{QStringLiteral("<mailto:unsub@sender.example?subject=unsubscribe>, "
                                        "<https://sender.example/u/abc>")});
    QCOMPARE(EmlInspector::headerValues(parsed, QStringLiteral("List-Unsubscribe-Post")),
             QStringList{QStringLiteral("List-Unsubscribe=One-Click")});
    const QStringList ids = EmlInspector::headerValues(parsed, QStringLiteral("Message-ID"));
    QCOMPARE(ids, QStringList{built->messageId()});
    QVERIFY(ids.first().endsWith(QLatin1String("@sender.example>")));
    QCOMPARE(parsed.value(QLatin1String("defects")).toArray().size(), 0);

    const QJsonObject envelope = server.envelopes().first();
    QCOMPARE(envelope.value(QLatin1String("mail_from")).toString(),
             QStringLiteral("zoe@sender.example"));
    QCOMPARE(envelope.value(QLatin1String("rcpt_tos")).toArray().at(0).toString(),
             QStringLiteral("taro@lead.example"));
    QCOMPARE(envelope.value(QLatin1String("mail_options")).toArray().at(0).toString(),
             QStringLiteral("SIZE=%1").arg(built->size()));
}

void TestSmtpClient::startTls() {
    SmtpTestServer server;
    QVERIFY2(server.start({QStringLiteral("--tls-cert"), m_cert.certPath,
                           QStringLiteral("--tls-key"), m_cert.keyPath}),
             qPrintable(server.error()));
    SmtpSettings s = settingsFor(server, SmtpSettings::Security::StartTls);
    s.caCertificatePath = m_cert.certPath;
    SmtpClient client(s);
    const auto outcomes = sendAll(client, {message(QStringLiteral("a@lead.example"))});
    QVERIFY2(outcomes.value(1).kind == Kind::Sent, qPrintable(show(outcomes.value(1))));
    QCOMPARE(server.envelopes().size(), 1);
    QVERIFY(server.envelopes().first().value(QLatin1String("tls")).toBool());
    QVERIFY(client.serverCapabilities().pipelining);
}

// A man in the middle appends a forged reply to the server's "220" for STARTTLS. Read after the
// handshake, it would pose as the EHLO reply (no AUTH, no PIPELINING) and shift every later
// reply by one; discarded, the session runs as if it was never there.
void TestSmtpClient::startTlsDiscardsPlaintextSentBeforeTheHandshake() {
    SmtpTestServer server;
    QVERIFY2(server.start({QStringLiteral("--tls-cert"), m_cert.certPath,
                           QStringLiteral("--tls-key"), m_cert.keyPath, QStringLiteral("--auth"),
                           QStringLiteral("bob:pw"), QStringLiteral("--starttls-inject")}),
             qPrintable(server.error()));
    SmtpSettings s = settingsFor(server, SmtpSettings::Security::StartTls);
    s.caCertificatePath = m_cert.certPath;
    s.username = QStringLiteral("bob");
    s.password = QStringLiteral("pw");
    SmtpClient client(s);
    const auto outcomes = sendAll(client, {message(QStringLiteral("a@lead.example")),
                                           message(QStringLiteral("b@lead.example"))});
    QVERIFY2(outcomes.value(1).kind == Kind::Sent, qPrintable(show(outcomes.value(1))));
    QVERIFY2(outcomes.value(2).kind == Kind::Sent, qPrintable(show(outcomes.value(2))));
    QVERIFY(client.serverCapabilities().pipelining);
    QCOMPARE(server.events().filter(QStringLiteral("AUTH")),
             QStringList{QStringLiteral("AUTH bob ok")});
    QCOMPARE(server.messages().size(), 2);
}

void TestSmtpClient::implicitTls() {
    SmtpTestServer server;
    QVERIFY2(
        server.start({QStringLiteral("--tls-cert"), m_cert.certPath, QStringLiteral("--tls-key"),
                      m_cert.keyPath, QStringLiteral("--implicit-tls")}),
        qPrintable(server.error()));
    SmtpSettings s = settingsFor(server, SmtpSettings::Security::Implicit);
    s.trustSelfSigned = true;
    SmtpClient client(s);
    const auto outcomes = sendAll(client, {message(QStringLiteral("a@lead.example")),
                                           message(QStringLiteral("b@lead.example"))});
    QVERIFY2(outcomes.value(1).kind == Kind::Sent, qPrintable(show(outcomes.value(1))));
    QVERIFY2(outcomes.value(2).kind == Kind::Sent, qPrintable(show(outcomes.value(2))));
    QCOMPARE(server.messages().size(), 2);
    QCOMPARE(server.connectionCount(), 1);
}

void TestSmtpClient::untrustedCertificateIsRefused_data() {
    QTest::addColumn<bool>("implicit");
    QTest::newRow("starttls") << false;
    QTest::newRow("implicit") << true;
}

void TestSmtpClient::untrustedCertificateIsRefused() {
    QFETCH(bool, implicit);
    SmtpTestServer server;
    QStringList args{QStringLiteral("--tls-cert"), m_cert.certPath, QStringLiteral("--tls-key"),
                     m_cert.keyPath};
    if (implicit)
        args << QStringLiteral("--implicit-tls");
    QVERIFY2(server.start(args), qPrintable(server.error()));
    const auto security =
        implicit ? SmtpSettings::Security::Implicit : SmtpSettings::Security::StartTls;
    SmtpClient client(settingsFor(server, security));
    const auto outcomes = sendAll(client, {message(QStringLiteral("a@lead.example")),
                                           message(QStringLiteral("b@lead.example"))});
    QCOMPARE(outcomes.size(), 2);
    for (const SendOutcome& o : outcomes) {
        QVERIFY2(o.kind == Kind::Permanent && o.stage == SendOutcome::Stage::Tls,
                 qPrintable(show(o)));
        QVERIFY2(o.text.contains(QLatin1String("self signed"), Qt::CaseInsensitive) ||
                     o.text.contains(QLatin1String("self-signed"), Qt::CaseInsensitive),
                 qPrintable(o.text));
        QVERIFY(o.concernsConnection());
    }
    QCOMPARE(server.messages().size(), 0);
}

void TestSmtpClient::missingStartTlsIsNotADowngrade() {
    SmtpTestServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    SmtpClient client(settingsFor(server, SmtpSettings::Security::StartTls));
    const auto outcomes = sendAll(client, {message(QStringLiteral("a@lead.example"))});
    const SendOutcome o = outcomes.value(1);
    QVERIFY2(o.kind == Kind::Permanent && o.stage == SendOutcome::Stage::Tls, qPrintable(show(o)));
    QVERIFY(o.text.contains(QLatin1String("STARTTLS")));
    QCOMPARE(server.messages().size(), 0);
}

void TestSmtpClient::authSucceeds_data() {
    QTest::addColumn<QString>("mechanisms");
    QTest::newRow("PLAIN") << "PLAIN";
    QTest::newRow("LOGIN") << "LOGIN";
}

void TestSmtpClient::authSucceeds() {
    QFETCH(QString, mechanisms);
    SmtpTestServer server;
    QVERIFY2(
        server.start({QStringLiteral("--tls-cert"), m_cert.certPath, QStringLiteral("--tls-key"),
                      m_cert.keyPath, QStringLiteral("--auth"), QStringLiteral("bob:s3cret pass"),
                      QStringLiteral("--auth-mechanisms"), mechanisms}),
        qPrintable(server.error()));
    SmtpSettings s = settingsFor(server, SmtpSettings::Security::StartTls);
    s.caCertificatePath = m_cert.certPath;
    s.username = QStringLiteral("bob");
    s.password = QStringLiteral("s3cret pass");
    SmtpClient client(s);
    const auto outcomes = sendAll(client, {message(QStringLiteral("a@lead.example"))});
    QVERIFY2(outcomes.value(1).kind == Kind::Sent, qPrintable(show(outcomes.value(1))));
    QCOMPARE(server.events().filter(QStringLiteral("AUTH")),
             QStringList{QStringLiteral("AUTH bob ok")});
    QCOMPARE(server.envelopes().first().value(QLatin1String("auth")).toString(),
             QStringLiteral("bob"));
}

void TestSmtpClient::authFailureIsPermanent() {
    SmtpTestServer server;
    QVERIFY2(
        server.start({QStringLiteral("--tls-cert"), m_cert.certPath, QStringLiteral("--tls-key"),
                      m_cert.keyPath, QStringLiteral("--auth"), QStringLiteral("bob:right")}),
        qPrintable(server.error()));
    SmtpSettings s = settingsFor(server, SmtpSettings::Security::StartTls);
    s.trustSelfSigned = true;
    s.username = QStringLiteral("bob");
    s.password = QStringLiteral("wrong");
    SmtpClient client(s);
    const auto outcomes = sendAll(client, {message(QStringLiteral("a@lead.example")),
                                           message(QStringLiteral("b@lead.example"))});
    QCOMPARE(outcomes.size(), 2);
    for (const SendOutcome& o : outcomes) {
        QVERIFY2(o.kind == Kind::Permanent && o.stage == SendOutcome::Stage::Auth && o.code == 535,
                 qPrintable(show(o)));
    }
    QCOMPARE(server.events().filter(QStringLiteral("AUTH")),
             QStringList{QStringLiteral("AUTH bob fail")});
    QCOMPARE(server.messages().size(), 0);
}

void TestSmtpClient::authRefusedOverPlaintext() {
    SmtpTestServer server;
    QVERIFY2(server.start({QStringLiteral("--auth"), QStringLiteral("bob:pw"),
                           QStringLiteral("--auth-plaintext")}),
             qPrintable(server.error()));
    SmtpSettings s = settingsFor(server, SmtpSettings::Security::None);
    s.username = QStringLiteral("bob");
    s.password = QStringLiteral("pw");
    {
        SmtpClient client(s);
        const auto outcomes = sendAll(client, {message(QStringLiteral("a@lead.example"))});
        const SendOutcome o = outcomes.value(1);
        QVERIFY2(o.kind == Kind::Permanent, qPrintable(show(o)));
        QVERIFY2(o.text.contains(QLatin1String("unencrypted")), qPrintable(o.text));
        QCOMPARE(server.eventCount(QStringLiteral("AUTH")), 0);
        QCOMPARE(server.messages().size(), 0);
    }
    s.allowPlaintextAuth = true;
    SmtpClient allowed(s);
    const auto outcomes = sendAll(allowed, {message(QStringLiteral("a@lead.example"))});
    QVERIFY2(outcomes.value(1).kind == Kind::Sent, qPrintable(show(outcomes.value(1))));
    QCOMPARE(server.events().filter(QStringLiteral("AUTH")),
             QStringList{QStringLiteral("AUTH bob ok")});
}

void TestSmtpClient::repliesAreClassified_data() {
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("reply");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("stage");
    using St = SendOutcome::Stage;
    QTest::newRow("451 at data") << "--data-reply"
                                 << "*=451 4.3.0 Try again later" << int(Kind::Temporary)
                                 << int(St::DataEnd);
    QTest::newRow("421 at rcpt") << "--rcpt-reply"
                                 << "*=421 4.7.0 Too busy" << int(Kind::Temporary)
                                 << int(St::RcptTo);
    QTest::newRow("550 at rcpt") << "--rcpt-reply"
                                 << "*=550 Relaying denied" << int(Kind::Permanent)
                                 << int(St::RcptTo);
    QTest::newRow("550 5.7.1 at rcpt")
        << "--rcpt-reply"
        << "*=550 5.7.1 Policy rejection" << int(Kind::Permanent) << int(St::RcptTo);
    QTest::newRow("550 5.1.1 at rcpt")
        << "--rcpt-reply"
        << "*=550 5.1.1 No such user" << int(Kind::Bounced) << int(St::RcptTo);
    QTest::newRow("552 at data") << "--data-reply"
                                 << "*=552 5.3.4 Message too big" << int(Kind::Permanent)
                                 << int(St::DataEnd);
    QTest::newRow("552 at rcpt") << "--rcpt-reply"
                                 << "*=552 4.5.3 Too many recipients" << int(Kind::Temporary)
                                 << int(St::RcptTo);
    QTest::newRow("553 5.1.8 at mail")
        << "--mail-reply"
        << "553 5.1.8 Bad sender domain" << int(Kind::Permanent) << int(St::MailFrom);
}

void TestSmtpClient::repliesAreClassified() {
    QFETCH(QString, option);
    QFETCH(QString, reply);
    QFETCH(int, kind);
    QFETCH(int, stage);
    SmtpTestServer server;
    QVERIFY2(server.start({option, reply}), qPrintable(server.error()));
    SmtpClient client(settingsFor(server, SmtpSettings::Security::None));
    const auto outcomes = sendAll(client, {message(QStringLiteral("a@lead.example"))});
    const SendOutcome o = outcomes.value(1);
    QVERIFY2(int(o.kind) == kind && int(o.stage) == stage, qPrintable(show(o)));
    const QString expected = reply.mid(reply.indexOf(QLatin1Char('=')) + 1);
    QCOMPARE(o.code, expected.left(3).toInt());
    QVERIFY2(expected.contains(o.text), qPrintable(o.text));
    QVERIFY(!o.serverAccepted);
    QVERIFY(!o.maybeDelivered);
    QCOMPARE(server.messages().size(), 0);
}

void TestSmtpClient::oneConnectionCarriesMixedOutcomes() {
    SmtpTestServer server;
    QVERIFY2(server.start(
                 {QStringLiteral("--rcpt-reply"), QStringLiteral("gone@=550 5.1.1 No such user"),
                  QStringLiteral("--data-reply"), QStringLiteral("later@=451 4.3.0 Later")}),
             qPrintable(server.error()));
    SmtpClient client(settingsFor(server, SmtpSettings::Security::None));
    const auto outcomes = sendAll(client, {message(QStringLiteral("one@lead.example")),
                                           message(QStringLiteral("gone@lead.example")),
                                           message(QStringLiteral("later@lead.example")),
                                           message(QStringLiteral("two@lead.example"))});
    QCOMPARE(outcomes.size(), 4);
    QVERIFY2(outcomes.value(1).kind == Kind::Sent, qPrintable(show(outcomes.value(1))));
    QVERIFY2(outcomes.value(2).kind == Kind::Bounced, qPrintable(show(outcomes.value(2))));
    QCOMPARE(outcomes.value(2).enhancedStatus, QStringLiteral("5.1.1"));
    QVERIFY2(outcomes.value(3).kind == Kind::Temporary, qPrintable(show(outcomes.value(3))));
    QVERIFY2(outcomes.value(4).kind == Kind::Sent, qPrintable(show(outcomes.value(4))));
    QCOMPARE(server.messages().size(), 2);
    QCOMPARE(server.envelopes().at(1).value(QLatin1String("rcpt_tos")).toArray().at(0).toString(),
             QStringLiteral("two@lead.example"));
    QCOMPARE(server.connectionCount(), 1);
    QCOMPARE(server.eventCount(QStringLiteral("RSET")), 3);
}

void TestSmtpClient::serverClosing421RetriesTheRestOnANewConnection() {
    SmtpTestServer server;
    QVERIFY2(server.start(
                 {QStringLiteral("--rcpt-reply"), QStringLiteral("busy@=421 4.3.2 Shutting down")}),
             qPrintable(server.error()));
    SmtpClient client(settingsFor(server, SmtpSettings::Security::None));
    const auto outcomes = sendAll(client, {message(QStringLiteral("busy@lead.example")),
                                           message(QStringLiteral("next@lead.example"))});
    QVERIFY2(outcomes.value(1).kind == Kind::Temporary && outcomes.value(1).code == 421,
             qPrintable(show(outcomes.value(1))));
    QVERIFY2(outcomes.value(2).kind == Kind::Sent, qPrintable(show(outcomes.value(2))));
    QCOMPARE(server.messages().size(), 1);
    QCOMPARE(server.connectionCount(), 2);
}

void TestSmtpClient::dropMidDataIsTemporary() {
    SmtpTestServer server;
    QVERIFY2(server.start({QStringLiteral("--drop-mid-data"), QStringLiteral("big@")}),
             qPrintable(server.error()));
    // Far more than loopback socket buffers hold: the final "." cannot have left the client.
    QString big;
    const QString line = QStringLiteral("All work and no play makes a long message.\n");
    while (big.size() < 24 * 1024 * 1024)
        big += line;
    SmtpClient client(settingsFor(server, SmtpSettings::Security::None));
    const auto outcomes = sendAll(client,
                                  {message(QStringLiteral("first@lead.example")),
                                   message(QStringLiteral("big@lead.example"), big),
                                   message(QStringLiteral("after@lead.example"))},
                                  60'000);
    QCOMPARE(outcomes.size(), 3);
    QVERIFY2(outcomes.value(1).kind == Kind::Sent, qPrintable(show(outcomes.value(1))));
    const SendOutcome dropped = outcomes.value(2);
    QVERIFY2(dropped.kind == Kind::Temporary && !dropped.serverAccepted, qPrintable(show(dropped)));
    QVERIFY2(!dropped.maybeDelivered, qPrintable(show(dropped)));
    QVERIFY2(outcomes.value(3).kind == Kind::Sent, qPrintable(show(outcomes.value(3))));
    QVERIFY(server.events().contains(QStringLiteral("DROP mid-data")));
    QCOMPARE(server.messages().size(), 2);
}

void TestSmtpClient::dropAfterDataMayHaveBeenDelivered() {
    SmtpTestServer server;
    QVERIFY2(server.start({QStringLiteral("--drop-after-data"), QStringLiteral("*")}),
             qPrintable(server.error()));
    SmtpClient client(settingsFor(server, SmtpSettings::Security::None));
    const auto outcomes = sendAll(client, {message(QStringLiteral("a@lead.example"))});
    const SendOutcome o = outcomes.value(1);
    QVERIFY2(o.kind == Kind::Temporary && o.maybeDelivered && !o.serverAccepted,
             qPrintable(show(o)));
    QCOMPARE(o.stage, SendOutcome::Stage::DataEnd);
}

void TestSmtpClient::stallTimesOut_data() {
    QTest::addColumn<QString>("step");
    QTest::addColumn<bool>("maybeDelivered");
    QTest::newRow("rcpt") << "rcpt" << false;
    QTest::newRow("after the data") << "dataend" << true;
}

void TestSmtpClient::stallTimesOut() {
    QFETCH(QString, step);
    QFETCH(bool, maybeDelivered);
    SmtpTestServer server;
    QVERIFY2(server.start({QStringLiteral("--stall"), step}), qPrintable(server.error()));
    SmtpSettings s = settingsFor(server, SmtpSettings::Security::None);
    s.timeouts.commandMs = 800;
    s.timeouts.dataEndMs = 800;
    SmtpClient client(s);
    const auto outcomes = sendAll(client, {message(QStringLiteral("a@lead.example"))});
    const SendOutcome o = outcomes.value(1);
    QVERIFY2(o.kind == Kind::Temporary, qPrintable(show(o)));
    QVERIFY2(o.text.contains(QLatin1String("within 800 ms")), qPrintable(o.text));
    QCOMPARE(o.maybeDelivered, maybeDelivered);
    QVERIFY(!client.isConnected());
}

void TestSmtpClient::connectionRefusedIsTemporary() {
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    SmtpSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = port;
    s.security = SmtpSettings::Security::None;
    SmtpClient client(s);
    const auto outcomes = sendAll(client, {message(QStringLiteral("a@lead.example")),
                                           message(QStringLiteral("b@lead.example"))});
    QCOMPARE(outcomes.size(), 2);
    for (const SendOutcome& o : outcomes)
        QVERIFY2(o.kind == Kind::Temporary && o.stage == SendOutcome::Stage::Connect,
                 qPrintable(show(o)));
}

void TestSmtpClient::sizeLimitIsCheckedBeforeSending() {
    SmtpTestServer server;
    QVERIFY2(server.start({QStringLiteral("--size"), QStringLiteral("2000")}),
             qPrintable(server.error()));
    SmtpClient client(settingsFor(server, SmtpSettings::Security::None));
    const auto outcomes =
        sendAll(client, {message(QStringLiteral("big@lead.example"), QString(5000, 'x')),
                         message(QStringLiteral("small@lead.example"))});
    const SendOutcome big = outcomes.value(1);
    QVERIFY2(big.kind == Kind::Permanent && big.stage == SendOutcome::Stage::Local,
             qPrintable(show(big)));
    QVERIFY(big.text.contains(QLatin1String("at most 2000")));
    QVERIFY2(outcomes.value(2).kind == Kind::Sent, qPrintable(show(outcomes.value(2))));
    QCOMPARE(server.messages().size(), 1);
}

void TestSmtpClient::dotStuffingSurvivesTheTrip() {
    SmtpTestServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    const QString body = QStringLiteral(".\n..\n.leading dot\nmiddle . dot\n.\r\n.\rend\n");
    SmtpClient client(settingsFor(server, SmtpSettings::Security::None));
    const auto outcomes = sendAll(client, {message(QStringLiteral("a@lead.example"), body),
                                           message(QStringLiteral("b@lead.example"))});
    QVERIFY2(outcomes.value(1).kind == Kind::Sent, qPrintable(show(outcomes.value(1))));
    QVERIFY2(outcomes.value(2).kind == Kind::Sent, qPrintable(show(outcomes.value(2))));
    const auto received = server.messages();
    QCOMPARE(received.size(), 2);
    QCOMPARE(EmlInspector::parse(received.first()).value(QLatin1String("text")).toString(),
             QStringLiteral(".\n..\n.leading dot\nmiddle . dot\n.\n.\nend\n"));
}

void TestSmtpClient::hundredMessagesOverOneConnection_data() {
    QTest::addColumn<bool>("pipelining");
    QTest::newRow("pipelining") << true;
    QTest::newRow("no pipelining") << false;
}

void TestSmtpClient::hundredMessagesOverOneConnection() {
    QFETCH(bool, pipelining);
    SmtpTestServer server;
    QVERIFY2(
        server.start(pipelining ? QStringList{} : QStringList{QStringLiteral("--no-pipelining")}),
        qPrintable(server.error()));
    SmtpClient client(settingsFor(server, SmtpSettings::Security::None));
    QList<MimeMessage> messages;
    for (int i = 0; i < 100; ++i)
        messages << message(QStringLiteral("lead%1@lead.example").arg(i),
                            QStringLiteral("Message number %1\n").arg(i));
    QSignalSpy idle(&client, &MailTransport::idle);
    const auto outcomes = sendAll(client, messages);
    QCOMPARE(outcomes.size(), 100);
    for (const SendOutcome& o : outcomes)
        QVERIFY2(o.kind == Kind::Sent && o.serverAccepted, qPrintable(show(o)));
    QCOMPARE(client.serverCapabilities().pipelining, pipelining);
    QCOMPARE(server.connectionCount(), 1);
    QCOMPARE(client.connectionsOpened(), 1);
    QCOMPARE(server.eventCount(QStringLiteral("RSET")), 99);
    QCOMPARE(idle.size(), 1);
    const auto envelopes = server.envelopes();
    QCOMPARE(envelopes.size(), 100);
    for (int i = 0; i < 100; ++i)
        QCOMPARE(envelopes[i].value(QLatin1String("rcpt_tos")).toArray().at(0).toString(),
                 QStringLiteral("lead%1@lead.example").arg(i));
    const auto received = server.messages();
    QCOMPARE(EmlInspector::parse(received.at(57)).value(QLatin1String("text")).toString(),
             QStringLiteral("Message number 57\n"));
}

// Stopping a run between messages: what had not started comes back, nothing is lost or doubled.
void TestSmtpClient::cancelQueuedTakesBackUnstartedMessages() {
    SmtpTestServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    SmtpClient client(settingsFor(server, SmtpSettings::Security::None));
    QMap<qint64, SendOutcome> outcomes;
    QList<qint64> cancelled;
    connect(&client, &MailTransport::messageFinished, this,
            [&](qint64 id, const SendOutcome& outcome) {
                outcomes.insert(id, outcome);
                if (outcomes.size() == 5)
                    cancelled = client.cancelQueued();
            });
    for (int i = 1; i <= 50; ++i)
        client.send(i, message(QStringLiteral("c%1@lead.example").arg(i)));
    QTRY_VERIFY_WITH_TIMEOUT(!cancelled.isEmpty() && client.pendingCount() == 0, 20'000);
    QVERIFY(cancelled.size() >= 40);
    QCOMPARE(outcomes.size() + cancelled.size(), 50);
    for (const qint64 id : std::as_const(cancelled))
        QVERIFY(!outcomes.contains(id));
    for (const SendOutcome& o : std::as_const(outcomes))
        QVERIFY2(o.isSent(), qPrintable(show(o)));
    QTRY_COMPARE(server.messages().size(), int(outcomes.size()));
}

void TestSmtpClient::closeSendsQuit() {
    SmtpTestServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    SmtpClient client(settingsFor(server, SmtpSettings::Security::None));
    const auto outcomes = sendAll(client, {message(QStringLiteral("a@lead.example"))});
    QVERIFY(outcomes.value(1).isSent());
    QVERIFY(client.isConnected());
    QSignalSpy closed(&client, &SmtpClient::connectionClosed);
    client.close();
    QVERIFY(closed.wait(10'000));
    QVERIFY(!client.isConnected());
    QTRY_COMPARE(server.eventCount(QStringLiteral("QUIT")), 1);

    // Idle connections are closed the same way after the idle timeout.
    SmtpSettings s = settingsFor(server, SmtpSettings::Security::None);
    s.timeouts.idleMs = 300;
    SmtpClient idleClient(s);
    QVERIFY(sendAll(idleClient, {message(QStringLiteral("b@lead.example"))}).value(1).isSent());
    QSignalSpy idleClosed(&idleClient, &SmtpClient::connectionClosed);
    QVERIFY(idleClosed.wait(10'000));
    QTRY_COMPARE(server.eventCount(QStringLiteral("QUIT")), 2);
}

void TestSmtpClient::poolSpreadsOverConnections() {
    SmtpTestServer server;
    QVERIFY2(server.start(), qPrintable(server.error()));
    SmtpPool pool(settingsFor(server, SmtpSettings::Security::None), 3);
    QList<MimeMessage> messages;
    for (int i = 0; i < 30; ++i)
        messages << message(QStringLiteral("p%1@lead.example").arg(i));
    QSignalSpy idle(&pool, &MailTransport::idle);
    const auto outcomes = sendAll(pool, messages);
    QCOMPARE(outcomes.size(), 30);
    for (const SendOutcome& o : outcomes)
        QVERIFY2(o.isSent(), qPrintable(show(o)));
    QCOMPARE(pool.clientCount(), 3);
    QCOMPARE(server.connectionCount(), 3);
    QCOMPARE(server.messages().size(), 30);
    QTRY_COMPARE(idle.size(), 1);
}

void TestSmtpClient::fileTransportWritesEmlFiles() {
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("outbox/demo"));
    FileTransport transport(folder);
    const QList<MimeMessage> messages = {message(QStringLiteral("a@lead.example")),
                                         message(QStringLiteral("b@lead.example"))};
    const auto outcomes = sendAll(transport, messages);
    QCOMPARE(outcomes.size(), 2);
    for (const SendOutcome& o : outcomes)
        QVERIFY2(o.isSent() && o.serverAccepted, qPrintable(show(o)));
    const QStringList files =
        QDir(folder).entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 2);
    QCOMPARE(files.first(), FileTransport::fileNameFor(1, messages.first()));
    QFile f(QDir(folder).filePath(files.first()));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), messages.first().data());

    // A folder that cannot be created fails each message as temporary, with the reason.
    QFile blocker(dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    FileTransport broken(dir.filePath(QStringLiteral("file/sub")));
    const auto failed = sendAll(broken, {messages.first()});
    QVERIFY2(failed.value(1).kind == Kind::Temporary, qPrintable(show(failed.value(1))));
}

QTEST_GUILESS_MAIN(TestSmtpClient)
#include "tst_smtp_client.moc"
