#include "DovecotServer.h"
#include "TestEnv.h"
#include "imap/ImapBodyPart.h"
#include "imap/ImapClient.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTcpServer>
#include <QTest>

using namespace outreach;
using namespace outreach::imap;
using outreach::test::DovecotServer;

namespace {

// Runs one asynchronous client call to its callback on the test's event loop.
template <typename R, typename Call> R await(Call call, int timeoutMs = 60'000) {
    std::optional<R> result;
    call([&](R r) { result.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs))
        return R(Error::runtime(QStringLiteral("test: the call never finished")));
    return std::move(*result);
}

QString messageOf(const Status& s) {
    return s ? QStringLiteral("(success)") : s.error().message;
}

QByteArray mail(const QByteArray& subject, const QByteArray& body) {
    return "From: Jane Lead <jane@lead.example>\r\nTo: alice@agency.example\r\nSubject: " +
           subject + "\r\nMessage-ID: <" + subject.toLower().replace(' ', '-') +
           "@lead.example>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; "
           "charset=utf-8\r\n\r\n" +
           body + "\r\n";
}

// The hostile server script in one of its modes (see tests/support/hostile_imap_server.py).
class HostileServer {
public:
    bool start(const QString& mode) {
        m_process.start(test::python(),
                        {test::scriptsDir() + QStringLiteral("/hostile_imap_server.py"),
                         QStringLiteral("--mode"), mode});
        if (!m_process.waitForStarted(10'000))
            return false;
        QByteArray out;
        while (!out.contains('\n') && m_process.waitForReadyRead(10'000))
            out += m_process.readAllStandardOutput();
        m_port = quint16(out.trimmed().mid(5).toUInt());
        return out.startsWith("PORT ") && m_port != 0;
    }
    ~HostileServer() {
        m_process.kill();
        m_process.waitForFinished(5'000);
    }
    quint16 port() const { return m_port; }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace

class TestImapClient : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void readsAMailboxOverImplicitTls();
    void startTls();
    void selfSignedCertificateNeedsTrust();
    void plaintextPasswordIsRefused();
    void wrongPasswordIsACleanError();
    void deadServerIsACleanError();
    void searchPastTheLastUidFindsNothing();
    void hostileServerGivesACleanError_data();
    void hostileServerGivesACleanError();
    void silentServerTimesOut();

private:
    ImapSettings settings(ImapSettings::Security security = ImapSettings::Security::Implicit);
    DovecotServer m_dovecot;
};

void TestImapClient::initTestCase() {
    QVERIFY2(DovecotServer::installed(),
             "Dovecot is missing: scripts/install-deps.sh test installs dovecot-imapd");
    m_dovecot.addUser(QStringLiteral("alice"), QStringLiteral("alice-secret"));
    QVERIFY2(m_dovecot.start(), qPrintable(m_dovecot.error()));
}

ImapSettings TestImapClient::settings(ImapSettings::Security security) {
    ImapSettings s;
    s.host = QStringLiteral("localhost");
    s.security = security;
    s.port =
        security == ImapSettings::Security::Implicit ? m_dovecot.imapsPort() : m_dovecot.imapPort();
    s.username = QStringLiteral("alice");
    s.password = QStringLiteral("alice-secret");
    s.caCertificatePath = m_dovecot.certificatePath();
    s.timeouts.connectMs = s.timeouts.greetingMs = s.timeouts.commandMs = 20'000;
    return s;
}

void TestImapClient::readsAMailboxOverImplicitTls() {
    QVERIFY(m_dovecot.deliver(QStringLiteral("alice"), mail("First", "Hello one")));
    QVERIFY(m_dovecot.deliver(QStringLiteral("alice"),
                              mail("Second", QByteArray("Zweite Nachricht \xc3\xbc"))));
    ImapClient client(settings());
    const Status opened = await<Status>([&](auto done) { client.open(done); });
    QVERIFY2(opened.ok(), qPrintable(messageOf(opened)));
    QVERIFY(client.isEncrypted());
    QVERIFY(client.hasCapability("IMAP4rev1"));

    auto info = await<Result<ImapMailboxInfo>>(
        [&](auto done) { client.select(QStringLiteral("INBOX"), true, done); });
    QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().message));
    QVERIFY(info->uidValidity != 0);
    QCOMPARE(info->exists, 2u);
    QCOMPARE(info->uidNext, 3u);

    auto uids =
        await<Result<QList<quint32>>>([&](auto done) { client.uidSearchFrom(1, {}, done); });
    QVERIFY(uids.ok());
    QCOMPARE(*uids, (QList<quint32>{1, 2}));

    auto summaries = await<Result<QList<ImapMessageSummary>>>(
        [&](auto done) { client.uidFetchSummaries(*uids, 64 * 1024, done); });
    QVERIFY(summaries.ok());
    QCOMPARE(summaries->size(), 2);
    QVERIFY(summaries->at(1).header.contains("Subject: Second\r\n"));
    QVERIFY(summaries->at(1).size > 0);
    std::optional<ImapBodyPart> structure =
        ImapBodyPart::fromBodyStructure(summaries->at(1).bodyStructure);
    QVERIFY(structure);
    QVERIFY(structure->is("text", "plain"));

    // A cap shorter than the body cuts it there.
    auto parts =
        await<Result<ImapSections>>([&](auto done) { client.uidFetchSections(2, {"1"}, 7, done); });
    QVERIFY(parts.ok());
    QCOMPARE(parts->value("1"), QByteArray("Zweite "));

    const Status closed = await<Status>([&](auto done) { client.logout(done); });
    QVERIFY(closed.ok());
    QVERIFY(!client.isOpen());
    // After logout every call fails at once instead of hanging.
    auto late =
        await<Result<QList<quint32>>>([&](auto done) { client.uidSearchFrom(1, {}, done); });
    QVERIFY(!late.ok());
}

void TestImapClient::startTls() {
    ImapClient client(settings(ImapSettings::Security::StartTls));
    const Status opened = await<Status>([&](auto done) { client.open(done); });
    QVERIFY2(opened.ok(), qPrintable(messageOf(opened)));
    QVERIFY(client.isEncrypted());
    QVERIFY(await<Status>([&](auto done) { client.logout(done); }).ok());
}

void TestImapClient::selfSignedCertificateNeedsTrust() {
    ImapSettings untrusted = settings();
    untrusted.caCertificatePath.clear();
    ImapClient refused(untrusted);
    const Status opened = await<Status>([&](auto done) { refused.open(done); });
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().message.contains(QStringLiteral("TLS handshake")),
             qPrintable(opened.error().message));
    QVERIFY(opened.error().message.contains(QStringLiteral("self-signed")));

    untrusted.trustSelfSigned = true;
    ImapClient trusted(untrusted);
    QVERIFY(await<Status>([&](auto done) { trusted.open(done); }).ok());
}

void TestImapClient::plaintextPasswordIsRefused() {
    ImapSettings plain = settings(ImapSettings::Security::None);
    ImapClient refused(plain);
    bool called = false;
    std::optional<Status> result;
    refused.open([&](const Status& s) {
        called = true;
        result = s;
    });
    QVERIFY(!called); // callbacks never run inside the call that queued them
    QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 5'000));
    QVERIFY(!result->ok());
    QCOMPARE(result->error().field, QStringLiteral("security"));

    plain.allowPlaintextAuth = true;
    ImapClient allowed(plain);
    const Status opened = await<Status>([&](auto done) { allowed.open(done); });
    QVERIFY2(opened.ok(), qPrintable(messageOf(opened)));
    QVERIFY(!allowed.isEncrypted());
}

void TestImapClient::wrongPasswordIsACleanError() {
    ImapSettings wrong = settings();
    wrong.password = QStringLiteral("not-the-password");
    ImapClient client(wrong);
    const Status opened = await<Status>([&](auto done) { client.open(done); });
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().message.contains(QStringLiteral("login as alice failed")),
             qPrintable(opened.error().message));
    QVERIFY(!opened.error().message.contains(QStringLiteral("not-the-password")));
    auto after = await<Result<ImapMailboxInfo>>(
        [&](auto done) { client.select(QStringLiteral("INBOX"), true, done); });
    QVERIFY(!after.ok());
}

void TestImapClient::deadServerIsACleanError() {
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    ImapSettings dead = settings();
    dead.host = QStringLiteral("127.0.0.1");
    dead.port = port;
    ImapClient client(dead);
    const Status opened = await<Status>([&](auto done) { client.open(done); });
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().message.contains(QStringLiteral("IMAP connection to 127.0.0.1")),
             qPrintable(opened.error().message));
}

void TestImapClient::searchPastTheLastUidFindsNothing() {
    ImapClient client(settings());
    QVERIFY(await<Status>([&](auto done) { client.open(done); }).ok());
    auto info = await<Result<ImapMailboxInfo>>(
        [&](auto done) { client.select(QStringLiteral("INBOX"), true, done); });
    QVERIFY(info.ok());
    QVERIFY(info->exists > 0);
    // The server answers `UID n:*` past the end with the last message; the client drops it.
    auto uids = await<Result<QList<quint32>>>(
        [&](auto done) { client.uidSearchFrom(info->uidNext + 5, {}, done); });
    QVERIFY(uids.ok());
    QVERIFY2(uids->isEmpty(), qPrintable(QString::number(uids->value(0))));
}

void TestImapClient::hostileServerGivesACleanError_data() {
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("expected");
    QTest::newRow("huge literal") << QStringLiteral("huge-literal")
                                  << QStringLiteral("99999999999-byte literal");
    QTest::newRow("broken quoting")
        << QStringLiteral("broken-quote") << QStringLiteral("line break inside a quoted string");
    QTest::newRow("invalid escape")
        << QStringLiteral("bad-escape") << QStringLiteral("invalid escape");
    QTest::newRow("deep nesting") << QStringLiteral("deep-nesting")
                                  << QStringLiteral("nested deeper");
    QTest::newRow("endless line") << QStringLiteral("endless-line")
                                  << QStringLiteral("longer than");
    QTest::newRow("literal in greeting")
        << QStringLiteral("greeting-literal") << QStringLiteral("literal");
    QTest::newRow("BYE at login") << QStringLiteral("bye")
                                  << QStringLiteral("ended the session: BYE");
}

void TestImapClient::hostileServerGivesACleanError() {
    QFETCH(QString, mode);
    QFETCH(QString, expected);
    HostileServer server;
    QVERIFY(server.start(mode));
    ImapSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = server.port();
    s.security = ImapSettings::Security::None;
    s.allowPlaintextAuth = true;
    s.username = QStringLiteral("alice");
    s.password = QStringLiteral("x");
    s.limits.maxLineBytes = 1024 * 1024;
    // Timeouts far longer than the test allows: the error must come from the data itself.
    s.timeouts.connectMs = s.timeouts.greetingMs = s.timeouts.commandMs = 60'000;
    ImapClient client(s);
    QElapsedTimer clock;
    clock.start();
    Status failure = await<Status>([&](auto done) { client.open(done); }, 20'000);
    if (failure.ok()) {
        auto info = await<Result<ImapMailboxInfo>>(
            [&](auto done) { client.select(QStringLiteral("INBOX"), true, done); }, 20'000);
        QVERIFY(info.ok());
        auto fetched = await<Result<QList<ImapMessageSummary>>>(
            [&](auto done) { client.uidFetchSummaries({1}, 1024, done); }, 20'000);
        QVERIFY(!fetched.ok());
        failure = fetched.error();
    }
    QVERIFY(!failure.ok());
    QVERIFY2(failure.error().message.contains(expected), qPrintable(failure.error().message));
    QVERIFY2(clock.elapsed() < 15'000, "the error must not wait for a timeout");
    QVERIFY(!client.isOpen());
}

void TestImapClient::silentServerTimesOut() {
    HostileServer server;
    QVERIFY(server.start(QStringLiteral("stall")));
    ImapSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = server.port();
    s.security = ImapSettings::Security::None;
    s.allowPlaintextAuth = true;
    s.username = QStringLiteral("alice");
    s.password = QStringLiteral("x");
    s.timeouts.commandMs = 1'500;
    ImapClient client(s);
    const Status opened = await<Status>([&](auto done) { client.open(done); }, 20'000);
    QVERIFY(!opened.ok());
    // The greeting listed the capabilities, so the login is the first command to stall.
    QVERIFY2(opened.error().message.contains(QStringLiteral("no reply to AUTHENTICATE")),
             qPrintable(opened.error().message));
    QVERIFY(!opened.error().message.contains(QStringLiteral("PLAIN ")));
}

QTEST_GUILESS_MAIN(TestImapClient)
#include "tst_imap_client.moc"
