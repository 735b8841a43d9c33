#include "LeadFixtures.h"
#include "TestDatabase.h"
#include "core/Clock.h"
#include "reports/WeeklyReportService.h"
#include "sources/LeadGenerationService.h"
#include "store/AdminQuotaRepository.h"
#include "store/UserScope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace outreach;
using namespace outreach::test;

// A seeded week with figures computed by hand. User A lives in Berlin; the report is for
// 2026-W50: Monday 2026-12-07 00:00 Berlin (2026-12-06 23:00 UTC) up to Monday 2026-12-14
// 00:00 Berlin (2026-12-13 23:00 UTC). User B has overlapping data that must never show.
class TestWeeklyReport : public QObject {
    Q_OBJECT

    ManualClock clock{QDateTime(QDate(2026, 12, 3), QTime(10, 0), QTimeZone::utc())};
    std::unique_ptr<TestDatabase> db;
    User a, b;
    std::optional<UserScope> sa, sb;
    LeadSource s1, s2, s3;
    QHash<QString, qint64> leadIds; // by email

    static QDateTime utc(int day, int hour, int minute = 0) {
        return QDateTime(QDate(2026, 12, day), QTime(hour, minute), QTimeZone::utc());
    }

    // Adds `n` leads with one score at `when`, named prefix0..prefix(n-1).
    void addLeads(const UserScope& scope, const QDateTime& when, const QString& prefix, int n,
                  int score, const QString& origin) {
        clock.set(when);
        QList<Lead> leads;
        for (int i = 0; i < n; ++i) {
            Lead l;
            l.email = QStringLiteral("%1%2@shared.example").arg(prefix).arg(i);
            l.score = score;
            leads << l;
        }
        QVERIFY(scope.leads().insertMany(leads, std::nullopt, origin).ok());
        if (&scope == &*sa)
            for (const Lead& l : leads)
                leadIds.insert(l.email, scope.leads().findByEmail(l.email)->id);
    }

    void mark(const QString& email, const QString& status, const QDateTime& when) {
        clock.set(when);
        QVERIFY(sa->leads().markStatus(leadIds.value(email), status).ok());
    }

    void call(const UserScope& scope, std::optional<qint64> source, const QDateTime& when, bool ok,
              int returned, int valid, int inserted, double cost, int durationMs,
              int status = 200) {
        ApiCall c;
        c.sourceId = source;
        c.calledAt = when.toMSecsSinceEpoch();
        c.success = ok;
        c.httpStatus = status;
        c.error = ok ? QString() : QStringLiteral("HTTP %1").arg(status);
        c.leadsReturned = returned;
        c.leadsValid = valid;
        c.leadsInserted = inserted;
        c.cost = cost;
        c.durationMs = durationMs;
        QVERIFY(scope.apiCalls().record(c).ok());
    }

