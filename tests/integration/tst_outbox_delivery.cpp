#include "EmlInspector.h"
#include "OutboxFixture.h"
#include "SmtpTestServer.h"
#include "TestDatabase.h"
#include "outbox/OutboxDispatcher.h"
#include "store/EngineSettingsRepository.h"
#include "store/Sql.h"
#include "store/UserScope.h"

#include <QDir>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace outreach;
using namespace outreach::test;

namespace {

// The Message-ID header of every message the server accepted, with the parsed message.
QHash<QString, QJsonObject> receivedByMessageId(const SmtpTestServer& server) {
    QHash<QString, QJsonObject> out;
    for (const QByteArray& raw : server.messages()) {
        const QJsonObject parsed = EmlInspector::parse(raw);
        const QStringList ids = EmlInspector::headerValues(parsed, QStringLiteral("Message-ID"));
        out.insert(ids.value(0), parsed);
    }
    return out;
}

QString tokenOf(const QString& messageId) {
    return messageId.mid(1, messageId.indexOf(QLatin1Char('@')) - 1);
}

} // namespace

// Delivery through the outbox to a real SMTP server (aiosmtpd), on both backends: what the
// recipient's reader sees, and the row state every kind of server failure leaves behind.
// (TLS and AUTH: tst_outbox_tls.)
class TestOutboxDelivery : public QObject {
    Q_OBJECT

    ManualClock clock{QDateTime(QDate(2026, 12, 2), QTime(10, 0), QTimeZone::utc())};
    std::unique_ptr<TestDatabase> db;
    std::unique_ptr<OutboxFixture> fx;
    qint64 user = 0;

    OutboxFixture::SenderSpec plain(const SmtpTestServer& server) {
        OutboxFixture::SenderSpec spec;
        spec.port = server.port();
        return spec;
    }

private slots:
    void initTestCase() { qRegisterMetaType<MessageResult>(); }
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

