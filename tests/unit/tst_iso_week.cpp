#include "reports/IsoWeek.h"

#include <QtTest>

using namespace outreach;

class TestIsoWeek : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parseAndFormat() {
        Result<IsoWeek> w = IsoWeek::parse(QStringLiteral("week"), QStringLiteral("2026-W49"));
        QVERIFY(w.ok());
        QCOMPARE(w->year(), 2026);
        QCOMPARE(w->week(), 49);
        QCOMPARE(w->monday(), QDate(2026, 11, 30));
        QCOMPARE(w->toString(), QStringLiteral("2026-W49"));
        QCOMPARE(IsoWeek::parse(QStringLiteral("week"), QStringLiteral("2026-W01"))->monday(),
                 QDate(2025, 12, 29));
    }

    void badWeeksNameTheField_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("no W") << "2026-49";
        QTest::newRow("one digit") << "2026-W9";
        QTest::newRow("week 0") << "2026-W00";
        QTest::newRow("week 53 of a 52-week year") << "2025-W53";
        QTest::newRow("empty") << "";
    }

    void badWeeksNameTheField() {
        QFETCH(QString, text);
        Result<IsoWeek> w = IsoWeek::parse(QStringLiteral("week"), text);
        QVERIFY(!w.ok());
        QCOMPARE(w.error().field, QStringLiteral("week"));
        QCOMPARE(w.error().kind, Error::Kind::BadInput);
    }

    void yearsWithFiftyThreeWeeks() {
        QCOMPARE(IsoWeek::weeksInYear(2026), 53);
        QCOMPARE(IsoWeek::weeksInYear(2025), 52);
        QVERIFY(IsoWeek::parse(QStringLiteral("week"), QStringLiteral("2026-W53")).ok());
        // The first days of January can belong to the previous year's last week.
        QCOMPARE(IsoWeek::containing(QDate(2027, 1, 1)).toString(), QStringLiteral("2026-W53"));
        QCOMPARE(IsoWeek::containing(QDate(2026, 12, 31)).next().toString(),
                 QStringLiteral("2027-W01"));
        QCOMPARE(IsoWeek::parse(QStringLiteral("w"), QStringLiteral("2027-W01"))->previous(),
                 *IsoWeek::parse(QStringLiteral("w"), QStringLiteral("2026-W53")));
    }

    void rangeIsTheUsersWeek() {
        const IsoWeek week = *IsoWeek::parse(QStringLiteral("week"), QStringLiteral("2026-W49"));
        const QTimeZone berlin("Europe/Berlin");
        // Monday 2026-11-30 00:00 in Berlin (UTC+1) is Sunday 23:00 UTC.
        QCOMPARE(
            week.startMs(berlin),
            QDateTime(QDate(2026, 11, 29), QTime(23, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        QCOMPARE(week.endMs(berlin) - week.startMs(berlin), 7LL * 24 * 3600 * 1000);
        // The instant Sunday 23:30 UTC is already Monday in Berlin, still Sunday in UTC.
        const qint64 instant =
            QDateTime(QDate(2026, 11, 29), QTime(23, 30), QTimeZone::utc()).toMSecsSinceEpoch();
        QCOMPARE(IsoWeek::containing(instant, berlin).toString(), QStringLiteral("2026-W49"));
        QCOMPARE(IsoWeek::containing(instant, QTimeZone::utc()).toString(),
                 QStringLiteral("2026-W48"));
    }

    void dstWeeksAreShorterOrLonger() {
        const QTimeZone berlin("Europe/Berlin");
        // 2026-03-29: clocks go forward in Berlin (week 13 has 167 hours).
        const IsoWeek spring = IsoWeek::containing(QDate(2026, 3, 29));
        QCOMPARE(spring.endMs(berlin) - spring.startMs(berlin), 167LL * 3600 * 1000);
        // 2026-10-25: clocks go back (week 43 has 169 hours).
        const IsoWeek autumn = IsoWeek::containing(QDate(2026, 10, 25));
        QCOMPARE(autumn.endMs(berlin) - autumn.startMs(berlin), 169LL * 3600 * 1000);
    }
};

QTEST_GUILESS_MAIN(TestIsoWeek)
#include "tst_iso_week.moc"
