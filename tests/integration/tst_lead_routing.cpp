#include "LeadFixtures.h"
#include "TestDatabase.h"
#include "core/Clock.h"
#include "sources/LeadRouter.h"
#include "store/Sql.h"
#include "store/UserRepository.h"
#include "store/UserScope.h"

#include <QtTest>

using namespace outreach;
using namespace outreach::test;

// Daily-outreach routing over the store: only this user's new, unsuppressed leads, hot before
// warm; capacities from today's outbox in the user's own day.
class TestLeadRouting : public QObject {
    Q_OBJECT

    // 01:00 in New York (UTC-5): the user's day began at 05:00 UTC.
    ManualClock clock{QDateTime(QDate(2026, 12, 8), QTime(6, 0), QTimeZone::utc())};

    struct World {
        std::unique_ptr<TestDatabase> db;
        User a;
        std::optional<UserScope> sa, sb;
        Campaign saas, general;
        QHash<int, qint64> leadByScore; // A's leads by their (distinct) score
    };

    static qint64 at(int hour, int minute) {
        return QDateTime(QDate(2026, 12, 8), QTime(hour, minute), QTimeZone::utc())
            .toMSecsSinceEpoch();
    }

    bool queue(World& w, std::optional<qint64> campaign, const QString& kind, qint64 when,
               const QString& status = {}) {
        clock.set(QDateTime::fromMSecsSinceEpoch(when, QTimeZone::utc()));
        OutboxMessage m;
        m.campaignId = campaign;
        m.kind = kind;
        m.toAddress = QStringLiteral("someone@x.example");
        m.subject = QStringLiteral("s");
        m.bodyText = QStringLiteral("b");
        Result<std::optional<OutboxMessage>> queued = w.sa->outbox().enqueue(m);
        clock.set(QDateTime::fromMSecsSinceEpoch(at(6, 0), QTimeZone::utc()));
        if (!queued || !queued->has_value())
            return false;
        if (status.isEmpty())
            return true;
        Sql update(*w.db->database().connection(),
                   QStringLiteral("UPDATE outbox SET status = :status WHERE id = :id"));
        update.bindText(QStringLiteral(":status"), status)
            .bindInt(QStringLiteral(":id"), (*queued)->id);
        return update.exec().ok();
    }

    World makeWorld(int dailyQuota = 10) {
        World w;
        w.db = TestDatabase::create();
        w.a = addUser(w.db->database(), clock, QStringLiteral("a@agency.example"),
                      QStringLiteral("America/New_York"), 1000, dailyQuota);
        const User b = addUser(w.db->database(), clock, QStringLiteral("b@agency.example"),
                               QStringLiteral("America/New_York"), 1000, dailyQuota);
        w.sa.emplace(*UserScope::open(w.db->database(), clock, w.a.id));
        w.sb.emplace(*UserScope::open(w.db->database(), clock, b.id));
        w.saas = addCampaign(*w.sa, QStringLiteral("SaaS"), {QStringLiteral("saas")}, 3);
        w.general = addCampaign(*w.sa, QStringLiteral("General"), {}, 4);

        // Scores are distinct so each lead is named by its score.
        const QList<std::pair<int, QString>> seeds{
            {95, QStringLiteral("SaaS CTO")}, {90, QStringLiteral("CEO")},
            {85, QStringLiteral("CFO")},      {80, QStringLiteral("Dentist")},
            {79, QStringLiteral("Buyer")},    {70, QStringLiteral("Buyer")},
            {65, QStringLiteral("Buyer")},    {60, QStringLiteral("Dentist")},
            {59, QStringLiteral("Buyer")},    {30, QStringLiteral("Buyer")}};
        for (const auto& [score, title] : seeds) {
            Lead l;
            l.email = QStringLiteral("p%1@shared.example").arg(score);
            l.title = title;
            l.score = score;
            // The 60 lead was generated for the SaaS campaign: that makes it eligible there.
            const std::optional<qint64> campaign =
                score == 60 ? std::optional<qint64>(w.saas.id) : std::nullopt;
            w.sa->leads().insertMany({l}, campaign, QStringLiteral("csv")).value();
            w.leadByScore.insert(score, w.sa->leads().findByEmail(l.email)->id);
            // B holds the same addresses, all hot and new: none may show up in A's routing.
            l.score = 99;
            w.sb->leads().insertMany({l}, std::nullopt, QStringLiteral("csv")).value();
        }
        w.sa->leads().markStatus(w.leadByScore.value(90), QStringLiteral("contacted")).value();
        (void)w.sa->suppression().add(QStringLiteral("p85@shared.example"),
                                      QStringLiteral("bounce"));

        // Today (after 05:00 UTC): an initial from SaaS and a follow-up from General count;
        // a cancelled initial and a test send do not. Yesterday's initials do not either.
        queue(w, w.saas.id, QStringLiteral("initial"), at(5, 30));
        queue(w, w.general.id, QStringLiteral("followup1"), at(5, 40));
        queue(w, w.general.id, QStringLiteral("initial"), at(5, 50), QStringLiteral("cancelled"));
        queue(w, std::nullopt, QStringLiteral("test"), at(5, 55));
        queue(w, w.general.id, QStringLiteral("initial"), at(4, 30));
        queue(w, w.general.id, QStringLiteral("initial"), at(4, 59));
        return w;
    }

