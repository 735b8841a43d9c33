#include "OutboxFixture.h"
#include "SmtpTestServer.h"
#include "TestDatabase.h"
#include "jobs/StandardJobs.h"
#include "outbox/SendingWindow.h"
#include "store/JobUserPauseRepository.h"
#include "store/Sql.h"
#include "store/UserScope.h"

#include <QJsonArray>
#include <QtTest>

using namespace outreach;
using namespace outreach::test;

namespace {

QStringList recipients(const SmtpTestServer& server) {
    QStringList out;
    for (const QJsonObject& envelope : server.envelopes())
        for (const QJsonValue& rcpt : envelope.value(QStringLiteral("rcpt_tos")).toArray())
            out << rcpt.toString();
    out.sort();
    return out;
}

} // namespace

// What keeps mail from going where it must not, on both backends: hard bounces and the
// suppression lists, the daily cap per sender account, the sending window and the
// bounce-rate guard (SPEC 8).
class TestOutboxGuards : public QObject {
    Q_OBJECT

    // Wednesday 2 December 2026, 10:00 UTC.
    ManualClock clock{QDateTime(QDate(2026, 12, 2), QTime(10, 0), QTimeZone::utc())};
    std::unique_ptr<TestDatabase> db;
    std::unique_ptr<OutboxFixture> fx;
    std::unique_ptr<SmtpTestServer> server;
    qint64 user = 0;

    UserScope scope(qint64 id) { return *UserScope::open(db->database(), clock, id); }
    bool startServer(const QStringList& args = {}) {
        server = std::make_unique<SmtpTestServer>();
        return server->start(args);
    }
    qint64 addSender(qint64 owner, int dailyCap = 500) {
        OutboxFixture::SenderSpec spec;
        spec.port = server->port();
        spec.dailyCap = dailyCap;
        return fx->addSender(owner, spec);
    }

private slots:
    void init() {
        db = TestDatabase::create();
        fx = std::make_unique<OutboxFixture>(db->database(), clock);
        user = fx->addUser(QStringLiteral("client@agency.test"));
        QVERIFY(user > 0);
    }
    void cleanup() {
        server.reset();
        fx.reset();
        db.reset();
    }

    void hardBounceSuppressesTheAddressAndMarksTheLead() {
        QVERIFY2(startServer({QStringLiteral("--rcpt-reply"),
                              QStringLiteral("gone@=550 5.1.1 No such user here")}),
                 qPrintable(server->error()));
        QVERIFY(addSender(user) > 0);
        const qint64 gone = fx->addLead(user, QStringLiteral("gone@lead.example"));
        const qint64 fine = fx->addLead(user, QStringLiteral("fine@lead.example"));
        const qint64 bounced =
            fx->enqueue(user, {.to = QStringLiteral("gone@lead.example"), .leadId = gone});
        const qint64 followUp =
            fx->enqueue(user, {.to = QStringLiteral("gone@lead.example"),
                               .leadId = gone,
                               .kind = QStringLiteral("followup1"),
                               .scheduledFor = clock.nowMs() + 3LL * 24 * 3600 * 1000});
        const qint64 sent =
            fx->enqueue(user, {.to = QStringLiteral("fine@lead.example"), .leadId = fine});

        const DeliveryReport report = fx->deliver({user}, OutboxFixture::policy());
        QCOMPARE(report.totals().bounced, 1);
        QCOMPARE(report.totals().sent, 1);
        const OutboxMessage row = fx->row(user, bounced);
        QCOMPARE(row.status, QStringLiteral("failed"));
        QVERIFY2(row.lastError.startsWith(QLatin1String("bounced: 550 5.1.1")),
                 qPrintable(row.lastError));
        QCOMPARE(fx->leadStatus(user, gone), QStringLiteral("bounced"));
        QVERIFY(*scope(user).suppression().isSuppressed(QStringLiteral("GONE@lead.example")));
        QCOMPARE(fx->row(user, followUp).status, QStringLiteral("cancelled"));
        QCOMPARE(fx->row(user, sent).status, QStringLiteral("sent"));
        QCOMPARE(fx->leadStatus(user, fine), QStringLiteral("contacted"));

        // Whatever is queued to the address later is cancelled, never sent.
        const qint64 later = fx->enqueue(user, {.to = QStringLiteral("gone@lead.example")});
        QCOMPARE(fx->deliver({user}, OutboxFixture::policy()).totals().suppressed, 1);
        QCOMPARE(fx->row(user, later).status, QStringLiteral("cancelled"));
        QCOMPARE(recipients(*server), QStringList{QStringLiteral("fine@lead.example")});
        QCOMPARE(server->eventCount(QStringLiteral("MESSAGE ")), 1);
    }