    void deliversMessagesAReaderUnderstands() {
        SmtpTestServer server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        QVERIFY(EngineSettingsRepository(db->database(), clock)
                    .setValue(QString::fromLatin1(DeliveryPolicy::kUnsubscribeUrlKey),
                              QStringLiteral("https://unsub.agency.example/u/{token}"))
                    .ok());
        Result<DeliveryPolicy> policy =
            DeliveryPolicy::fromAgencySettings(db->database(), clock, OutboxFixture::policy());
        QVERIFY(policy.ok());
        auto spec = plain(server);
        spec.from = QStringLiteral("Zoë Sender <zoe@agency.example>");
        QVERIFY(fx->addSender(user, spec) > 0);
        const qint64 taro = fx->addLead(user, QStringLiteral("taro@lead.example"));
        const qint64 ana = fx->addLead(user, QStringLiteral("ana@lead.example"));
        const QString subject = QStringLiteral("Café next week — 山田さん?");
        const qint64 first = fx->enqueue(
            user, {.to = QStringLiteral("taro@lead.example"),
                   .leadId = taro,
                   .subject = subject,
                   .body = QStringLiteral("Hi Taro,\n.\n.A line that starts with a dot\nBye\n")});
        const qint64 second =
            fx->enqueue(user, {.to = QStringLiteral("ana@lead.example"),
                               .leadId = ana,
                               .body = QStringLiteral("Hi Ana,\nPlain part.\n"),
                               .html = QStringLiteral("<html><body><p>Hi Ana</p></body></html>")});

        const DeliveryReport report = fx->deliver({user}, *policy);
        QCOMPARE(report.totals().sent, 2);
        QVERIFY2(report.totals().problems.isEmpty(),
                 qPrintable(report.totals().problems.join(QLatin1Char('\n'))));

        const auto received = receivedByMessageId(server);
        QCOMPARE(received.size(), 2);
        for (const qint64 id : {first, second}) {
            const OutboxMessage row = fx->row(user, id);
            QCOMPARE(row.status, QStringLiteral("sent"));
            QVERIFY(row.sentAt.has_value());
            QVERIFY2(received.contains(row.messageId), qPrintable(row.messageId));
            const QJsonObject m = received.value(row.messageId);
            QVERIFY2(
                m.value(QStringLiteral("defects")).toArray().isEmpty(),
                qPrintable(QJsonDocument(m.value(QStringLiteral("defects")).toArray()).toJson()));
            QCOMPARE(m.value(QStringLiteral("from"))
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(QStringLiteral("display_name")),
                     QJsonValue(QStringLiteral("Zoë Sender")));
            QCOMPARE(m.value(QStringLiteral("to"))
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(QStringLiteral("addr_spec")),
                     QJsonValue(row.toAddress));
            QCOMPARE(EmlInspector::headerValues(m, QStringLiteral("Subject")),
                     QStringList{row.subject});
            const QString token = tokenOf(row.messageId);
            QVERIFY(row.messageId.endsWith(QLatin1String("@agency.example>")));
            QCOMPARE(EmlInspector::headerValues(m, QStringLiteral("List-Unsubscribe")),
                     QStringList{QStringLiteral("<mailto:zoe%2Bunsubscribe-%1@agency.example?"
                                                "subject=unsubscribe>, "
                                                "<https://unsub.agency.example/u/%1>")
                                     .arg(token)});
            QCOMPARE(EmlInspector::headerValues(m, QStringLiteral("List-Unsubscribe-Post")),
                     QStringList{QStringLiteral("List-Unsubscribe=One-Click")});
            const QString text = m.value(QStringLiteral("text")).toString();
            QVERIFY2(text.contains(QLatin1String("Agency Ltd, 1 Harbour Street, Bristol")),
                     qPrintable(text));
            QVERIFY(text.contains(
                QStringLiteral("Unsubscribe: https://unsub.agency.example/u/%1").arg(token)));
        }
        // Dot-stuffing is undone by the server: the reader sees the lines as written.
        const QJsonObject firstReceived = received.value(fx->row(user, first).messageId);
        QVERIFY(firstReceived.value(QStringLiteral("text"))
                    .toString()
                    .startsWith(QLatin1String("Hi Taro,\n.\n.A line that starts with a dot\nBye")));
        const QString html = received.value(fx->row(user, second).messageId)
                                 .value(QStringLiteral("html"))
                                 .toString();
        QVERIFY2(html.contains(QLatin1String("Agency Ltd")) &&
                     html.contains(QLatin1String("<p>Hi Ana</p>")),
                 qPrintable(html));
        for (const QJsonObject& envelope : server.envelopes())
            QCOMPARE(envelope.value(QStringLiteral("mail_from")).toString(),
                     QStringLiteral("zoe@agency.example"));
        QCOMPARE(fx->leadStatus(user, taro), QStringLiteral("contacted"));
        QCOMPARE(fx->leadStatus(user, ana), QStringLiteral("contacted"));
    }

    void injectionPayloadsNeverAddAHeader() {
        SmtpTestServer server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        QVERIFY(fx->addSender(user, plain(server)) > 0);
        const qint64 badSubject =
            fx->enqueue(user, {.to = QStringLiteral("a@lead.example"),
                               .subject = QStringLiteral("Hello\r\nBcc: victim@evil.example")});
        const qint64 badTo =
            fx->enqueue(user, {.to = QStringLiteral("b@lead.example\r\nBcc: victim@evil.example")});
        const qint64 badLf = fx->enqueue(user, {.to = QStringLiteral("c@lead.example"),
                                                .subject = QStringLiteral("Hi\nX-Injected: yes")});
        const qint64 clean = fx->enqueue(user, {.to = QStringLiteral("d@lead.example")});
        // An account whose display name carries a header of its own holds its user's mail.
        const qint64 other = fx->addUser(QStringLiteral("other@agency.test"));
        auto evil = plain(server);
        evil.from = QStringLiteral("Ann\r\nBcc: victim@evil.example <ann@agency.example>");
        QVERIFY(fx->addSender(other, evil) > 0);
        const qint64 held = fx->enqueue(other, {.to = QStringLiteral("e@lead.example")});

        const DeliveryReport report = fx->deliver({user, other}, OutboxFixture::policy());
        // Each fails on its own, with the field named; nothing of it reaches the server.
        for (const auto& [id, field] : {std::pair{badSubject, QStringLiteral("subject: ")},
                                        std::pair{badTo, QStringLiteral("to: ")},
                                        std::pair{badLf, QStringLiteral("subject: ")}}) {
            const OutboxMessage row = fx->row(user, id);
            QCOMPARE(row.status, QStringLiteral("failed"));
            QVERIFY2(row.lastError.startsWith(field) &&
                         row.lastError.contains(QLatin1String("line break")),
                     qPrintable(row.lastError));
        }
        QCOMPARE(fx->row(user, clean).status, QStringLiteral("sent"));
        QCOMPARE(fx->row(other, held).status, QStringLiteral("pending"));
        QVERIFY(!report.users.at(1).problems.isEmpty());
        const QList<QByteArray> messages = server.messages();
        QCOMPARE(messages.size(), 1);
        QVERIFY(!messages.first().contains("evil.example"));
        QVERIFY(!messages.first().contains("X-Injected"));
        QCOMPARE(server.envelopes().first().value(QStringLiteral("rcpt_tos")).toArray(),
                 QJsonArray{QStringLiteral("d@lead.example")});
    }

