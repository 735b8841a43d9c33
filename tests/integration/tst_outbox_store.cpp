#include "CtlRunner.h"
#include "TestDatabase.h"
#include "store/AdminOutboxRepository.h"
#include "store/UserRepository.h"
#include "store/UserScope.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QThread>
#include <QtTest>

using namespace outreach;
using namespace outreach::test;

// The outbox's states and claims on both backends: what keeps "no email lost, none sent twice".
class TestOutboxStore : public QObject {
    Q_OBJECT

    ManualClock clock{QDateTime(QDate(2026, 12, 4), QTime(9, 0), QTimeZone::utc())};
    std::unique_ptr<TestDatabase> db;
    qint64 userA = 0;
    qint64 userB = 0;

    UserScope scope(qint64 id) { return *UserScope::open(db->database(), clock, id); }

    qint64 enqueue(qint64 user, const QString& to, const QString& key = {}) {
        OutboxMessage m;
        m.kind = QStringLiteral("initial");
        m.toAddress = to;
        m.subject = QStringLiteral("Hello");
        m.bodyText = QStringLiteral("Body");
        m.idempotencyKey = key;
        auto queued = scope(user).outbox().enqueue(m);
        if (!queued.ok() || !queued->has_value())
            return 0;
        return (*queued)->id;
    }

private Q_SLOTS:
    void init() {
        db = TestDatabase::create();
        UserRepository users(db->database(), clock);
        User a;
        a.email = QStringLiteral("a@agency.test");
        a.name = QStringLiteral("A");
        userA = users.add(a)->id;
        a.email = QStringLiteral("b@agency.test");
        userB = users.add(a)->id;
    }
    void cleanup() { db.reset(); }

    void lifecycleSendingThenSent() {
        const qint64 id = enqueue(userA, QStringLiteral("lead@x.test"));
        QVERIFY(id > 0);
        auto claimed =
            scope(userA).outbox().claimDue(QStringLiteral("engine-1"), 50, clock.nowMs() + 60000);
        QCOMPARE(claimed->size(), 1);
        QVERIFY(scope(userA)
                    .outbox()
                    .markSending(id, QStringLiteral("engine-1"), clock.nowMs() + 60000)
                    .ok());
        QCOMPARE(scope(userA).outbox().find(id)->status, QStringLiteral("sending"));
        QCOMPARE(scope(userA).outbox().find(id)->attempts, 1);
        QVERIFY(scope(userA).outbox().markSent(id, QStringLiteral("<m1@client.test>")).ok());
        const OutboxMessage sent = *scope(userA).outbox().find(id);
        QCOMPARE(sent.status, QStringLiteral("sent"));
        QCOMPARE(sent.messageId, QStringLiteral("<m1@client.test>"));
        QCOMPARE(*sent.sentAt, clock.nowMs());
        // A sent row is never claimed again.
        QCOMPARE(scope(userA)
                     .outbox()
                     .claimDue(QStringLiteral("engine-2"), 50, clock.nowMs() + 60000)
                     ->size(),
                 0);
        QCOMPARE(*scope(userA).outbox().sentSince(clock.nowMs() - 1000), 1);
    }

    void anotherEnginesClaimIsRespectedUntilItExpires() {
        const qint64 id = enqueue(userA, QStringLiteral("lead@x.test"));
        QCOMPARE(scope(userA)
                     .outbox()
                     .claimDue(QStringLiteral("engine-1"), 50, clock.nowMs() + 60000)
                     ->size(),
                 1);
        QCOMPARE(scope(userA)
                     .outbox()
                     .claimDue(QStringLiteral("engine-2"), 50, clock.nowMs() + 60000)
                     ->size(),
                 0);
        // Only the claim holder may start sending.
        QVERIFY(!scope(userA)
                     .outbox()
                     .markSending(id, QStringLiteral("engine-2"), clock.nowMs() + 60000)
                     .ok());
        clock.advanceMs(61000); // engine-1 died; its lease ran out
        QCOMPARE(scope(userA)
                     .outbox()
                     .claimDue(QStringLiteral("engine-2"), 50, clock.nowMs() + 60000)
                     ->size(),
                 1);
    }

    void retryWaitsForItsTime() {
        const qint64 id = enqueue(userA, QStringLiteral("lead@x.test"));
        scope(userA).outbox().claimDue(QStringLiteral("e"), 50, clock.nowMs() + 60000).value();
        QVERIFY(
            scope(userA).outbox().markSending(id, QStringLiteral("e"), clock.nowMs() + 60000).ok());
        QVERIFY(scope(userA)
                    .outbox()
                    .markRetry(id, QStringLiteral("451 try later"), clock.nowMs() + 300000)
                    .ok());
        QCOMPARE(
            scope(userA).outbox().claimDue(QStringLiteral("e"), 50, clock.nowMs() + 60000)->size(),
            0);
        clock.advanceMs(300000);
        auto due = scope(userA).outbox().claimDue(QStringLiteral("e"), 50, clock.nowMs() + 60000);
        QCOMPARE(due->size(), 1);
        QCOMPARE(due->first().lastError, QStringLiteral("451 try later"));
    }

