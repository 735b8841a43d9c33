#include "CtlRunner.h"
#include "OutboxFixture.h"
#include "SmtpTestServer.h"
#include "TestDatabase.h"
#include "TestEnv.h"
#include "store/Database.h"
#include "store/Sql.h"
#include "store/UserScope.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace outreach;
using namespace outreach::test;

// The outbox across processes, as outreachctl runs it, on both backends: an engine killed in
// the middle of a transaction, two engines draining one database, and a sender's test send.
class TestOutboxEngines : public QObject {
    Q_OBJECT

    ManualClock clock{QDateTime(QDate(2026, 12, 2), QTime(10, 0), QTimeZone::utc())};
    std::unique_ptr<TestDatabase> db;
    std::unique_ptr<OutboxFixture> fx;

    static QString at(int minutes) {
        return QDateTime(QDate(2026, 12, 2), QTime(10, 0), QTimeZone::utc())
            .addSecs(minutes * 60)
            .toString(Qt::ISODate);
    }
    QStringList ctlArgs(const QStringList& args, int minutes = 0) const {
        return QStringList{QStringLiteral("--db"), db->url(), QStringLiteral("--now"),
                           at(minutes)} +
               args;
    }
    QProcess* startCtl(const QStringList& args, int minutes = 0) {
        auto* p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OUTREACH_KEYCHAIN"), QStringLiteral("off"));
        p->setProcessEnvironment(env);
        p->start(outreachctl(), ctlArgs(args, minutes));
        return p;
    }
    void moveSender(qint64 sender, quint16 port) {
        Sql move(*db->database().connection(),
                 QStringLiteral("UPDATE sender_accounts SET smtp_port = :port WHERE id = :id"));
        QVERIFY(move.bindInt(QStringLiteral(":port"), port)
                    .bindInt(QStringLiteral(":id"), sender)
                    .exec()
                    .ok());
    }

private slots:
    void init() {
        db = TestDatabase::create();
        fx = std::make_unique<OutboxFixture>(db->database(), clock);
    }
    void cleanup() {
        fx.reset();
        db.reset();
    }