    void serverFailuresEndInTheRightState_data() {
        QTest::addColumn<QStringList>("serverArgs");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("errorContains");
        QTest::addColumn<int>("bodyMb");
        QTest::newRow("421 at MAIL FROM") << QStringList{QStringLiteral("--mail-reply"),
                                                         QStringLiteral("421 4.3.2 Shutting down")}
                                          << QStringLiteral("retry") << QStringLiteral("421") << 0;
        QTest::newRow("451 after the data")
            << QStringList{QStringLiteral("--data-reply"), QStringLiteral("*=451 4.3.0 Try later")}
            << QStringLiteral("retry") << QStringLiteral("451") << 0;
        QTest::newRow("550 policy at RCPT")
            << QStringList{QStringLiteral("--rcpt-reply"),
                           QStringLiteral("*=550 5.7.1 Relaying denied")}
            << QStringLiteral("failed") << QStringLiteral("5.7.1") << 0;
        QTest::newRow("552 after the data")
            << QStringList{QStringLiteral("--data-reply"),
                           QStringLiteral("*=552 5.3.4 Message too big")}
            << QStringLiteral("failed") << QStringLiteral("552") << 0;
        QTest::newRow("552 at RCPT is temporary")
            << QStringList{QStringLiteral("--rcpt-reply"),
                           QStringLiteral("*=552 5.2.2 Mailbox full")}
            << QStringLiteral("retry") << QStringLiteral("552") << 0;
        // Far more than the loopback socket buffers hold: the final "." cannot have left.
        QTest::newRow("dropped mid-data")
            << QStringList{QStringLiteral("--drop-mid-data"), QStringLiteral("*")}
            << QStringLiteral("retry") << QStringLiteral("closed") << 24;
        // A small message was wholly handed to the network before the server hung up: from
        // the client's side the server may have taken it, so it is held, not resent.
        QTest::newRow("dropped mid-data, message already out")
            << QStringList{QStringLiteral("--drop-mid-data"), QStringLiteral("*")}
            << QStringLiteral("unknown") << QStringLiteral("may have accepted") << 0;
        QTest::newRow("dropped after the data")
            << QStringList{QStringLiteral("--drop-after-data"), QStringLiteral("*")}
            << QStringLiteral("unknown") << QStringLiteral("may have accepted") << 0;
        QTest::newRow("stalls after the data")
            << QStringList{QStringLiteral("--stall"), QStringLiteral("dataend")}
            << QStringLiteral("unknown") << QStringLiteral("no reply") << 0;
        QTest::newRow("stalls at RCPT")
            << QStringList{QStringLiteral("--stall"), QStringLiteral("rcpt")}
            << QStringLiteral("retry") << QStringLiteral("no reply") << 0;
    }
    void serverFailuresEndInTheRightState() {
        QFETCH(QStringList, serverArgs);
        QFETCH(QString, status);
        QFETCH(QString, errorContains);
        QFETCH(int, bodyMb);
        SmtpTestServer server;
        QVERIFY2(server.start(serverArgs), qPrintable(server.error()));
        QVERIFY(fx->addSender(user, plain(server)) > 0);
        const qint64 lead = fx->addLead(user, QStringLiteral("a@lead.example"));
        QString body = QStringLiteral("Hello,\nA short note.\n");
        const QString line = QStringLiteral("All work and no play makes a long message.\n");
        while (body.size() < bodyMb * 1024 * 1024)
            body += line;
        const qint64 id = fx->enqueue(
            user, {.to = QStringLiteral("a@lead.example"), .leadId = lead, .body = body});
        DeliveryPolicy policy = OutboxFixture::policy();
        policy.timeouts.commandMs = 1'500;
        policy.timeouts.dataEndMs = 1'500;

        fx->deliver({user}, policy);
        const OutboxMessage row = fx->row(user, id);
        QCOMPARE(row.status, status);
        QCOMPARE(row.attempts, 1);
        QVERIFY2(row.lastError.contains(errorContains, Qt::CaseInsensitive),
                 qPrintable(row.lastError));
        QCOMPARE(server.messages().size(), 0);
        QCOMPARE(fx->leadStatus(user, lead), QStringLiteral("new"));
        if (status == QLatin1String("retry"))
            QCOMPARE(row.scheduledFor, clock.nowMs() + policy.backoffBaseMs);
        // Nothing is lost and nothing goes out twice: the row is still there, once, and a
        // second pass at the same instant has nothing to claim.
        Result<QList<OutboxMessage>> all =
            UserScope::open(db->database(), clock, user)->outbox().list();
        QCOMPARE(all->size(), 1);
        QCOMPARE(fx->deliver({user}, policy).totals().claimed, 0);
    }