    void interruptedSendsBecomeUnknownAndWaitForTheAdmin() {
        const qint64 id = enqueue(userA, QStringLiteral("lead@x.test"));
        scope(userA).outbox().claimDue(QStringLiteral("e"), 50, clock.nowMs() + 60000).value();
        QVERIFY(
            scope(userA).outbox().markSending(id, QStringLiteral("e"), clock.nowMs() + 60000).ok());
        // While the sender's lease runs, another engine starting up must not touch the row.
        QCOMPARE(*AdminOutboxRepository(db->database(), clock).markInterruptedSendsUnknown(), 0);
        clock.advanceMs(120000);
        QCOMPARE(*AdminOutboxRepository(db->database(), clock).markInterruptedSendsUnknown(), 1);
        QCOMPARE(scope(userA).outbox().find(id)->status, QStringLiteral("unknown"));
        // Unknown rows are never claimed: no silent resend.
        QCOMPARE(
            scope(userA).outbox().claimDue(QStringLiteral("e"), 50, clock.nowMs() + 60000)->size(),
            0);

        CtlResult listed = runCtl(db->url(), {QStringLiteral("--json"), QStringLiteral("outbox"),
                                              QStringLiteral("list"), QStringLiteral("--status"),
                                              QStringLiteral("unknown")});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(listed.json().array().size(), 1);
        CtlResult resent = runCtl(db->url(), {QStringLiteral("--json"), QStringLiteral("outbox"),
                                              QStringLiteral("resend"), QString::number(id),
                                              QStringLiteral("--reason"),
                                              QStringLiteral("server log shows no delivery")});
        QVERIFY2(resent.exitCode == 0, qPrintable(resent.err));
        QCOMPARE(resent.json().object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("pending"));
        CtlResult again = runCtl(db->url(), {QStringLiteral("outbox"), QStringLiteral("mark-sent"),
                                             QString::number(id)});
        QCOMPARE(again.exitCode, 2);
        QVERIFY(again.err.contains(QStringLiteral("only unknown messages can be marked sent")));
        CtlResult audit = runCtl(db->url(), {QStringLiteral("--json"), QStringLiteral("audit")});
        QCOMPARE(audit.json().array().at(0).toObject().value(QStringLiteral("action")).toString(),
                 QStringLiteral("outbox.resend"));
        CtlResult missing = runCtl(
            db->url(), {QStringLiteral("outbox"), QStringLiteral("resend"), QStringLiteral("999")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(QStringLiteral("message: no outbox message with id 999")));
    }

    void idempotencyKeyQueuesOnce() {
        QVERIFY(enqueue(userA, QStringLiteral("x@x.test"),
                        QStringLiteral("daily-outreach:1:2026-12-04T09:00")) > 0);
        QCOMPARE(enqueue(userA, QStringLiteral("x@x.test"),
                         QStringLiteral("daily-outreach:1:2026-12-04T09:00")),
                 0);
        QCOMPARE(scope(userA).outbox().list()->size(), 1);
    }

    void claimsAndEnqueueStayInsideTheUser() {
        enqueue(userA, QStringLiteral("a1@x.test"));
        enqueue(userB, QStringLiteral("b1@x.test"));
        auto claimed =
            scope(userA).outbox().claimDue(QStringLiteral("e"), 50, clock.nowMs() + 60000);
        QCOMPARE(claimed->size(), 1);
        QCOMPARE(claimed->first().userId, userA);
        // A lead of user B cannot be put into A's outbox.
        Lead lead;
        lead.email = QStringLiteral("b-lead@x.test");
        scope(userB).leads().insertMany({lead}, {}, QStringLiteral("csv")).value();
        OutboxMessage m;
        m.kind = QStringLiteral("initial");
        m.toAddress = lead.email;
        m.leadId = scope(userB).leads().findByEmail(lead.email)->id;
        QCOMPARE(scope(userA).outbox().enqueue(m).error().kind, Error::Kind::NotFound);
    }

    // Two engines claiming at once, each on its own connection and thread: disjoint rows.
    void concurrentClaimsAreDisjoint() {
        for (int i = 0; i < 200; ++i)
            enqueue(userA, QStringLiteral("lead%1@x.test").arg(i));
        QSet<qint64> seen[2];
        auto worker = [&](int n) {
            const QString owner = QStringLiteral("engine-%1").arg(n);
            UserScope s = *UserScope::open(db->database(), clock, userA);
            for (;;) {
                auto batch = s.outbox().claimDue(owner, 7, clock.nowMs() + 600000);
                if (!batch.ok() || batch->isEmpty())
                    break;
                for (const OutboxMessage& m : *batch)
                    seen[n].insert(m.id);
            }
            db->database().closeThreadConnection();
        };
        QThread* t0 = QThread::create(worker, 0);
        QThread* t1 = QThread::create(worker, 1);
        t0->start();
        t1->start();
        QVERIFY(t0->wait(60000));
        QVERIFY(t1->wait(60000));
        delete t0;
        delete t1;
        QCOMPARE(seen[0].size() + seen[1].size(), 200);
        QVERIFY(!seen[0].intersects(seen[1]));
    }
};

QTEST_GUILESS_MAIN(TestOutboxStore)
#include "tst_outbox_store.moc"