    // SPEC 3.11: an engine dies after `sending` was written; on the next start the row is
    // `unknown`, listed for the admin, and never resent unless the admin says so.
    void killedMidTransactionBecomesUnknownNeverResentSilently() {
        SmtpTestServer stalling;
        QVERIFY2(stalling.start({QStringLiteral("--stall"), QStringLiteral("dataend")}),
                 qPrintable(stalling.error()));
        const qint64 user = fx->addUser(QStringLiteral("client@agency.test"));
        const qint64 sender = fx->addSender(user, {.port = stalling.port()});
        const qint64 id = fx->enqueue(user, {.to = QStringLiteral("a@lead.example")});

        QProcess* engine = startCtl({QStringLiteral("outbox"), QStringLiteral("drain")});
        QVERIFY(QTest::qWaitFor(
            [&] { return fx->row(user, id).status == QLatin1String("sending"); }, 20'000));
        QVERIFY(QTest::qWaitFor([&] { return stalling.eventCount(QStringLiteral("CONNECT")) > 0; },
                                10'000));
        engine->kill();
        QVERIFY(engine->waitForFinished(10'000));
        const QString messageId = fx->row(user, id).messageId;
        QVERIFY(!messageId.isEmpty());

        SmtpTestServer accepting;
        QVERIFY2(accepting.start(), qPrintable(accepting.error()));
        moveSender(sender, accepting.port());
        // A minute later the dead engine's claim is still valid: a new engine keeps off it.
        CtlResult early = runCtl(db->url(), {QStringLiteral("--now"), at(1),
                                             QStringLiteral("outbox"), QStringLiteral("drain")});
        QCOMPARE(early.exitCode, 0);
        QCOMPARE(fx->row(user, id).status, QStringLiteral("sending"));
        // Once the claim has expired, start-up turns it into `unknown`.
        CtlResult later = runCtl(db->url(), {QStringLiteral("--now"), at(20),
                                             QStringLiteral("outbox"), QStringLiteral("drain")});
        QCOMPARE(later.exitCode, 0);
        QVERIFY2(later.out.contains(QLatin1String("1 interrupted send(s) marked unknown")),
                 qPrintable(later.out));
        QCOMPARE(fx->row(user, id).status, QStringLiteral("unknown"));
        QCOMPARE(accepting.messages().size(), 0);

        CtlResult listed = runCtl(db->url(), {QStringLiteral("--json"), QStringLiteral("outbox"),
                                              QStringLiteral("list"), QStringLiteral("--status"),
                                              QStringLiteral("unknown")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray rows = listed.json().array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().toObject().value(QStringLiteral("id")).toInteger(), id);
        // Another drain still leaves it alone.
        QCOMPARE(runCtl(db->url(), {QStringLiteral("--now"), at(21), QStringLiteral("outbox"),
                                    QStringLiteral("drain")})
                     .exitCode,
                 0);
        QCOMPARE(accepting.messages().size(), 0);

        // The admin decides to resend: it goes out once, with the Message-ID it had.
        QCOMPARE(runCtl(db->url(), {QStringLiteral("--now"), at(22), QStringLiteral("outbox"),
                                    QStringLiteral("resend"), QString::number(id)})
                     .exitCode,
                 0);
        QCOMPARE(runCtl(db->url(), {QStringLiteral("--now"), at(22), QStringLiteral("outbox"),
                                    QStringLiteral("drain")})
                     .exitCode,
                 0);
        QCOMPARE(fx->row(user, id).status, QStringLiteral("sent"));
        QCOMPARE(accepting.messages().size(), 1);
        QVERIFY(accepting.messages().first().contains(messageId.toLatin1()));
    }

    // Two engines (two processes) drain one database at once: every row goes out exactly once.
    void twoEnginesSendEachRowExactlyOnce() {
        SmtpTestServer server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        constexpr int kUsers = 20;
        constexpr int kPerUser = 100;
        QList<qint64> users;
        for (int u = 0; u < kUsers; ++u) {
            users << fx->addUser(QStringLiteral("client%1@agency.test").arg(u));
            QVERIFY(fx->addSender(users.last(), {.port = server.port(), .dailyCap = 0}) > 0);
        }
        QVERIFY(db->database()
                    .transaction([&](QSqlDatabase&) -> Status {
                        for (int u = 0; u < kUsers; ++u)
                            for (int i = 0; i < kPerUser; ++i)
                                if (fx->enqueue(users[u], {.to = QStringLiteral("lead%1-%2@lead."
                                                                                "example")
                                                                     .arg(u)
                                                                     .arg(i)}) == 0)
                                    return Error::runtime(QStringLiteral("enqueue failed"));
                        return Status::success();
                    })
                    .ok());

        QProcess* a =
            startCtl({QStringLiteral("--json"), QStringLiteral("outbox"), QStringLiteral("drain"),
                      QStringLiteral("--connections"), QStringLiteral("2")});
        QProcess* b =
            startCtl({QStringLiteral("--json"), QStringLiteral("outbox"), QStringLiteral("drain"),
                      QStringLiteral("--connections"), QStringLiteral("2")});
        // Waiting with the event loop running keeps the server's event pipe drained.
        QVERIFY(QTest::qWaitFor(
            [&] {
                (void)server.connectionCount();
                return a->state() == QProcess::NotRunning && b->state() == QProcess::NotRunning;
            },
            180'000));
        QCOMPARE(a->exitCode(), 0);
        QCOMPARE(b->exitCode(), 0);
        const QJsonObject ra = QJsonDocument::fromJson(a->readAllStandardOutput()).object();
        const QJsonObject rb = QJsonDocument::fromJson(b->readAllStandardOutput()).object();
        const int sentA = ra.value(QStringLiteral("sent")).toInt();
        const int sentB = rb.value(QStringLiteral("sent")).toInt();
        qInfo("engine A sent %d, engine B sent %d", sentA, sentB);
        QCOMPARE(sentA + sentB, kUsers * kPerUser);
        QVERIFY2(sentA > 0 && sentB > 0, "both engines must have taken part");

        // What the server received, by Message-ID: 2,000 distinct, the rows' own.
        static const QRegularExpression header(QStringLiteral("(?im)^Message-ID: (<[^>]+>)"));
        QSet<QString> received;
        const QList<QByteArray> messages = server.messages();
        QCOMPARE(messages.size(), kUsers * kPerUser);
        for (const QByteArray& raw : messages)
            received.insert(header.match(QString::fromLatin1(raw)).captured(1));
        QCOMPARE(received.size(), kUsers * kPerUser);
        QSet<QString> recorded;
        for (qint64 u : users) {
            Result<QList<OutboxMessage>> rows =
                UserScope::open(db->database(), clock, u)->outbox().list({}, 1000);
            for (const OutboxMessage& row : *rows) {
                QCOMPARE(row.status, QStringLiteral("sent"));
                QCOMPARE(row.attempts, 1);
                recorded.insert(row.messageId);
            }
        }
        QCOMPARE(recorded, received);
    }

    void sendersTestReportsTheMessageIdOrTheReason() {
        SmtpTestServer server;
        QVERIFY2(server.start({QStringLiteral("--rcpt-reply"),
                               QStringLiteral("denied@=550 5.7.1 Relaying denied")}),
                 qPrintable(server.error()));
        const QString url = db->url();
        QCOMPARE(runCtl(url, {QStringLiteral("users"), QStringLiteral("add"),
                              QStringLiteral("--email"), QStringLiteral("c@agency.test"),
                              QStringLiteral("--name"), QStringLiteral("C")})
                     .exitCode,
                 0);
        CtlResult added =
            runCtl(url, {QStringLiteral("senders"), QStringLiteral("add"), QStringLiteral("--user"),
                         QStringLiteral("1"), QStringLiteral("--from"),
                         QStringLiteral("Ann <ann@agency.example>"), QStringLiteral("--smtp"),
                         QStringLiteral("smtp://127.0.0.1:%1?tls=none").arg(server.port())});
        QCOMPARE(added.exitCode, 0);

        CtlResult ok =
            runCtl(url, {QStringLiteral("senders"), QStringLiteral("test"), QStringLiteral("1"),
                         QStringLiteral("--to"), QStringLiteral("me@lead.example")});
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
        static const QRegularExpression id(QStringLiteral("Message-ID (<[^>]+@agency.example>)"));
        const QString messageId = id.match(ok.out).captured(1);
        QVERIFY2(!messageId.isEmpty(), qPrintable(ok.out));
        QCOMPARE(server.messages().size(), 1);
        QVERIFY(server.messages().first().contains(messageId.toLatin1()));

        CtlResult refused =
            runCtl(url, {QStringLiteral("senders"), QStringLiteral("test"), QStringLiteral("1"),
                         QStringLiteral("--to"), QStringLiteral("denied@lead.example")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("550 5.7.1 Relaying denied")),
                 qPrintable(refused.err));
        QCOMPARE(server.messages().size(), 1);

        QCOMPARE(
            runCtl(url, {QStringLiteral("senders"), QStringLiteral("test"), QStringLiteral("99"),
                         QStringLiteral("--to"), QStringLiteral("me@lead.example")})
                .exitCode,
            2);
        CtlResult audit = runCtl(url, {QStringLiteral("--json"), QStringLiteral("audit")});
        int tests = 0;
        for (const QJsonValue& e : audit.json().array())
            tests += e.toObject().value(QStringLiteral("action")) == QLatin1String("sender.test");
        QCOMPARE(tests, 2);
        // The failed test is not retried behind the admin's back.
        CtlResult queue = runCtl(
            url, {QStringLiteral("--json"), QStringLiteral("outbox"), QStringLiteral("list")});
        QStringList statuses;
        for (const QJsonValue& m : queue.json().array())
            statuses << m.toObject().value(QStringLiteral("status")).toString();
        statuses.sort();
        QCOMPARE(statuses, (QStringList{QStringLiteral("failed"), QStringLiteral("sent")}));
    }
};

QTEST_GUILESS_MAIN(TestOutboxEngines)
#include "tst_outbox_engines.moc"
