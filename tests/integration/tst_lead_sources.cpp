#include "LeadApiServer.h"
#include "LeadFixtures.h"
#include "TestDatabase.h"
#include "core/Clock.h"
#include "sources/LeadGenerationService.h"
#include "store/UserScope.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace outreach;
using namespace outreach::test;

// The http-json source against a real loopback server: every failure mode is a failed API
// call recorded for the user whose source failed, while another user's call in the same
// test (running at the same time) succeeds.
class TestLeadSources : public QObject {
    Q_OBJECT

    ManualClock clock{QDateTime(QDate(2026, 12, 8), QTime(9, 0), QTimeZone::utc())};
    LeadApiServer server;

    struct World {
        std::unique_ptr<TestDatabase> db;
        User a, b;
        std::optional<UserScope> scopeA, scopeB;
        Campaign campaignA, campaignB;
    };

    World makeWorld() {
        World w;
        w.db = TestDatabase::create();
        w.a = addUser(w.db->database(), clock, QStringLiteral("a@agency.example"));
        w.b = addUser(w.db->database(), clock, QStringLiteral("b@agency.example"));
        w.scopeA.emplace(*UserScope::open(w.db->database(), clock, w.a.id));
        w.scopeB.emplace(*UserScope::open(w.db->database(), clock, w.b.id));
        const QStringList keywords{QStringLiteral("saas"), QStringLiteral("cto")};
        w.campaignA = addCampaign(*w.scopeA, QStringLiteral("A outreach"), keywords);
        w.campaignB = addCampaign(*w.scopeB, QStringLiteral("B outreach"), keywords);
        return w;
    }

    static QList<ApiCall> calls(const UserScope& scope) {
        Result<QList<ApiCall>> list = scope.apiCalls().list(0, std::numeric_limits<qint64>::max());
        return list ? *list : QList<ApiCall>{};
    }

private Q_SLOTS:
    void initTestCase() {
        qputenv("OUTREACH_TEST_LEAD_KEY", "secret-key-1");
        qputenv("OUTREACH_TEST_WRONG_KEY", "not-the-key");
        qunsetenv("OUTREACH_TEST_UNSET_KEY");
        QVERIFY2(server.start({QStringLiteral("--key"), QStringLiteral("secret-key-1"),
                               QStringLiteral("--slow-seconds"), QStringLiteral("20")}),
                 qPrintable(server.error()));
    }