    void suppressedAddressesAreNeverSent() {
        QVERIFY2(startServer(), qPrintable(server->error()));
        QVERIFY(addSender(user) > 0);
        const qint64 other = fx->addUser(QStringLiteral("other@agency.test"));
        QVERIFY(addSender(other) > 0);
        QVERIFY(scope(user)
                    .suppression()
                    .add(QStringLiteral("mine@lead.example"), QStringLiteral("unsubscribed"))
                    .ok());
        // Agency-wide: a row without a user.
        Sql agencyWide(*db->database().connection(),
                       QStringLiteral("INSERT INTO suppression (user_id, email, reason, "
                                      "created_at) VALUES (NULL, :email, 'complaint', 0)"));
        QVERIFY(agencyWide.bindText(QStringLiteral(":email"), QStringLiteral("all@lead.example"))
                    .exec()
                    .ok());
        // Another user's list is theirs alone.
        QVERIFY(scope(other)
                    .suppression()
                    .add(QStringLiteral("theirs@lead.example"), QStringLiteral("unsubscribed"))
                    .ok());
        const qint64 mine = fx->enqueue(user, {.to = QStringLiteral("Mine@Lead.example")});
        const qint64 all = fx->enqueue(user, {.to = QStringLiteral("all@lead.example")});
        const qint64 theirs = fx->enqueue(user, {.to = QStringLiteral("theirs@lead.example")});
        const qint64 allOther = fx->enqueue(other, {.to = QStringLiteral("all@lead.example")});

        const DeliveryReport report = fx->deliver({user, other}, OutboxFixture::policy());
        QCOMPARE(report.totals().suppressed, 3);
        for (const auto& [owner, id] :
             {std::pair{user, mine}, std::pair{user, all}, std::pair{other, allOther}}) {
            const OutboxMessage row = fx->row(owner, id);
            QCOMPARE(row.status, QStringLiteral("cancelled"));
            QVERIFY(row.lastError.contains(QLatin1String("suppress")));
            QCOMPARE(row.attempts, 0);
        }
        QCOMPARE(fx->row(user, theirs).status, QStringLiteral("sent"));
        QCOMPARE(recipients(*server), QStringList{QStringLiteral("theirs@lead.example")});
    }

    void dailyCapHoldsTheRestUntilTomorrow() {
        QVERIFY2(startServer(), qPrintable(server->error()));
        QVERIFY(addSender(user, 2) > 0);
        QList<qint64> ids;
        for (int i = 0; i < 5; ++i)
            ids << fx->enqueue(user, {.to = QStringLiteral("lead%1@lead.example").arg(i)});
        DeliveryReport report = fx->deliver({user}, OutboxFixture::policy());
        QCOMPARE(report.totals().sent, 2);
        QCOMPARE(report.totals().deferred, 3);
        QVERIFY(
            report.totals().problems.join(QLatin1Char(' ')).contains(QLatin1String("daily cap")));
        for (int i = 2; i < 5; ++i) {
            QCOMPARE(fx->row(user, ids[i]).status, QStringLiteral("pending"));
            QCOMPARE(fx->row(user, ids[i]).attempts, 0);
        }
        clock.advanceMs(6LL * 3600 * 1000); // 16:00, same day
        QCOMPARE(fx->deliver({user}, OutboxFixture::policy()).totals().sent, 0);
        clock.advanceMs(8LL * 3600 * 1000); // 00:00 the next day
        QCOMPARE(fx->deliver({user}, OutboxFixture::policy()).totals().sent, 2);
        QCOMPARE(server->messages().size(), 4);
    }

