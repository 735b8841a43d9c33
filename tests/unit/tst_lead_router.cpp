#include "sources/LeadRouter.h"

#include <QtTest>

using namespace outreach;

class TestLeadRouter : public QObject {
    Q_OBJECT

    static Lead lead(qint64 id, int score, const QString& title = {},
                     std::optional<qint64> campaign = std::nullopt) {
        Lead l;
        l.id = id;
        l.score = score;
        l.title = title;
        l.campaignId = campaign;
        l.email = QStringLiteral("l%1@x.example").arg(id);
        return l;
    }

    static QList<qint64> leadIds(const LeadRouter::Plan& plan) {
        QList<qint64> ids;
        for (const LeadRouter::Route& r : plan.routes)
            ids << r.leadId;
        return ids;
    }

private Q_SLOTS:
    void hotFirstThenWarmAndNothingBelowSixty() {
        // Given out of order; 59 and 20 are never written to, even with room to spare.
        const QList<Lead> candidates{lead(1, 60), lead(2, 95), lead(3, 59), lead(4, 80),
                                     lead(5, 79), lead(6, 20), lead(7, 95)};
        const LeadRouter::Plan plan = LeadRouter::route(candidates, {{10, {}, 100}}, 100);
        QCOMPARE(leadIds(plan), (QList<qint64>{2, 7, 4, 5, 1}));
        QCOMPARE(plan.hot, 3);
        QCOMPARE(plan.warm, 2);
        QVERIFY(plan.routes.at(0).hot);
        QVERIFY(!plan.routes.at(3).hot);
        QVERIFY(plan.unrouted.isEmpty());
    }

    void capacityCutsWarmLeadsNotHotOnes() {
        const QList<Lead> candidates{lead(1, 65), lead(2, 70), lead(3, 90), lead(4, 85)};
        const LeadRouter::Plan plan = LeadRouter::route(candidates, {{10, {}, 3}}, 100);
        QCOMPARE(leadIds(plan), (QList<qint64>{3, 4, 2}));
        QCOMPARE(plan.capacityLeft.value(10), 0);
        QCOMPARE(plan.quotaLeft, 97);
    }

    void userQuotaCapsAllCampaigns() {
        QList<Lead> candidates;
        for (int i = 1; i <= 10; ++i)
            candidates << lead(i, 90 - i);
        const LeadRouter::Plan plan = LeadRouter::route(candidates, {{10, {}, 5}, {11, {}, 5}}, 4);
        QCOMPARE(plan.routes.size(), 4);
        QCOMPARE(plan.quotaLeft, 0);
        // With equal matches the campaign with more room takes the lead, so they alternate.
        QCOMPARE(plan.capacityLeft.value(10) + plan.capacityLeft.value(11), 6);
        QCOMPARE(plan.capacityLeft.value(10), 3);
        QCOMPARE(plan.capacityLeft.value(11), 3);
    }

    void keywordMatchPicksTheCampaign() {
        const QList<LeadRouter::Target> targets{
            {10, {QStringLiteral("fintech")}, 5},
            {11, {QStringLiteral("saas"), QStringLiteral("cto")}, 5},
            {12, {}, 5}};
        Lead cto = lead(1, 90, QStringLiteral("CTO"));
        cto.company = QStringLiteral("Cloud SaaS Inc");
        Lead fin = lead(2, 85, QStringLiteral("CFO"));
        fin.company = QStringLiteral("Fintech Partners");
        const Lead other = lead(3, 80, QStringLiteral("Dentist"));
        const LeadRouter::Plan plan = LeadRouter::route({cto, fin, other}, targets, 100);
        QCOMPARE(plan.routes.size(), 3);
        QCOMPARE(plan.routes.at(0).campaignId, 11); // two keywords match
        QCOMPARE(plan.routes.at(0).match, 2);
        QCOMPARE(plan.routes.at(1).campaignId, 10);
        QCOMPARE(plan.routes.at(2).campaignId, 12); // only the catch-all takes it
        QCOMPARE(plan.routes.at(2).match, 0);
    }

