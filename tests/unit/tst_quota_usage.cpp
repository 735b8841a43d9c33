#include "core/QuotaMonth.h"
#include "model/LeadSource.h"
#include "model/QuotaUsage.h"

#include <QtTest>

using namespace outreach;

class TestQuotaUsage : public QObject {
    Q_OBJECT

    static qint64 utc(int y, int m, int d, int h = 0, int min = 0) {
        return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc()).toMSecsSinceEpoch();
    }

private Q_SLOTS:
    void quotaMonthsAreUtcCalendarMonths() {
        const QuotaMonth dec = QuotaMonth::containing(utc(2026, 12, 31, 23, 59));
        QCOMPARE(dec.label(), QStringLiteral("2026-12"));
        QCOMPARE(dec.startMs(), utc(2026, 12, 1));
        QCOMPARE(dec.endMs(), utc(2027, 1, 1));
        QCOMPARE(QuotaMonth::containing(utc(2027, 1, 1)).label(), QStringLiteral("2027-01"));
        QCOMPARE(QuotaMonth::containing(utc(2028, 2, 29, 12)).endMs(), utc(2028, 3, 1));
    }

    void warningExactlyAtNinetyPercent() {
        const qint64 asOf = utc(2026, 12, 20);
        const QuotaUsage at = QuotaUsage::evaluate(QStringLiteral("source"), {}, 900, 1000, asOf);
        QVERIFY(at.warning);
        QCOMPARE(at.percent, 90.0);
        QVERIFY(!at.exhausted);
        const QuotaUsage below =
            QuotaUsage::evaluate(QStringLiteral("source"), {}, 899, 1000, asOf);
        QVERIFY(!below.warning);
        QCOMPARE(below.percent, 89.9);
        // 89.99% must not show as 90.0 without the warning.
        const QuotaUsage justBelow =
            QuotaUsage::evaluate(QStringLiteral("source"), {}, 8999, 10000, asOf);
        QVERIFY(!justBelow.warning);
        QCOMPARE(justBelow.percent, 89.9);
        // Small quotas: 9 of 10 is exactly 90%.
        QVERIFY(QuotaUsage::evaluate(QStringLiteral("source"), {}, 9, 10, asOf).warning);
        QVERIFY(!QuotaUsage::evaluate(QStringLiteral("source"), {}, 8, 10, asOf).warning);
    }

    void usedUpAndZeroQuotas() {
        const qint64 asOf = utc(2026, 12, 20);
        const QuotaUsage full = QuotaUsage::evaluate(QStringLiteral("source"), {}, 12, 10, asOf);
        QVERIFY(full.exhausted);
        QVERIFY(full.warning);
        QCOMPARE(full.percent, 120.0);
        QVERIFY(!full.runsOutOn);
        const QuotaUsage none = QuotaUsage::evaluate(QStringLiteral("source"), {}, 0, 0, asOf);
        QVERIFY(none.exhausted);
        QVERIFY(none.warning);
    }

    void forecastFollowsTheMonthToDateRate() {
        // 10 days into December, 400 of 1000 used: 40 a day, 1000 reached after 25 days.
        QuotaUsage u =
            QuotaUsage::evaluate(QStringLiteral("source"), {}, 400, 1000, utc(2026, 12, 11));
        QVERIFY(u.runsOutOn.has_value());
        QCOMPARE(*u.runsOutOn, QDate(2026, 12, 26));
        QVERIFY(u.describe().contains(QStringLiteral("expected to run out on 2026-12-26")));
        // 200 after 10 days lasts the month: no run-out day.
        u = QuotaUsage::evaluate(QStringLiteral("source"), {}, 200, 1000, utc(2026, 12, 11));
        QVERIFY(!u.runsOutOn);
        // Nothing used: no forecast.
        QVERIFY(!QuotaUsage::evaluate(QStringLiteral("source"), {}, 0, 10, utc(2026, 12, 11))
                     .runsOutOn);
        // Three hours into the month the rate is taken over a whole day, not three hours:
        // 10 of 100 -> 10 a day -> runs out on day 11, not on day 2.
        u = QuotaUsage::evaluate(QStringLiteral("source"), {}, 10, 100, utc(2026, 12, 1, 3));
        QCOMPARE(*u.runsOutOn, QDate(2026, 12, 11));
    }

    void sourceLabelsAndJsonRoundTrip() {
        LeadSource s;
        s.id = 7;
        s.kind = QStringLiteral("http-json");
        s.endpoint = QStringLiteral("https://api.leads.example/v1/search?x=1");
        s.monthlyQuota = 10;
        QCOMPARE(QuotaUsage::sourceLabel(s), QStringLiteral("http-json #7 (api.leads.example)"));
        s.kind = QStringLiteral("csv");
        s.endpoint = QStringLiteral("/data/in/leads.csv");
        QCOMPARE(QuotaUsage::sourceLabel(s), QStringLiteral("csv #7 (leads.csv)"));
        s.kind = QStringLiteral("sample");
        s.endpoint.clear();
        QCOMPARE(QuotaUsage::sourceLabel(s), QStringLiteral("sample #7"));

        const QuotaUsage u = QuotaUsage::forSource(s, 9, utc(2026, 12, 5));
        QCOMPARE(u.sourceId, std::optional<qint64>(7));
        QCOMPARE(u.month, QStringLiteral("2026-12"));
        const QuotaUsage back = QuotaUsage::fromJson(u.toJson());
        QCOMPARE(back.toJson(), u.toJson());
        QCOMPARE(back.runsOutOn, u.runsOutOn);
        QVERIFY(back.warning);
    }
};

QTEST_GUILESS_MAIN(TestQuotaUsage)
#include "tst_quota_usage.moc"