    void successfulCallIsRecordedWithItsLeads() {
        World w = makeWorld();
        const LeadSource source = addSource(*w.scopeA, QStringLiteral("http-json"),
                                            server.url(QStringLiteral("/leads?count=6")), 100, 0.25,
                                            QStringLiteral("OUTREACH_TEST_LEAD_KEY"));
        QVERIFY(source.id);
        LeadGenerationService service(w.db->database(), clock);
        const int before = int(server.requests().size());
        Result<LeadGenerationOutcome> outcome = runGeneration(service, *w.scopeA, w.campaignA.id);
        QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().message));
        QCOMPARE(outcome->calls, 1);
        QCOMPARE(outcome->failedCalls, 0);
        QCOMPARE(outcome->returned, 6);
        QCOMPARE(outcome->valid, 6);
        QCOMPARE(outcome->inserted, 6);
        QCOMPARE(outcome->cost, 0.25);
        QCOMPARE(outcome->stoppedBy, QStringLiteral("sources"));

        // What went over the wire: the key as a Bearer token, the keywords, the target.
        const QStringList requests = server.requests().mid(before);
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first(), QStringLiteral("REQUEST /leads auth=ok q=saas cto limit=50"));

        const QList<ApiCall> recorded = calls(*w.scopeA);
        QCOMPARE(recorded.size(), 1);
        const ApiCall& call = recorded.first();
        QVERIFY(call.success);
        QCOMPARE(call.httpStatus, 200);
        QCOMPARE(call.sourceId, std::optional<qint64>(source.id));
        QCOMPARE(call.calledAt, clock.nowMs());
        QCOMPARE(call.leadsReturned, 6);
        QCOMPARE(call.leadsValid, 6);
        QCOMPARE(call.leadsInserted, 6);
        QCOMPARE(call.cost, 0.25);
        QVERIFY(call.error.isEmpty());

        // The leads: the user's, tagged with campaign and source, scored by the default rules
        // (the server's first lead is a complete CEO: 90; its sixth a Software Engineer: 45).
        Result<Lead> ceo = w.scopeA->leads().findByEmail(QStringLiteral("lead1@acme.example"));
        QVERIFY(ceo.ok());
        QCOMPARE(ceo->campaignId, std::optional<qint64>(w.campaignA.id));
        QCOMPARE(ceo->source, QStringLiteral("http-json#%1").arg(source.id));
        QCOMPARE(ceo->score, 90);
        QCOMPARE(w.scopeA->leads().findByEmail(QStringLiteral("lead6@acme.example"))->score, 45);
        QCOMPARE(*w.scopeB->leads().count(), 0);
        QVERIFY(calls(*w.scopeB).isEmpty());
    }

    void eachFailureIsThatUsersFailedCall_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("keyEnv");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("status");
        const QString key = QStringLiteral("OUTREACH_TEST_LEAD_KEY");
        QTest::newRow("HTTP 500") << "/status/500" << key << "HTTP 500" << 500;
        QTest::newRow("HTTP 503") << "/status/503" << key << "HTTP 503" << 503;
        QTest::newRow("timeout") << "/slow" << key << "no complete answer within 3000 ms" << 0;
        QTest::newRow("malformed JSON") << "/malformed" << key << "malformed JSON" << 200;
        QTest::newRow("oversized body")
            << "/oversized" << key << "larger than 5242880 bytes" << 200;
        QTest::newRow("oversized Content-Length")
            << "/oversized-declared" << key << "larger than 5242880 bytes" << 200;
        QTest::newRow("leads not an array") << "/wrong-shape" << key << "no \"leads\" array" << 200;
        QTest::newRow("not an object") << "/not-object" << key << "not a JSON object" << 200;
        QTest::newRow("redirect") << "/redirect" << key << "redirects are not followed" << 302;
        QTest::newRow("wrong key")
            << "/leads" << QStringLiteral("OUTREACH_TEST_WRONG_KEY") << "HTTP 401" << 401;
        QTest::newRow("connection refused") << "refused" << key << "" << 0;
    }

    void eachFailureIsThatUsersFailedCall() {
        QFETCH(QString, path);
        QFETCH(QString, keyEnv);
        QFETCH(QString, error);
        QFETCH(int, status);
        World w = makeWorld();
        // A port nobody listens on: bind-and-release would race, so use the discard port 9,
        // which is closed on a test machine.
        const QString endpoint = path == QLatin1String("refused")
                                     ? QStringLiteral("http://127.0.0.1:9/leads")
                                     : server.url(path);
        const LeadSource failing =
            addSource(*w.scopeA, QStringLiteral("http-json"), endpoint, 100, 0.5, keyEnv);
        const LeadSource working = addSource(*w.scopeB, QStringLiteral("http-json"),
                                             server.url(QStringLiteral("/leads?count=5")), 100, 0.5,
                                             QStringLiteral("OUTREACH_TEST_LEAD_KEY"));
        QVERIFY(failing.id && working.id);

        LeadGenerationService service(w.db->database(), clock);
        LeadSourceClientFactory::Options options;
        // Short enough for the "timeout" row (the server sleeps 20 s), with room for B's ordinary
        // call on a busy 2-core CI machine.
        options.httpTimeoutMs = 3000;
        service.factory().setOptions(options);
        // Both users at once, on the same event loop: A's failure must not touch B's run.
        std::optional<Result<LeadGenerationOutcome>> outA, outB;
        service.generate(*w.scopeA, w.campaignA.id,
                         [&](Result<LeadGenerationOutcome> r) { outA = std::move(r); });
        service.generate(*w.scopeB, w.campaignB.id,
                         [&](Result<LeadGenerationOutcome> r) { outB = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(outA && outB, 30'000);
        QVERIFY(outA->ok() && outB->ok());

        const LeadGenerationOutcome& a = **outA;
        QCOMPARE(a.calls, 1);
        QCOMPARE(a.failedCalls, 1);
        QVERIFY(a.allCallsFailed());
        QCOMPARE(a.inserted, 0);
        QCOMPARE(a.cost, 0.0);
        QCOMPARE(a.sources.size(), 1);
        QCOMPARE(a.sources.first().status, QStringLiteral("failed"));
        const QList<ApiCall> callsA = calls(*w.scopeA);
        QCOMPARE(callsA.size(), 1);
        QVERIFY(!callsA.first().success);
        QCOMPARE(callsA.first().sourceId, std::optional<qint64>(failing.id));
        QCOMPARE(callsA.first().httpStatus, status);
        QVERIFY(!callsA.first().error.isEmpty());
        QVERIFY2(callsA.first().error.contains(error), qPrintable(callsA.first().error));
        QCOMPARE(callsA.first().cost, 0.0);
        QCOMPARE(callsA.first().leadsReturned, 0);
        QCOMPARE(*w.scopeA->leads().count(), 0);
        if (path == QLatin1String("/slow")) {
            QVERIFY(callsA.first().durationMs >= 3000);
            QVERIFY(callsA.first().durationMs < 10'000);
        }

        const LeadGenerationOutcome& b = **outB;
        QCOMPARE(b.calls, 1);
        const QList<ApiCall> callsOfB = calls(*w.scopeB);
        QVERIFY2(b.failedCalls == 0,
                 qPrintable(callsOfB.isEmpty() ? QStringLiteral("no call of B recorded")
                                               : callsOfB.first().error));
        QCOMPARE(b.inserted, 5);
        const QList<ApiCall> callsB = calls(*w.scopeB);
        QCOMPARE(callsB.size(), 1);
        QVERIFY(callsB.first().success);
        QCOMPARE(callsB.first().sourceId, std::optional<qint64>(working.id));
        QCOMPARE(callsB.first().cost, 0.5);
        QCOMPARE(*w.scopeB->leads().count(), 5);
    }

    void badRecordsCountAsReturnedNotValid() {
        World w = makeWorld();
        addSource(*w.scopeA, QStringLiteral("http-json"),
                  server.url(QStringLiteral("/leads-mixed")), 100, 0.1,
                  QStringLiteral("OUTREACH_TEST_LEAD_KEY"));
        LeadGenerationService service(w.db->database(), clock);
        Result<LeadGenerationOutcome> outcome = runGeneration(service, *w.scopeA, w.campaignA.id);
        QVERIFY(outcome.ok());
        QCOMPARE(outcome->returned, 6);
        QCOMPARE(outcome->valid, 3);
        QCOMPARE(outcome->inserted, 3);
        QCOMPARE(outcome->failedCalls, 0);
        const ApiCall call = calls(*w.scopeA).first();
        QVERIFY(call.success);
        QCOMPARE(call.leadsReturned, 6);
        QCOMPARE(call.leadsValid, 3);
        QVERIFY(!w.scopeA->leads().findByEmail(QStringLiteral("typed@acme.example")).ok());
    }

    void missingKeyMakesNoCall() {
        World w = makeWorld();
        addSource(*w.scopeA, QStringLiteral("http-json"), server.url(QStringLiteral("/leads")), 100,
                  1.0, QStringLiteral("OUTREACH_TEST_UNSET_KEY"));
        LeadGenerationService service(w.db->database(), clock);
        const int before = int(server.requests().size());
        Result<LeadGenerationOutcome> outcome = runGeneration(service, *w.scopeA, w.campaignA.id);
        QVERIFY(outcome.ok());
        QCOMPARE(outcome->calls, 0);
        QCOMPARE(outcome->sources.first().status, QStringLiteral("unusable"));
        QVERIFY2(outcome->sources.first().error.contains(QStringLiteral("OUTREACH_TEST_UNSET_KEY")),
                 qPrintable(outcome->sources.first().error));
        QVERIFY(calls(*w.scopeA).isEmpty());
        QCOMPARE(int(server.requests().size()), before);
    }

    void csvSourceReadsItsFile() {
        World w = makeWorld();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("leads.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("email,firstName,lastName,company,title,score\n"
                   "ann@csv.example,Ann,Lee,Acme,CEO,\n"
                   "broken,Bob,,,,\n"
                   "cy@csv.example,Cy,,Acme,,77\n");
        file.close();
        const LeadSource source = addSource(*w.scopeA, QStringLiteral("csv"), path, 100, 0.0);
        const LeadSource missing = addSource(*w.scopeB, QStringLiteral("csv"),
                                             dir.filePath(QStringLiteral("gone.csv")), 100, 0.0);
        LeadGenerationService service(w.db->database(), clock);
        Result<LeadGenerationOutcome> a = runGeneration(service, *w.scopeA, w.campaignA.id);
        QVERIFY(a.ok());
        QCOMPARE(a->returned, 3);
        QCOMPARE(a->valid, 2);
        QCOMPARE(a->inserted, 2);
        QCOMPARE(w.scopeA->leads().findByEmail(QStringLiteral("cy@csv.example"))->score, 77);
        QCOMPARE(w.scopeA->leads().findByEmail(QStringLiteral("ann@csv.example"))->source,
                 QStringLiteral("csv#%1").arg(source.id));

        Result<LeadGenerationOutcome> b = runGeneration(service, *w.scopeB, w.campaignB.id);
        QVERIFY(b.ok());
        QCOMPARE(b->failedCalls, 1);
        const ApiCall failed = calls(*w.scopeB).first();
        QCOMPARE(failed.sourceId, std::optional<qint64>(missing.id));
        QVERIFY(failed.error.contains(QStringLiteral("gone.csv")));
    }
};

QTEST_GUILESS_MAIN(TestLeadSources)
#include "tst_lead_sources.moc"