    void sendingWindowHoldsMailOutsideBusinessHours() {
        QVERIFY2(startServer(), qPrintable(server->error()));
        const qint64 paris =
            fx->addUser(QStringLiteral("paris@agency.test"), QStringLiteral("Europe/Paris"));
        QVERIFY(addSender(paris) > 0);
        QVERIFY(scope(paris)
                    .settings()
                    .setValue(SendingWindow::kSettingName,
                              QStringLiteral("{\"days\":[1,2,3,4,5],\"start\":\"09:00\","
                                             "\"end\":\"17:00\"}"))
                    .ok());
        clock.set(QDateTime(QDate(2026, 12, 5), QTime(10, 0), QTimeZone::utc())); // Saturday
        const qint64 id = fx->enqueue(paris, {.to = QStringLiteral("a@lead.example")});
        DeliveryReport report = fx->deliver({paris}, OutboxFixture::policy());
        QCOMPARE(report.totals().claimed, 0);
        QVERIFY2(report.users.first().skipped.contains(QLatin1String("sending window")),
                 qPrintable(report.users.first().skipped));
        // Monday 07:30 UTC is 08:30 in Paris: still closed; 08:00 UTC opens it.
        clock.set(QDateTime(QDate(2026, 12, 7), QTime(7, 30), QTimeZone::utc()));
        QCOMPARE(fx->deliver({paris}, OutboxFixture::policy()).totals().claimed, 0);
        QCOMPARE(fx->row(paris, id).status, QStringLiteral("pending"));
        clock.set(QDateTime(QDate(2026, 12, 7), QTime(8, 0), QTimeZone::utc()));
        QCOMPARE(fx->deliver({paris}, OutboxFixture::policy()).totals().sent, 1);
        QCOMPARE(fx->row(paris, id).status, QStringLiteral("sent"));
    }

    void invalidSendingWindowHoldsMailAndSaysWhy() {
        QVERIFY2(startServer(), qPrintable(server->error()));
        QVERIFY(addSender(user) > 0);
        QVERIFY(scope(user)
                    .settings()
                    .setValue(SendingWindow::kSettingName, QStringLiteral("{\"days\":[9]}"))
                    .ok());
        const qint64 id = fx->enqueue(user, {.to = QStringLiteral("a@lead.example")});
        const DeliveryReport report = fx->deliver({user}, OutboxFixture::policy());
        QVERIFY(report.totals()
                    .problems.join(QLatin1Char(' '))
                    .contains(QLatin1String("sending-window")));
        QCOMPARE(fx->row(user, id).status, QStringLiteral("pending"));
        QCOMPARE(server->messages().size(), 0);
    }

    void bounceGuardPausesSendingNotData() {
        QVERIFY2(startServer({QStringLiteral("--rcpt-reply"),
                              QStringLiteral("bad=550 5.1.1 No such user")}),
                 qPrintable(server->error()));
        QVERIFY(addSender(user) > 0);
        for (int i = 0; i < 7; ++i)
            fx->enqueue(user, {.to = QStringLiteral("good%1@lead.example").arg(i)});
        for (int i = 0; i < 3; ++i)
            fx->enqueue(user, {.to = QStringLiteral("bad%1@lead.example").arg(i)});
        DeliveryPolicy policy = OutboxFixture::policy();
        policy.bounceMinSample = 10;
        policy.bounceThreshold = 0.2;
        DeliveryReport first = fx->deliver({user}, policy);
        QCOMPARE(first.totals().sent, 7);
        QCOMPARE(first.totals().bounced, 3);

        // 3 of 10 bounced, over 20%: the next run pauses this user's sending.
        const qint64 next = fx->enqueue(user, {.to = QStringLiteral("next@lead.example")});
        DeliveryReport second = fx->deliver({user}, policy);
        QCOMPARE(second.totals().claimed, 0);
        QVERIFY2(second.users.first().skipped.contains(QLatin1String("bounce guard")),
                 qPrintable(second.users.first().skipped));
        JobUserPauseRepository pauses(db->database(), clock);
        QVERIFY(pauses.pausedUsers(StandardJobs::kSendCampaignEmails)->contains(user));
        QCOMPARE(fx->row(user, next).status, QStringLiteral("pending"));
        QVERIFY(second.users.first().skipped.contains(QLatin1String("paused")));

        // The admin cleans the list and resumes: the bounces that tripped the guard are history.
        QVERIFY(*pauses.resume(StandardJobs::kSendCampaignEmails, user));
        QCOMPARE(fx->deliver({user}, policy).totals().sent, 1);
        QCOMPARE(fx->row(user, next).status, QStringLiteral("sent"));
    }
};

QTEST_GUILESS_MAIN(TestOutboxGuards)
#include "tst_outbox_guards.moc"
