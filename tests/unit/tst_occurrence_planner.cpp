#include "jobs/OccurrencePlanner.h"

#include <QtTest>

using namespace outreach;

// What becomes of the fires that fell due since the scheduler last looked (SPEC §3.10, §3.12).
class TestOccurrencePlanner : public QObject {
    Q_OBJECT

    static constexpr qint64 kMinute = 60 * 1000;
    static constexpr qint64 kHour = 60 * kMinute;
    static constexpr qint64 kNow = 1'800'000'000'000;

    static QList<qint64> hourly(qint64 last, int count) {
        QList<qint64> fires;
        for (int i = count - 1; i >= 0; --i)
            fires.append(last - i * kHour);
        return fires;
    }

private Q_SLOTS:
    void nothingDueMeansNothingToDo() {
        const auto plan = OccurrencePlanner::plan({}, kNow, 24 * kHour);
        QVERIFY(!plan.runFire && !plan.merged && !plan.missed);
    }

    void oneFireOnTimeRunsAsScheduled() {
        const auto plan = OccurrencePlanner::plan({kNow - 5000}, kNow, 24 * kHour);
        QCOMPARE(plan.runFire.value_or(0), kNow - 5000);
        QCOMPARE(plan.trigger, QStringLiteral("schedule"));
        QVERIFY(!plan.merged && !plan.missed);
    }

    void oneLateFireIsACatchUp() {
        const auto plan = OccurrencePlanner::plan({kNow - 2 * kMinute}, kNow, 24 * kHour);
        QCOMPARE(plan.runFire.value_or(0), kNow - 2 * kMinute);
        QCOMPARE(plan.trigger, QStringLiteral("catch-up"));
    }

    void severalMissedFiresRunOnceForTheLatest() {
        const QList<qint64> fires = hourly(kNow - 10 * kMinute, 24);
        const auto plan = OccurrencePlanner::plan(fires, kNow, 24 * kHour);
        QCOMPARE(plan.runFire.value_or(0), fires.last());
        QCOMPARE(plan.trigger, QStringLiteral("catch-up"));
        QVERIFY(plan.merged.has_value());
        QCOMPARE(plan.merged->count, 23);
        QCOMPARE(plan.merged->first, fires.first());
        QCOMPARE(plan.merged->last, fires[22]);
        QVERIFY(!plan.missed);
    }

    void firesBeyondTheGracePeriodAreMissed() {
        const QList<qint64> fires = hourly(kNow - 10 * kMinute, 30);
        const auto plan = OccurrencePlanner::plan(fires, kNow, 6 * kHour);
        QVERIFY(plan.missed.has_value());
        // now-10min, now-70min ... within 6 h: six fires; the other 24 are missed.
        QCOMPARE(plan.missed->count, 24);
        QCOMPARE(plan.missed->first, fires.first());
        QCOMPARE(plan.merged->count, 5);
        QCOMPARE(plan.runFire.value_or(0), fires.last());
    }

    void allBeyondGraceRunsNothing() {
        const auto plan = OccurrencePlanner::plan(hourly(kNow - 48 * kHour, 3), kNow, 24 * kHour);
        QVERIFY(!plan.runFire);
        QCOMPARE(plan.missed->count, 3);
    }

    void reasonsNameTheCause() {
        using C = OccurrencePlanner::Context;
        QVERIFY(OccurrencePlanner::missedReason(C::Start, 6 * kHour)
                    .contains(QStringLiteral("not running")));
        QVERIFY(OccurrencePlanner::missedReason(C::Start, 6 * kHour)
                    .contains(QStringLiteral("360-minute")));
        QVERIFY(OccurrencePlanner::mergedReason(C::Wake).contains(QStringLiteral("asleep")));
        QVERIFY(OccurrencePlanner::ranReason(C::Running, QStringLiteral("schedule")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOccurrencePlanner)
#include "tst_occurrence_planner.moc"