    void retriesBackOffThenGiveUp() {
        SmtpTestServer server;
        QVERIFY2(
            server.start({QStringLiteral("--data-reply"), QStringLiteral("*=451 4.3.0 Try later")}),
            qPrintable(server.error()));
        QVERIFY(fx->addSender(user, plain(server)) > 0);
        const qint64 id = fx->enqueue(user, {.to = QStringLiteral("a@lead.example")});
        DeliveryPolicy policy = OutboxFixture::policy();
        policy.maxAttempts = 3;
        const qint64 minute = 60'000;
        fx->deliver({user}, policy);
        QCOMPARE(fx->row(user, id).status, QStringLiteral("retry"));
        QCOMPARE(fx->row(user, id).scheduledFor, clock.nowMs() + 5 * minute);
        clock.advanceMs(4 * minute);
        QCOMPARE(fx->deliver({user}, policy).totals().claimed, 0); // not due yet
        clock.advanceMs(1 * minute);
        fx->deliver({user}, policy);
        QCOMPARE(fx->row(user, id).attempts, 2);
        QCOMPARE(fx->row(user, id).scheduledFor, clock.nowMs() + 10 * minute);
        clock.advanceMs(10 * minute);
        fx->deliver({user}, policy);
        const OutboxMessage row = fx->row(user, id);
        QCOMPARE(row.status, QStringLiteral("failed"));
        QCOMPARE(row.attempts, 3);
        QVERIFY2(row.lastError.startsWith(QLatin1String("gave up after 3 attempts")),
                 qPrintable(row.lastError));
    }

    // A retried message keeps its Message-ID, so a receiver can tell a repeat from a new one.
    void aRetryKeepsTheMessageId() {
        SmtpTestServer refusing;
        QVERIFY2(refusing.start(
                     {QStringLiteral("--data-reply"), QStringLiteral("*=451 4.3.0 Try later")}),
                 qPrintable(refusing.error()));
        const qint64 sender = fx->addSender(user, plain(refusing));
        const qint64 id = fx->enqueue(user, {.to = QStringLiteral("a@lead.example")});
        fx->deliver({user}, OutboxFixture::policy());
        const QString firstId = fx->row(user, id).messageId;
        QVERIFY(!firstId.isEmpty());
        refusing.stop();

        SmtpTestServer accepting;
        QVERIFY2(accepting.start(), qPrintable(accepting.error()));
        Sql move(*db->database().connection(),
                 QStringLiteral("UPDATE sender_accounts SET smtp_port = :port WHERE id = :id"));
        QVERIFY(move.bindInt(QStringLiteral(":port"), accepting.port())
                    .bindInt(QStringLiteral(":id"), sender)
                    .exec()
                    .ok());
        clock.advanceMs(OutboxFixture::policy().backoffBaseMs);
        fx->deliver({user}, OutboxFixture::policy());
        QCOMPARE(fx->row(user, id).status, QStringLiteral("sent"));
        QCOMPARE(fx->row(user, id).messageId, firstId);
        QVERIFY(receivedByMessageId(accepting).contains(firstId));
    }