    void keywordsMatchWholeWordsOnly() {
        Lead l = lead(1, 90, QStringLiteral("Director of Fintechnology"));
        QCOMPARE(LeadRouter::keywordHits(l, {QStringLiteral("fintech")}), 0);
        l.title = QStringLiteral("Head of FinTech, EMEA");
        QCOMPARE(LeadRouter::keywordHits(l, {QStringLiteral("fintech")}), 1);
        QCOMPARE(LeadRouter::keywordHits(l, {QStringLiteral("head of fintech")}), 1);
        QCOMPARE(LeadRouter::keywordHits(l, {QStringLiteral(" "), QStringLiteral("emea")}), 1);
    }

    void leadWithoutMatchingCampaignIsUnrouted() {
        const LeadRouter::Plan plan = LeadRouter::route(
            {lead(1, 90, QStringLiteral("Dentist")), lead(2, 70, QStringLiteral("SaaS CTO"))},
            {{10, {QStringLiteral("saas")}, 5}}, 100);
        QCOMPARE(leadIds(plan), QList<qint64>{2});
        QCOMPARE(plan.unrouted, QList<qint64>{1});
    }

    void generatedForACampaignMakesItEligible() {
        // No keyword occurs in the title, but the lead was generated for campaign 10.
        const LeadRouter::Plan plan =
            LeadRouter::route({lead(1, 90, QStringLiteral("Dentist"), 10)},
                              {{10, {QStringLiteral("saas")}, 5}, {11, {}, 9}}, 100);
        QCOMPARE(plan.routes.size(), 1);
        QCOMPARE(plan.routes.first().campaignId, 10); // match 1 beats the catch-all's 0
        QCOMPARE(plan.routes.first().match, 1);
    }

    void fullCampaignOverflowsToTheNextBest() {
        const QList<LeadRouter::Target> targets{{10, {QStringLiteral("saas")}, 1}, {11, {}, 5}};
        const LeadRouter::Plan plan = LeadRouter::route(
            {lead(1, 90, QStringLiteral("SaaS CEO")), lead(2, 85, QStringLiteral("SaaS CTO"))},
            targets, 100);
        QCOMPARE(plan.routes.at(0).campaignId, 10);
        QCOMPARE(plan.routes.at(1).campaignId, 11);
    }

    void tiesGoToMoreRoomThenLowerId() {
        const LeadRouter::Plan roomy =
            LeadRouter::route({lead(1, 90)}, {{10, {}, 2}, {11, {}, 7}}, 100);
        QCOMPARE(roomy.routes.first().campaignId, 11);
        const LeadRouter::Plan equal =
            LeadRouter::route({lead(1, 90)}, {{11, {}, 3}, {10, {}, 3}}, 100);
        QCOMPARE(equal.routes.first().campaignId, 10);
    }

    void equalScoresKeepTheOldestLeadFirst() {
        const LeadRouter::Plan plan =
            LeadRouter::route({lead(9, 80), lead(3, 80), lead(5, 80)}, {{10, {}, 2}}, 100);
        QCOMPARE(leadIds(plan), (QList<qint64>{3, 5}));
    }

    void nothingRoutedWithoutRoom() {
        QVERIFY(LeadRouter({{10, {}, 0}}, 10).isFull());
        QVERIFY(LeadRouter({{10, {}, 5}}, 0).isFull());
        QVERIFY(LeadRouter({}, 10).isFull());
        // Over-used campaigns (more queued than the limit) count as full, not negative.
        LeadRouter router({{10, {}, -3}, {11, {}, 1}}, 10);
        QVERIFY(!router.isFull());
        QCOMPARE(router.plan().capacityLeft.value(10), 0);
        QVERIFY(router.offer(lead(1, 90)).has_value());
        QVERIFY(router.isFull());
        QVERIFY(!router.offer(lead(2, 90)).has_value());
    }
};

QTEST_GUILESS_MAIN(TestLeadRouter)
#include "tst_lead_router.moc"