    static IsoWeek week(const char* text) {
        return *IsoWeek::parse(QStringLiteral("week"), QString::fromLatin1(text));
    }

private Q_SLOTS:
    void initTestCase() {
        db = TestDatabase::create();
        a = addUser(db->database(), clock, QStringLiteral("a@agency.example"),
                    QStringLiteral("Europe/Berlin"), 40);
        b = addUser(db->database(), clock, QStringLiteral("b@agency.example"),
                    QStringLiteral("UTC"), 1000);
        QVERIFY(a.id && b.id);
        sa.emplace(*UserScope::open(db->database(), clock, a.id));
        sb.emplace(*UserScope::open(db->database(), clock, b.id));
        s1 = addSource(*sa, QStringLiteral("http-json"),
                       QStringLiteral("https://api.leads.example/v1"), 100, 0.5);
        s2 = addSource(*sa, QStringLiteral("csv"), QStringLiteral("/data/a.csv"), 1000, 0.0);
        s3 = addSource(*sa, QStringLiteral("sample"), {}, 1000, 0.0);
        const LeadSource sb1 = addSource(*sb, QStringLiteral("http-json"),
                                         QStringLiteral("https://api.leads.example/v1"), 10, 9.0);
        const QString o1 = LeadGenerationService::originOf(s1);
        const QString o2 = LeadGenerationService::originOf(s2);

        // Before the week, still December: 4 imported leads (count for the monthly quota),
        // one of them contacted then (not in the week's funnel).
        addLeads(*sa, utc(3, 10), QStringLiteral("old"), 4, 70, QStringLiteral("csv"));
        mark(QStringLiteral("old3@shared.example"), QStringLiteral("contacted"), utc(3, 11));

        // In the week: 34 new leads.
        addLeads(*sa, utc(6, 23), QStringLiteral("edge"), 1, 85, o1); // Monday 00:00 Berlin
        addLeads(*sa, utc(8, 10), QStringLiteral("tueHot"), 5, 90, o1);
        addLeads(*sa, utc(8, 10, 1), QStringLiteral("tueWarm"), 5, 70, o1);
        addLeads(*sa, utc(8, 10, 2), QStringLiteral("tueCold"), 5, 40, o1);
        addLeads(*sa, utc(9, 10), QStringLiteral("wed"), 8, 65, o1);
        addLeads(*sa, utc(9, 11), QStringLiteral("csv"), 5, 30, o2);
        addLeads(*sa, utc(10, 9), QStringLiteral("import"), 3, 0, QStringLiteral("csv"));
        addLeads(*sa, utc(11, 10), QStringLiteral("fri"), 2, 85, o1);
        // After the week (Monday 00:30 Berlin): not counted anywhere.
        addLeads(*sa, utc(13, 23, 30), QStringLiteral("next"), 2, 90, o1);

        // Funnel: 8 contacted, 2 replied, 2 converted in the week.
        for (int i = 0; i < 5; ++i)
            mark(QStringLiteral("tueHot%1@shared.example").arg(i), QStringLiteral("contacted"),
                 utc(10, 8));
        mark(QStringLiteral("tueWarm0@shared.example"), QStringLiteral("contacted"), utc(10, 8));
        mark(QStringLiteral("old0@shared.example"), QStringLiteral("contacted"), utc(10, 8));
        mark(QStringLiteral("old1@shared.example"), QStringLiteral("contacted"), utc(10, 8));
        mark(QStringLiteral("old0@shared.example"), QStringLiteral("replied"), utc(11, 12));
        mark(QStringLiteral("tueHot0@shared.example"), QStringLiteral("replied"), utc(11, 12));
        mark(QStringLiteral("old0@shared.example"), QStringLiteral("converted"), utc(13, 22, 30));
        mark(QStringLiteral("tueHot0@shared.example"), QStringLiteral("converted"),
             utc(13, 22, 30));
        // Just after the week: a contact and a conversion that belong to W51.
        mark(QStringLiteral("old2@shared.example"), QStringLiteral("contacted"), utc(13, 23, 30));
        mark(QStringLiteral("tueHot1@shared.example"), QStringLiteral("converted"),
             utc(13, 23, 30));

        // API calls. Source 1: 85 calls on Dec 1-5 and one on Sunday 23:30 Berlin before the
        // week (W49) make 86 this month before the week; 4 in the week make 90 of 100.
        QVERIFY(db->database()
                    .transaction([&](QSqlDatabase&) -> Status {
                        for (int i = 0; i < 85; ++i)
                            call(*sa, s1.id, utc(1 + i % 5, 8, i % 60), true, 0, 0, 0, 0.5, 100);
                        // Source 2: 898 calls before the week, 1 in it: 899 of 1000 (89.9%).
                        for (int i = 0; i < 898; ++i)
                            call(*sa, s2.id, utc(2, 9, i % 60), true, 0, 0, 0, 0.0, 5);
                        return Status::success();
                    })
                    .ok());
        call(*sa, s1.id, utc(6, 22, 30), true, 3, 3, 0, 0.5, 100); // W49
        call(*sa, s1.id, utc(8, 10), true, 20, 18, 15, 0.5, 200);
        call(*sa, s1.id, utc(9, 10), true, 10, 9, 8, 0.5, 400);
        call(*sa, s1.id, utc(10, 10), false, 0, 0, 0, 0.0, 100, 500);
        call(*sa, s1.id, utc(11, 10), true, 10, 5, 2, 0.5, 300);
        call(*sa, s2.id, utc(9, 11), true, 8, 6, 5, 0.0, 20);
        call(*sa, std::nullopt, utc(12, 9), true, 2, 2, 0, 0.25, 50); // a deleted source
        call(*sa, s1.id, utc(13, 23, 30), true, 7, 7, 2, 0.5, 100);   // W51

        // User B: the same addresses and busy sources in the same week.
        addLeads(*sb, utc(8, 10), QStringLiteral("tueHot"), 7, 95, QStringLiteral("csv"));
        call(*sb, sb1.id, utc(8, 10), true, 50, 1, 1, 9.0, 999);
        call(*sb, sb1.id, utc(9, 10), false, 0, 0, 0, 0.0, 999, 503);
        clock.set(utc(14, 7)); // Monday 08:00 Berlin: the weekly job's hour
    }

