#include "OutboxFixture.h"
#include "SmtpTestServer.h"
#include "TestDatabase.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace outreach;
using namespace outreach::test;

// Delivery through the outbox over TLS (STARTTLS and implicit, with a certificate made for
// the test) and with AUTH, on both backends: what goes through, and what an untrusted
// certificate or a refused login does to the queued mail.
class TestOutboxTls : public QObject {
    Q_OBJECT

    ManualClock clock{QDateTime(QDate(2026, 12, 2), QTime(10, 0), QTimeZone::utc())};
    std::unique_ptr<TestDatabase> db;
    std::unique_ptr<OutboxFixture> fx;
    QTemporaryDir certDir;
    SmtpTestServer::Certificate cert;
    qint64 user = 0;

    OutboxFixture::SenderSpec plain(const SmtpTestServer& server) {
        OutboxFixture::SenderSpec spec;
        spec.port = server.port();
        return spec;
    }

private slots:
    void initTestCase() {
        QVERIFY(certDir.isValid());
        const auto made = SmtpTestServer::makeCertificate(certDir.path());
        QVERIFY2(made.has_value(), "openssl req -x509 failed");
        cert = *made;
    }
    void init() {
        db = TestDatabase::create();
        fx = std::make_unique<OutboxFixture>(db->database(), clock);
        user = fx->addUser(QStringLiteral("client@agency.test"));
        QVERIFY(user > 0);
    }
    void cleanup() {
        fx.reset();
        db.reset();
    }

    void tls_data() {
        QTest::addColumn<bool>("implicit");
        QTest::newRow("STARTTLS") << false;
        QTest::newRow("implicit TLS") << true;
    }
    void tls() {
        QFETCH(bool, implicit);
        SmtpTestServer server;
        QStringList args{QStringLiteral("--tls-cert"), cert.certPath, QStringLiteral("--tls-key"),
                         cert.keyPath};
        if (implicit)
            args << QStringLiteral("--implicit-tls");
        QVERIFY2(server.start(args), qPrintable(server.error()));
        auto spec = plain(server);
        spec.host = QStringLiteral("localhost");
        spec.tls = implicit ? QStringLiteral("implicit") : QStringLiteral("starttls");
        spec.trustSelfSigned = true;
        QVERIFY(fx->addSender(user, spec) > 0);
        const qint64 id = fx->enqueue(user, {.to = QStringLiteral("a@lead.example")});
        const DeliveryReport report = fx->deliver({user}, OutboxFixture::policy());
        QVERIFY2(fx->row(user, id).status == QLatin1String("sent"),
                 qPrintable(fx->row(user, id).lastError));
        QCOMPARE(server.envelopes().size(), 1);
        // (With implicit TLS the server cannot speak plaintext at all; aiosmtpd only reports
        // STARTTLS sessions as TLS.)
        if (!implicit)
            QVERIFY(server.envelopes().first().value(QStringLiteral("tls")).toBool());
        QCOMPARE(report.totals().sent, 1);
    }

    // A self-signed certificate nobody trusted: the mail waits, the admin is told, the
    // message is not charged an attempt.
    void untrustedCertificateHoldsTheMail() {
        SmtpTestServer server;
        QVERIFY2(server.start({QStringLiteral("--tls-cert"), cert.certPath,
                               QStringLiteral("--tls-key"), cert.keyPath}),
                 qPrintable(server.error()));
        auto spec = plain(server);
        spec.host = QStringLiteral("localhost");
        spec.tls = QStringLiteral("starttls");
        QVERIFY(fx->addSender(user, spec) > 0);
        const qint64 id = fx->enqueue(user, {.to = QStringLiteral("a@lead.example")});
        const DeliveryReport report = fx->deliver({user}, OutboxFixture::policy());
        const OutboxMessage row = fx->row(user, id);
        QCOMPARE(row.status, QStringLiteral("retry"));
        QCOMPARE(row.attempts, 0);
        QVERIFY2(row.lastError.contains(QLatin1String("TLS")), qPrintable(row.lastError));
        QVERIFY(!report.totals().problems.isEmpty());
        QCOMPARE(server.messages().size(), 0);
    }

    void authentication() {
        SmtpTestServer server;
        QVERIFY2(
            server.start({QStringLiteral("--tls-cert"), cert.certPath, QStringLiteral("--tls-key"),
                          cert.keyPath, QStringLiteral("--auth"), QStringLiteral("bob:s3cret")}),
            qPrintable(server.error()));
        qputenv("OUTBOX_TEST_GOOD_PW", "s3cret");
        qputenv("OUTBOX_TEST_BAD_PW", "guess");
        auto spec = plain(server);
        spec.host = QStringLiteral("localhost");
        spec.tls = QStringLiteral("starttls");
        spec.trustSelfSigned = true;
        spec.username = QStringLiteral("bob");
        spec.passwordEnv = QStringLiteral("OUTBOX_TEST_GOOD_PW");
        QVERIFY(fx->addSender(user, spec) > 0);
        const qint64 good = fx->enqueue(user, {.to = QStringLiteral("a@lead.example")});
        const qint64 other = fx->addUser(QStringLiteral("other@agency.test"));
        spec.passwordEnv = QStringLiteral("OUTBOX_TEST_BAD_PW");
        QVERIFY(fx->addSender(other, spec) > 0);
        const qint64 bad = fx->enqueue(other, {.to = QStringLiteral("b@lead.example")});

        const DeliveryReport report = fx->deliver({user, other}, OutboxFixture::policy());
        QCOMPARE(fx->row(user, good).status, QStringLiteral("sent"));
        QCOMPARE(server.envelopes().size(), 1);
        QCOMPARE(server.envelopes().first().value(QStringLiteral("auth")).toString(),
                 QStringLiteral("bob"));
        const OutboxMessage refused = fx->row(other, bad);
        QCOMPARE(refused.status, QStringLiteral("retry"));
        QCOMPARE(refused.attempts, 0);
        QVERIFY2(refused.lastError.contains(QLatin1String("535")), qPrintable(refused.lastError));
        QCOMPARE(server.eventCount(QStringLiteral("AUTH bob fail")), 1);
        QVERIFY(report.users.at(1).problems.join(QLatin1Char(' ')).contains(QLatin1String("535")));
    }
};

QTEST_GUILESS_MAIN(TestOutboxTls)
#include "tst_outbox_tls.moc"
