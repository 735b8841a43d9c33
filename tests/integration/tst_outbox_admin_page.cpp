#include "OutboxFixture.h"
#include "TestDatabase.h"
#include "outbox/OutboxDecision.h"
#include "store/AdminOutboxRepository.h"
#include "store/AuditRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace outreach;
using namespace outreach::test;

// The console's Outbox page query on both backends: the rows needing the admin first, status
// and user filters, pages and the matching count; and the audited decision it sends.
class TestOutboxAdminPage : public QObject {
    Q_OBJECT

    ManualClock clock{QDateTime(QDate(2026, 12, 4), QTime(9, 0), QTimeZone::utc())};

    static void setStatus(TestDatabase& db, qint64 id, const QString& status) {
        QSqlQuery q(*db.database().connection());
        q.prepare(QStringLiteral("UPDATE outbox SET status = :s WHERE id = :id"));
        q.bindValue(QStringLiteral(":s"), status);
        q.bindValue(QStringLiteral(":id"), id);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }

private Q_SLOTS:
    void attentionOrderFiltersAndPages() {
        std::unique_ptr<TestDatabase> db = TestDatabase::create();
        OutboxFixture fixture(db->database(), clock);
        const qint64 anna = fixture.addUser(QStringLiteral("anna@acme.example"));
        const qint64 bob = fixture.addUser(QStringLiteral("bob@bolt.example"));
        QList<qint64> ids;
        const QStringList statuses{"pending", "failed", "unknown", "sent", "unknown", "retry"};
        for (int i = 0; i < statuses.size(); ++i) {
            const qint64 id = fixture.enqueue(i % 2 ? bob : anna,
                                              {.to = QStringLiteral("lead%1@x.example").arg(i)});
            QVERIFY(id > 0);
            setStatus(*db, id, statuses.at(i));
            ids << id;
        }
        const AdminOutboxRepository outbox(db->database(), clock);

        OutboxQuery attention{.statuses = {"unknown", "failed"}};
        Result<QList<OutboxMessage>> rows = outbox.page(attention);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 3);
        // unknown first (newest first within a status), then failed
        QCOMPARE(rows->at(0).id, ids.at(4));
        QCOMPARE(rows->at(1).id, ids.at(2));
        QCOMPARE(rows->at(2).id, ids.at(1));
        QCOMPARE(*outbox.count(attention), qint64(3));

        OutboxQuery bobs{.statuses = {"unknown", "failed"}, .userId = bob};
        QCOMPARE(*outbox.count(bobs), qint64(1));
        QCOMPARE(outbox.page(bobs)->first().id, ids.at(1));

        OutboxQuery everything{.limit = 4, .offset = 4};
        QCOMPARE(*outbox.count(everything), qint64(6));
        Result<QList<OutboxMessage>> last = outbox.page(everything);
        QCOMPARE(last->size(), 2);
        QCOMPARE(last->last().status, QStringLiteral("sent")); // sent comes last

        QVERIFY(!outbox.page(OutboxQuery{.statuses = {"nonsense"}}).ok());
    }

    void decisionIsAuditedWithTheChange() {
        std::unique_ptr<TestDatabase> db = TestDatabase::create();
        OutboxFixture fixture(db->database(), clock);
        const qint64 anna = fixture.addUser(QStringLiteral("anna@acme.example"));
        const qint64 id = fixture.enqueue(anna, {.to = QStringLiteral("lead@x.example")});
        setStatus(*db, id, QStringLiteral("unknown"));
        const OutboxDecision decision(db->database(), clock, QStringLiteral("admin@desk"));

        Result<OutboxMessage> resent = decision.apply(OutboxDecision::Kind::Resend, id, "why");
        QVERIFY(resent.ok());
        QCOMPARE(resent->status, QStringLiteral("pending"));
        Result<QList<AuditEntry>> audit = AuditRepository(db->database(), clock).latest(10);
        QCOMPARE(audit->size(), 1);
        QCOMPARE(audit->first().action, QStringLiteral("outbox.resend"));
        QCOMPARE(audit->first().actor, QStringLiteral("admin@desk"));
        QCOMPARE(audit->first().reason, QStringLiteral("why"));
        QCOMPARE(audit->first().userId, std::optional<qint64>(anna));

        // Refused (a pending row cannot be marked sent): no change, no audit entry.
        Result<OutboxMessage> refused = decision.apply(OutboxDecision::Kind::MarkSent, id, {});
        QVERIFY(!refused.ok());
        QCOMPARE(AuditRepository(db->database(), clock).latest(10)->size(), 1);
        QCOMPARE(fixture.row(anna, id).status, QStringLiteral("pending"));
        QVERIFY(!decision.apply(OutboxDecision::Kind::Resend, 999999, {}).ok());
    }
};

QTEST_MAIN(TestOutboxAdminPage)
#include "tst_outbox_admin_page.moc"
