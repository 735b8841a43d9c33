#include "LeadApiServer.h"
#include "LeadFixtures.h"
#include "TestDatabase.h"
#include "core/Clock.h"
#include "sources/LeadGenerationService.h"
#include "sources/LeadScorer.h"
#include "store/UserScope.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace outreach;
using namespace outreach::test;

// Lead generation's rules with real sources: the campaign's target, each source's monthly
// quota, the user's monthly lead quota, dedupe within (never across) users, suppression and
// the user's scoring rules.
class TestLeadGeneration : public QObject {
    Q_OBJECT

    ManualClock clock{QDateTime(QDate(2026, 12, 8), QTime(9, 0), QTimeZone::utc())};
    LeadApiServer server;
    QTemporaryDir dir;

    static QList<ApiCall> calls(const UserScope& scope) {
        Result<QList<ApiCall>> list = scope.apiCalls().list(0, std::numeric_limits<qint64>::max());
        return list ? *list : QList<ApiCall>{};
    }

    // A CSV with `n` leads whose scores fall with the row: 95, 90, 85, ...
    QString csvWithScores(const QString& name, int n) {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("email,firstName,lastName,company,title,score\n");
        for (int i = 0; i < n; ++i)
            file.write(QStringLiteral("row%1@csv.example,F%1,L%1,Acme,Analyst,%2\n")
                           .arg(i)
                           .arg(95 - 5 * i)
                           .toUtf8());
        return path;
    }

private Q_SLOTS:
    void initTestCase() {
        qputenv("OUTREACH_TEST_LEAD_KEY", "k");
        QVERIFY2(server.start({QStringLiteral("--key"), QStringLiteral("k")}),
                 qPrintable(server.error()));
    }

    void init() { clock.set(QDateTime(QDate(2026, 12, 8), QTime(9, 0), QTimeZone::utc())); }