    void figuresMatchTheHandComputation() {
        WeeklyReportService service(db->database(), clock);
        Result<WeeklyReport> r = service.compute(*sa, week("2026-W50"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->fromMs, utc(6, 23).toMSecsSinceEpoch());
        QCOMPARE(r->toMs, utc(13, 23).toMSecsSinceEpoch());
        QCOMPARE(r->userEmail, QStringLiteral("a@agency.example"));

        // Leads: 1 + 15 + 8 + 5 + 3 + 2 = 34; hot 1+5+2, warm 5+8, cold 5+5+3.
        QCOMPARE(r->leadsGenerated, 34);
        QCOMPARE(r->hot, 8);
        QCOMPARE(r->warm, 13);
        QCOMPARE(r->cold, 13);
        // (85 + 450 + 350 + 200 + 520 + 150 + 0 + 170) / 34 = 1925 / 34
        QCOMPARE(*r->averageScore, 1925.0 / 34.0);
        // Calls: 4 + 1 + 1 (deleted source); 1 failed.
        QCOMPARE(r->calls, 6);
        QCOMPARE(r->callsFailed, 1);
        QCOMPARE(r->leadsReturned, 50);
        QCOMPARE(r->leadsValid, 40);
        QCOMPARE(r->leadsInserted, 30);
        QCOMPARE(r->cost, 1.75);
        QCOMPARE(*r->averageDurationMs, 1070 / 6);
        QCOMPARE(*r->validRatio, 0.8);
        QCOMPARE(r->grade, QStringLiteral("B"));
        QCOMPARE(r->leadsFromSources, 30);
        QCOMPARE(r->leadsOtherOrigins, 4);
        // Funnel.
        QCOMPARE(r->contacted, 8);
        QCOMPARE(r->replied, 2);
        QCOMPARE(r->conversions, 2);
        QCOMPARE(*r->costPerLead, 1.75 / 30.0);
        QCOMPARE(*r->costPerConversion, 0.875);

        // Per source: the three sources by id, then the deleted one.
        QCOMPARE(r->sources.size(), 4);
        const WeeklyReport::SourceLine& l1 = r->sources.at(0);
        QCOMPARE(l1.sourceId, std::optional<qint64>(s1.id));
        QCOMPARE(l1.label, QStringLiteral("http-json #%1 (api.leads.example)").arg(s1.id));
        QCOMPARE(l1.calls, 4);
        QCOMPARE(l1.failed, 1);
        QCOMPARE(l1.leadsReturned, 40);
        QCOMPARE(l1.leadsValid, 32);
        QCOMPARE(l1.leadsInserted, 25);
        QCOMPARE(l1.cost, 1.5);
        QCOMPARE(*l1.validRatio, 0.8);
        QCOMPARE(*l1.costPerLead, 0.06);
        QCOMPARE(*l1.averageDurationMs, 250);
        QCOMPARE(l1.conversions, 1); // tueHot0 came from source 1; old0 was imported
        const WeeklyReport::SourceLine& l2 = r->sources.at(1);
        QCOMPARE(l2.calls, 1);
        QCOMPARE(*l2.validRatio, 0.75);
        QCOMPARE(*l2.costPerLead, 0.0);
        QCOMPARE(l2.conversions, 0);
        const WeeklyReport::SourceLine& l3 = r->sources.at(2);
        QCOMPARE(l3.calls, 0);
        QVERIFY(!l3.validRatio && !l3.costPerLead && !l3.averageDurationMs);
        const WeeklyReport::SourceLine& deleted = r->sources.at(3);
        QVERIFY(!deleted.sourceId);
        QCOMPARE(deleted.cost, 0.25);
        QVERIFY(!deleted.costPerLead);
    }

    void quotaWarningExactlyAtNinetyPercent() {
        WeeklyReportService service(db->database(), clock);
        Result<WeeklyReport> r = service.compute(*sa, week("2026-W50"));
        QVERIFY(r.ok());
        QCOMPARE(r->quotaMonth, QStringLiteral("2026-12"));
        QCOMPARE(r->quotaAsOf, utc(13, 23).toMSecsSinceEpoch() - 1);
        QCOMPARE(r->quotas.size(), 4);
        const QuotaUsage& q1 = r->quotas.at(0);
        QCOMPARE(q1.used, 90); // 85 + W49's 1 + the week's 4; W51's call is after the week
        QCOMPARE(q1.limit, 100);
        QCOMPARE(q1.percent, 90.0);
        QVERIFY(q1.warning);
        // 90 in 12.96 days: 100 are reached 14.4 days into the month.
        QCOMPARE(*q1.runsOutOn, QDate(2026, 12, 15));
        const QuotaUsage& q2 = r->quotas.at(1);
        QCOMPARE(q2.used, 899);
        QCOMPARE(q2.percent, 89.9);
        QVERIFY(!q2.warning);
        const QuotaUsage& q3 = r->quotas.at(2);
        QCOMPARE(q3.used, 0);
        QVERIFY(!q3.warning && !q3.runsOutOn);
        // Monthly leads: 4 before the week + 34 in it = 38 of 40 (95%).
        const QuotaUsage& leads = r->quotas.at(3);
        QCOMPARE(leads.kind, QStringLiteral("monthly-leads"));
        QCOMPARE(leads.used, 38);
        QCOMPARE(leads.limit, 40);
        QVERIFY(leads.warning);
        QCOMPARE(*leads.runsOutOn, QDate(2026, 12, 14));
        QVERIFY(r->quotaWarning);
        QCOMPARE(r->warnings.size(), 3);
        QVERIFY2(r->warnings.at(0).startsWith(
                     QStringLiteral("http-json #%1 (api.leads.example): 90.0% of the monthly "
                                    "quota used (90 of 100)")
                         .arg(s1.id)),
                 qPrintable(r->warnings.at(0)));
        QVERIFY(r->warnings.at(1).startsWith(QStringLiteral("monthly lead quota: 95.0%")));
        QCOMPARE(r->warnings.at(2), QStringLiteral("1 of 6 API calls failed"));
    }

    void otherUsersFiguresAreTheirOwn() {
        WeeklyReportService service(db->database(), clock);
        // B is in UTC: the week is Monday 2026-12-07 00:00 UTC onwards.
        Result<WeeklyReport> r = service.compute(*sb, week("2026-W50"));
        QVERIFY(r.ok());
        QCOMPARE(r->leadsGenerated, 7);
        QCOMPARE(r->calls, 2);
        QCOMPARE(r->cost, 9.0);
        QCOMPARE(r->conversions, 0);
        QCOMPARE(r->grade, QStringLiteral("F")); // 1 valid of 50
        QCOMPARE(r->quotas.first().used, 2);
        QVERIFY(!r->quotas.first().warning);
    }

    void storedReportsReadBackAndList() {
        WeeklyReportService service(db->database(), clock);
        Result<WeeklyReport> w50 = service.generate(*sa, week("2026-W50"));
        QVERIFY(w50.ok());
        Result<WeeklyReport> w49 = service.generate(*sa, week("2026-W49"));
        QVERIFY(w49.ok());
        Result<WeeklyReport> back = service.stored(*sa, week("2026-W50"));
        QVERIFY(back.ok());
        QCOMPARE(back->toJson(), w50->toJson());
        QCOMPARE(back->warnings.size(), 3);
        QCOMPARE(QJsonDocument(back->toJson()).object().value("schema").toInt(), 1);

        // Recomputing replaces the week's report: still one per week, newest week first.
        clock.advanceMs(3600 * 1000);
        QVERIFY(service.generate(*sa, week("2026-W50")).ok());
        Result<QList<WeeklyReport>> list = service.list(*sa);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).week, QStringLiteral("2026-W50"));
        QCOMPARE(list->at(0).computedAt, clock.nowMs());
        QCOMPARE(list->at(1).week, QStringLiteral("2026-W49"));
        // W49 (Berlin) holds the calls of Dec 1-5 and of Sunday 22:30 UTC, and the 4 leads
        // imported on Dec 3; the edge lead at Monday 00:00 Berlin is W50's.
        QCOMPARE(list->at(1).calls, 85 + 898 + 1);
        QCOMPARE(list->at(1).leadsGenerated, 4);