    // Stopping a run (cancellation) never cuts into a transaction: what went out is sent,
    // what had not started is back in the queue, attempt given back.
    void stopPutsUnsentMessagesBack() {
        SmtpTestServer server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        QVERIFY(fx->addSender(user, plain(server)) > 0);
        QList<qint64> ids;
        for (int i = 0; i < 30; ++i)
            ids << fx->enqueue(user, {.to = QStringLiteral("lead%1@lead.example").arg(i)});
        DeliveryPolicy policy = OutboxFixture::policy();
        policy.connectionsPerServer = 1;
        OutboxDispatcher dispatcher(db->database(), clock, policy);
        QSignalSpy finished(&dispatcher, &OutboxDispatcher::finished);
        connect(&dispatcher, &OutboxDispatcher::messageSettled, &dispatcher,
                [&](const MessageResult& r) {
                    if (r.status == QLatin1String("sent"))
                        dispatcher.stop();
                });
        dispatcher.start({fx->user(user)});
        QVERIFY(finished.wait(20'000));
        int sent = 0;
        int queued = 0;
        for (const qint64 id : ids) {
            const OutboxMessage row = fx->row(user, id);
            if (row.status == QLatin1String("sent")) {
                ++sent;
            } else {
                QCOMPARE(row.status, QStringLiteral("pending"));
                QCOMPARE(row.attempts, 0);
                ++queued;
            }
        }
        QVERIFY(sent >= 1);
        QVERIFY2(queued >= 1, "the stop came after every message had gone");
        QCOMPARE(sent + queued, 30);
        QCOMPARE(server.messages().size(), sent);
        QCOMPARE(dispatcher.report().totals().deferred, queued);
        // The queue still holds them for the next run.
        QCOMPARE(fx->deliver({user}, OutboxFixture::policy()).totals().sent, queued);
    }

    void dryRunsAndFileAccountsWriteEmlFiles() {
        QTemporaryDir dir;
        const QString accountDir = dir.filePath(QStringLiteral("account"));
        OutboxFixture::SenderSpec spec;
        spec.host = QUrl::fromLocalFile(accountDir).toString();
        QVERIFY(fx->addSender(user, spec) > 0);
        const qint64 id = fx->enqueue(user, {.to = QStringLiteral("a@lead.example")});
        fx->deliver({user}, OutboxFixture::policy());
        const OutboxMessage row = fx->row(user, id);
        QCOMPARE(row.status, QStringLiteral("sent"));
        const QStringList files = QDir(accountDir).entryList({QStringLiteral("*.eml")});
        QCOMPARE(files.size(), 1);
        QFile file(QDir(accountDir).filePath(files.first()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject parsed = EmlInspector::parse(file.readAll());
        QCOMPARE(EmlInspector::headerValues(parsed, QStringLiteral("Message-ID")),
                 QStringList{row.messageId});

        // The agency-wide dry run sends nothing, whatever the accounts say.
        const qint64 other = fx->addUser(QStringLiteral("other@agency.test"));
        QVERIFY(fx->addSender(other, {.port = 1}) > 0); // nothing listens on port 1
        const qint64 second = fx->enqueue(other, {.to = QStringLiteral("b@lead.example")});
        DeliveryPolicy dry = OutboxFixture::policy();
        dry.dryRunDirectory = dir.filePath(QStringLiteral("dry"));
        fx->deliver({other}, dry);
        QCOMPARE(fx->row(other, second).status, QStringLiteral("sent"));
        QCOMPARE(QDir(dry.dryRunDirectory).entryList({QStringLiteral("*.eml")}).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestOutboxDelivery)
#include "tst_outbox_delivery.moc"