    void campaignTargetLimitsTheRequestAndTheInserts() {
        auto db = TestDatabase::create();
        const User u = addUser(db->database(), clock, QStringLiteral("a@agency.example"));
        const UserScope scope = *UserScope::open(db->database(), clock, u.id);
        const Campaign c = addCampaign(scope, QStringLiteral("C"), {QStringLiteral("saas")}, 10);
        addSource(scope, QStringLiteral("csv"), csvWithScores(QStringLiteral("t.csv"), 15));
        addSource(scope, QStringLiteral("http-json"), server.url(QStringLiteral("/leads?count=40")),
                  100, 1.0, QStringLiteral("OUTREACH_TEST_LEAD_KEY"));
        LeadGenerationService service(db->database(), clock);
        const int before = int(server.requests().size());
        Result<LeadGenerationOutcome> out = runGeneration(service, scope, c.id);
        QVERIFY(out.ok());
        // The CSV alone meets the target: 10 of its 15 rows, the best scores first.
        QCOMPARE(out->inserted, 10);
        QCOMPARE(out->overTarget, 5);
        QCOMPARE(out->stoppedBy, QStringLiteral("target"));
        QCOMPARE(out->sources.at(1).status, QStringLiteral("not-needed"));
        QCOMPARE(int(server.requests().size()), before); // no paid call was needed
        QVERIFY(scope.leads().findByEmail(QStringLiteral("row9@csv.example")).ok());
        QVERIFY(!scope.leads().findByEmail(QStringLiteral("row10@csv.example")).ok());
        QCOMPARE(calls(scope).first().leadsInserted, 10);

        // Next day, with a target of 25: the CSV rows already held are duplicates, the API
        // is asked for exactly what is still missing.
        clock.advanceMs(24 * 3600 * 1000);
        std::optional<Result<LeadGenerationOutcome>> second;
        service.generate(
            scope, c.id, [&](Result<LeadGenerationOutcome> r) { second = std::move(r); }, 25);
        QTRY_VERIFY_WITH_TIMEOUT(second.has_value(), 30'000);
        QVERIFY(second->ok());
        QCOMPARE((*second)->duplicates, 10);
        QCOMPARE((*second)->inserted, 25);
        QCOMPARE(server.requests().last(),
                 QStringLiteral("REQUEST /leads auth=ok q=saas limit=20"));
        QCOMPARE(*scope.leads().count(), 35);
    }

    void sourceMonthlyQuotaIsRespected() {
        auto db = TestDatabase::create();
        const User u = addUser(db->database(), clock, QStringLiteral("a@agency.example"));
        const UserScope scope = *UserScope::open(db->database(), clock, u.id);
        const Campaign c = addCampaign(scope, QStringLiteral("C"), {}, 5);
        const LeadSource limited = addSource(scope, QStringLiteral("http-json"),
                                             server.url(QStringLiteral("/leads?count=5&prefix=q")),
                                             2, 0.5, QStringLiteral("OUTREACH_TEST_LEAD_KEY"));
        // A failing source uses its quota too: the provider saw the request.
        const LeadSource failing =
            addSource(scope, QStringLiteral("http-json"), server.url(QStringLiteral("/status/500")),
                      1, 0.5, QStringLiteral("OUTREACH_TEST_LEAD_KEY"));
        LeadGenerationService service(db->database(), clock);
        const qsizetype start = server.requests().size();
        QStringList statuses;
        for (int day = 0; day < 3; ++day) {
            Result<LeadGenerationOutcome> out = runGeneration(service, scope, c.id);
            QVERIFY(out.ok());
            statuses << out->sources.at(0).status + QLatin1Char('/') + out->sources.at(1).status;
            clock.advanceMs(24 * 3600 * 1000);
        }
        // Day 1: 5 new leads meet the target, the failing source is not needed. Day 2: all
        // duplicates, so the failing source is tried and fails. Day 3: both used up.
        QCOMPARE(statuses,
                 (QStringList{QStringLiteral("called/not-needed"), QStringLiteral("called/failed"),
                              QStringLiteral("over-quota/over-quota")}));
        QCOMPARE(server.requests().size() - start, 3);
        QCOMPARE(*scope.apiCalls().monthlyUsage(limited.id, clock.nowMs()), 2);
        QCOMPARE(*scope.apiCalls().monthlyUsage(failing.id, clock.nowMs()), 1);

        // A new (UTC) month gives both sources their quota back.
        clock.set(QDateTime(QDate(2027, 1, 1), QTime(0, 0, 1), QTimeZone::utc()));
        QCOMPARE(*scope.apiCalls().monthlyUsage(limited.id, clock.nowMs()), 0);
        Result<LeadGenerationOutcome> january = runGeneration(service, scope, c.id);
        QVERIFY(january.ok());
        QCOMPARE(january->sources.at(0).status, QStringLiteral("called"));
    }

    void userMonthlyLeadQuotaCapsTheRun() {
        auto db = TestDatabase::create();
        const User u = addUser(db->database(), clock, QStringLiteral("a@agency.example"),
                               QStringLiteral("UTC"), 12);
        const UserScope scope = *UserScope::open(db->database(), clock, u.id);
        const Campaign c = addCampaign(scope, QStringLiteral("C"), {}, 50);
        // 5 leads imported earlier this month count; 30 from last month do not.
        auto import = [&](const QString& prefix, int n) {
            QList<Lead> leads;
            for (int i = 0; i < n; ++i) {
                Lead l;
                l.email = QStringLiteral("%1%2@old.example").arg(prefix).arg(i);
                leads << l;
            }
            return scope.leads().insertMany(leads, std::nullopt, QStringLiteral("csv")).ok();
        };
        clock.set(QDateTime(QDate(2026, 11, 30), QTime(23, 0), QTimeZone::utc()));
        QVERIFY(import(QStringLiteral("nov"), 30));
        clock.set(QDateTime(QDate(2026, 12, 2), QTime(8, 0), QTimeZone::utc()));
        QVERIFY(import(QStringLiteral("dec"), 5));
        clock.set(QDateTime(QDate(2026, 12, 8), QTime(9, 0), QTimeZone::utc()));
        addSource(scope, QStringLiteral("http-json"), server.url(QStringLiteral("/leads?count=25")),
                  100, 0.0, QStringLiteral("OUTREACH_TEST_LEAD_KEY"));
        LeadGenerationService service(db->database(), clock);
        Result<LeadGenerationOutcome> out = runGeneration(service, scope, c.id);
        QVERIFY(out.ok());
        QCOMPARE(out->leadQuotaLeft, 7);
        QCOMPARE(out->inserted, 7);
        QCOMPARE(out->stoppedBy, QStringLiteral("lead-quota"));
        QCOMPARE(server.requests().last(), QStringLiteral("REQUEST /leads auth=ok q= limit=7"));
        // Used up: the next run asks no source at all.
        const qsizetype before = server.requests().size();
        Result<LeadGenerationOutcome> again = runGeneration(service, scope, c.id);
        QVERIFY(again.ok());
        QCOMPARE(again->inserted, 0);
        QCOMPARE(again->calls, 0);
        QCOMPARE(again->sources.first().status, QStringLiteral("not-needed"));
        QCOMPARE(server.requests().size(), before);
    }

    void dedupeIsPerUserAndSuppressionIsHonoured() {
        auto db = TestDatabase::create();
        const User a = addUser(db->database(), clock, QStringLiteral("a@agency.example"));
        const User b = addUser(db->database(), clock, QStringLiteral("b@agency.example"));
        const UserScope sa = *UserScope::open(db->database(), clock, a.id);
        const UserScope sb = *UserScope::open(db->database(), clock, b.id);
        const Campaign ca = addCampaign(sa, QStringLiteral("A"), {QStringLiteral("saas")});
        const Campaign cb = addCampaign(sb, QStringLiteral("B"), {QStringLiteral("saas")});
        const QString same = server.url(QStringLiteral("/leads?count=5"));
        addSource(sa, QStringLiteral("http-json"), same, 100, 0,
                  QStringLiteral("OUTREACH_TEST_LEAD_KEY"));
        addSource(sb, QStringLiteral("http-json"), same, 100, 0,
                  QStringLiteral("OUTREACH_TEST_LEAD_KEY"));
        QVERIFY(sa.suppression()
                    .add(QStringLiteral("LEAD2@acme.example"), QStringLiteral("unsubscribed"))
                    .ok());
        LeadGenerationService service(db->database(), clock);

        Result<LeadGenerationOutcome> a1 = runGeneration(service, sa, ca.id);
        QVERIFY(a1.ok());
        QCOMPARE(a1->inserted, 4);
        QCOMPARE(a1->suppressed, 1);
        // B gets the same five addresses: dedupe never crosses users, nor does A's list.
        Result<LeadGenerationOutcome> b1 = runGeneration(service, sb, cb.id);
        QVERIFY(b1.ok());
        QCOMPARE(b1->inserted, 5);
        QCOMPARE(b1->duplicates, 0);
        QCOMPARE(b1->suppressed, 0);
        // A again: everything is already A's (or suppressed).
        Result<LeadGenerationOutcome> a2 = runGeneration(service, sa, ca.id);
        QVERIFY(a2.ok());
        QCOMPARE(a2->inserted, 0);
        QCOMPARE(a2->duplicates, 4);
        QCOMPARE(a2->suppressed, 1);
        QCOMPARE(*sa.leads().count(), 4);
        QCOMPARE(*sb.leads().count(), 5);
        QCOMPARE(calls(sa).size(), 2);
        QCOMPARE(calls(sb).size(), 1);
        QVERIFY(!sa.leads().findByEmail(QStringLiteral("lead2@acme.example")).ok());
    }

    void scoresFollowEachUsersRules() {
        auto db = TestDatabase::create();
        const User a = addUser(db->database(), clock, QStringLiteral("a@agency.example"));
        const User b = addUser(db->database(), clock, QStringLiteral("b@agency.example"));
        const UserScope sa = *UserScope::open(db->database(), clock, a.id);
        const UserScope sb = *UserScope::open(db->database(), clock, b.id);
        const Campaign ca = addCampaign(sa, QStringLiteral("A"), {});
        const Campaign cb = addCampaign(sb, QStringLiteral("B"), {});
        const QString withScores = server.url(QStringLiteral("/leads?count=2&scores=1"));
        addSource(sa, QStringLiteral("http-json"), withScores, 100, 0,
                  QStringLiteral("OUTREACH_TEST_LEAD_KEY"));
        addSource(sb, QStringLiteral("http-json"), withScores, 100, 0,
                  QStringLiteral("OUTREACH_TEST_LEAD_KEY"));
        // A ignores source scores and values a CEO at 10 + 60 = 70.
        QVERIFY(LeadScorer::saveForUser(sa, R"({"useSourceScore": false, "base": 10,
            "companyPoints": 0, "firstNamePoints": 0, "lastNamePoints": 0,
            "seniority": [{"label": "Boss", "points": 60, "keywords": ["ceo"]}]})")
                    .ok());
        QVERIFY(!LeadScorer::saveForUser(sb, R"({"base": "high"})").ok()); // refused, not stored
        LeadGenerationService service(db->database(), clock);
        QVERIFY(runGeneration(service, sa, ca.id).ok());
        QVERIFY(runGeneration(service, sb, cb.id).ok());
        // The server scores lead1 40 and lead2 47.
        QCOMPARE(sa.leads().findByEmail(QStringLiteral("lead1@acme.example"))->score, 70);
        QCOMPARE(sa.leads().findByEmail(QStringLiteral("lead2@acme.example"))->score, 15);
        QCOMPARE(sb.leads().findByEmail(QStringLiteral("lead1@acme.example"))->score, 40);
        QCOMPARE(sb.leads().findByEmail(QStringLiteral("lead2@acme.example"))->score, 47);
        QCOMPARE(LeadScorer::forUser(sb)->toJson(), LeadScorer().toJson());
    }