        // B has no stored reports, and cannot read A's.
        QVERIFY(service.list(*sb)->isEmpty());
        Result<WeeklyReport> notB = service.stored(*sb, week("2026-W50"));
        QVERIFY(!notB.ok());
        QCOMPARE(notB.error().field, QStringLiteral("week"));
    }

    void futureWeeksAreRefusedAndTheLastCompleteWeekIsFound() {
        WeeklyReportService service(db->database(), clock);
        Result<WeeklyReport> future = service.compute(*sa, week("2026-W52"));
        QVERIFY(!future.ok());
        QCOMPARE(future.error().field, QStringLiteral("week"));
        QCOMPARE(
            WeeklyReportService::lastCompleteWeek(a, utc(14, 7).toMSecsSinceEpoch())->toString(),
            QStringLiteral("2026-W50"));
        // Sunday 23:30 UTC is already Monday in Berlin, still Sunday for a UTC user.
        QCOMPARE(WeeklyReportService::lastCompleteWeek(a, utc(13, 23, 30).toMSecsSinceEpoch())
                     ->toString(),
                 QStringLiteral("2026-W50"));
        QCOMPARE(WeeklyReportService::lastCompleteWeek(b, utc(13, 23, 30).toMSecsSinceEpoch())
                     ->toString(),
                 QStringLiteral("2026-W49"));
    }

    void adminQuotaViewCoversEveryUser() {
        Result<QList<AdminQuotaRepository::UserQuotas>> all =
            AdminQuotaRepository(db->database()).usage(utc(13, 23).toMSecsSinceEpoch() - 1);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 2);
        const AdminQuotaRepository::UserQuotas& ua = all->at(0);
        QCOMPARE(ua.userId, a.id);
        QVERIFY(ua.warning);
        QCOMPARE(ua.items.size(), 4);
        QCOMPARE(ua.items.at(0).used, 90);
        QVERIFY(ua.items.at(0).warning);
        QCOMPARE(ua.items.at(1).used, 899);
        QVERIFY(!ua.items.at(1).warning);
        QCOMPARE(ua.items.at(3).used, 38);
        const AdminQuotaRepository::UserQuotas& ub = all->at(1);
        QCOMPARE(ub.userId, b.id);
        QCOMPARE(ub.items.size(), 2);
        QCOMPARE(ub.items.at(0).used, 2);
        QCOMPARE(ub.items.at(1).used, 7);
        QVERIFY(!ub.warning);
        // Now (after the week) A's W51 call and leads count too.
        Result<QList<AdminQuotaRepository::UserQuotas>> now =
            AdminQuotaRepository(db->database()).usage(clock.nowMs());
        QCOMPARE(now->at(0).items.at(0).used, 91);
        QCOMPARE(now->at(0).items.at(3).used, 40);
        QVERIFY(now->at(0).items.at(3).exhausted);
        QCOMPARE(now->at(0).toJson().value("items").toArray().size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestWeeklyReport)
#include "tst_weekly_report.moc"