    static QList<std::pair<int, qint64>> scoreAndCampaign(const LeadRouter::Plan& plan) {
        QList<std::pair<int, qint64>> out;
        for (const LeadRouter::Route& r : plan.routes)
            out << std::pair<int, qint64>{r.score, r.campaignId};
        return out;
    }

private Q_SLOTS:
    void todaysOutboxSetsTheCapacities() {
        World w = makeWorld();
        Result<LeadRoutingRepository::QueuedToday> queued =
            w.sa->leadRouting().queuedSince(*LeadRouter::startOfUserDay(w.a, clock.nowMs()));
        QVERIFY(queued.ok());
        QCOMPARE(queued->total, 2);
        QCOMPARE(queued->initialsPerCampaign.value(w.saas.id), 1);
        QCOMPARE(queued->initialsPerCampaign.value(w.general.id), 0);
        QCOMPARE(*LeadRouter::startOfUserDay(w.a, clock.nowMs()), at(5, 0));
    }

    void candidatesAreThisUsersNewUnsuppressedLeadsBestFirst() {
        World w = makeWorld();
        Result<QList<Lead>> page = w.sa->leadRouting().candidates(60, std::nullopt, 100);
        QVERIFY(page.ok());
        QList<int> scores;
        for (const Lead& l : *page) {
            QCOMPARE(l.userId, w.a.id);
            scores << l.score;
        }
        QCOMPARE(scores, (QList<int>{95, 80, 79, 70, 65, 60}));
        // Keyset paging gives the same order.
        Result<QList<Lead>> first = w.sa->leadRouting().candidates(60, std::nullopt, 2);
        Result<QList<Lead>> second = w.sa->leadRouting().candidates(
            60, LeadRoutingRepository::Cursor{first->last().score, first->last().id}, 2);
        QCOMPARE(second->first().score, 79);
        QCOMPARE(second->last().score, 70);
    }

    void planRoutesHotThenWarmIntoTheBestCampaign() {
        World w = makeWorld();
        Result<LeadRouter::Plan> plan =
            LeadRouter::planFor(*w.sa, w.a, {w.saas, w.general}, clock.nowMs());
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().message));
        // SaaS has 3 - 1 = 2 places, General 4; the user 10 - 2 = 8.
        const QList<std::pair<int, qint64>> expected{
            {95, w.saas.id},    // "SaaS CTO" matches the keyword
            {80, w.general.id}, // a dentist: only the catch-all takes it
            {79, w.general.id}, {70, w.general.id},
            {65, w.general.id}, {60, w.saas.id}}; // generated for SaaS; General is full by now
        QCOMPARE(scoreAndCampaign(*plan), expected);
        QCOMPARE(plan->hot, 2);
        QCOMPARE(plan->warm, 4);
        QVERIFY(plan->unrouted.isEmpty());
        QCOMPARE(plan->quotaLeft, 2);
        QCOMPARE(plan->capacityLeft.value(w.saas.id), 0);
        QCOMPARE(plan->capacityLeft.value(w.general.id), 0);
        QCOMPARE(plan->routes.first().leadId, w.leadByScore.value(95));

        // One lead per page: the same plan.
        Result<LeadRouter::Plan> paged =
            LeadRouter::planFor(*w.sa, w.a, {w.saas, w.general}, clock.nowMs(), 1);
        QVERIFY(paged.ok());
        QCOMPARE(scoreAndCampaign(*paged), expected);
    }

    void userDailyQuotaStopsRouting() {
        World w = makeWorld(4); // 4 - 2 queued today = 2 left
        Result<LeadRouter::Plan> plan =
            LeadRouter::planFor(*w.sa, w.a, {w.saas, w.general}, clock.nowMs());
        QVERIFY(plan.ok());
        QCOMPARE(scoreAndCampaign(*plan),
                 (QList<std::pair<int, qint64>>{{95, w.saas.id}, {80, w.general.id}}));
        QCOMPARE(plan->quotaLeft, 0);
    }

    void anotherDayStartsAfreshInTheUsersZone() {
        World w = makeWorld();
        // 04:59 UTC on the 9th is still the 8th in New York: today's emails still count.
        clock.set(QDateTime(QDate(2026, 12, 9), QTime(4, 59), QTimeZone::utc()));
        Result<LeadRouter::Plan> late =
            LeadRouter::planFor(*w.sa, w.a, {w.saas, w.general}, clock.nowMs());
        QCOMPARE(late->quotaLeft, 2);
        // 05:00 UTC is midnight there: full capacity again (3 + 4 = 7 places, 6 candidates).
        clock.set(QDateTime(QDate(2026, 12, 9), QTime(5, 0), QTimeZone::utc()));
        Result<LeadRouter::Plan> fresh =
            LeadRouter::planFor(*w.sa, w.a, {w.saas, w.general}, clock.nowMs());
        QCOMPARE(fresh->routes.size(), 6);
        QCOMPARE(fresh->quotaLeft, 4);
        QCOMPARE(fresh->capacityLeft.value(w.saas.id) + fresh->capacityLeft.value(w.general.id), 1);
    }
};

QTEST_GUILESS_MAIN(TestLeadRouting)
#include "tst_lead_routing.moc"