    void sampleSourceIsDeterministicPerUserAndDay() {
        auto db = TestDatabase::create();
        const User a = addUser(db->database(), clock, QStringLiteral("a@agency.example"));
        const User b = addUser(db->database(), clock, QStringLiteral("b@agency.example"));
        const UserScope sa = *UserScope::open(db->database(), clock, a.id);
        const UserScope sb = *UserScope::open(db->database(), clock, b.id);
        const Campaign ca = addCampaign(sa, QStringLiteral("A"), {QStringLiteral("saas")}, 20);
        const Campaign cb = addCampaign(sb, QStringLiteral("B"), {QStringLiteral("saas")}, 20);
        addSource(sa, QStringLiteral("sample"), {});
        addSource(sb, QStringLiteral("sample"), {});
        LeadGenerationService service(db->database(), clock);
        Result<LeadGenerationOutcome> first = runGeneration(service, sa, ca.id);
        QVERIFY(first.ok());
        QVERIFY(first->inserted > 15); // a few generated names may repeat within a day
        QCOMPARE(first->valid, 20);
        // The same day again: the very same leads, so nothing new.
        Result<LeadGenerationOutcome> again = runGeneration(service, sa, ca.id);
        QVERIFY(again.ok());
        QCOMPARE(again->inserted, 0);
        QCOMPARE(again->duplicates, 20);
        // Another user gets other people.
        QVERIFY(runGeneration(service, sb, cb.id).ok());
        Result<QList<Lead>> leadsA = sa.leads().list();
        Result<QList<Lead>> leadsB = sb.leads().list();
        QSet<QString> emailsA;
        for (const Lead& l : *leadsA)
            emailsA.insert(l.email);
        int shared = 0;
        for (const Lead& l : *leadsB)
            shared += emailsA.contains(l.email) ? 1 : 0;
        QVERIFY(shared < 5);
        // The next day brings new leads for A.
        clock.advanceMs(24 * 3600 * 1000);
        Result<LeadGenerationOutcome> tomorrow = runGeneration(service, sa, ca.id);
        QVERIFY(tomorrow.ok());
        QVERIFY(tomorrow->inserted > 10);
    }

    void unknownCampaignIsReportedAsync() {
        auto db = TestDatabase::create();
        const User a = addUser(db->database(), clock, QStringLiteral("a@agency.example"));
        const User b = addUser(db->database(), clock, QStringLiteral("b@agency.example"));
        const UserScope sa = *UserScope::open(db->database(), clock, a.id);
        const UserScope sb = *UserScope::open(db->database(), clock, b.id);
        const Campaign cb = addCampaign(sb, QStringLiteral("B"), {});
        LeadGenerationService service(db->database(), clock);
        bool called = false;
        std::optional<Result<LeadGenerationOutcome>> out;
        service.generate(sa, cb.id, [&](Result<LeadGenerationOutcome> r) {
            called = true;
            out = std::move(r);
        });
        QVERIFY(!called); // never from inside generate()
        QTRY_VERIFY(called);
        QVERIFY(!out->ok());
        QCOMPARE(out->error().field, QStringLiteral("campaign")); // B's campaign is not A's
    }
};

QTEST_GUILESS_MAIN(TestLeadGeneration)
#include "tst_lead_generation.moc"
