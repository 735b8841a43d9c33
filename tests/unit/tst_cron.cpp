#include "core/CronExpression.h"
#include "core/ZonedTime.h"

#include <QElapsedTimer>
#include <QTest>

using namespace outreach;

namespace {

QDateTime instant(const QString& iso) {
    const QDateTime parsed = QDateTime::fromString(iso, Qt::ISODate);
    Q_ASSERT(parsed.isValid());
    return parsed.toUTC();
}

CronExpression cron(const QString& text) {
    Result<CronExpression> parsed = CronExpression::parse(text);
    if (!parsed)
        qFatal("'%s' should parse: %s", qPrintable(text), qPrintable(parsed.error().message));
    return *parsed;
}

// Fires as the user sees them in the zone: local time with its offset, so that the first and
// second pass of a repeated hour read differently.
QStringList localFires(const QString& expr, const QByteArray& zoneId, const QString& after,
                       int count) {
    const QTimeZone zone(zoneId);
    QStringList out;
    for (const QDateTime& fire : cron(expr).nextFires(instant(after), zone, count))
        out << fire.toTimeZone(zone).toString(Qt::ISODate);
    return out;
}

QStringList utcFires(const QString& expr, const QString& after, int count) {
    QStringList out;
    for (const QDateTime& fire : cron(expr).nextFires(instant(after), QTimeZone::utc(), count))
        out << fire.toUTC().toString(Qt::ISODate);
    return out;
}

} // namespace

class TestCron : public QObject {
    Q_OBJECT

private slots:
    void parsesValidExpressions_data() {
        QTest::addColumn<QString>("text");
        for (const char* text :
             {"* * * * *", "*/5 * * * *", "1-30/2 * * * *", "5/15 * * * *", "0 9 * * MON-FRI",
              "0 9 1,15 jan,Mar *", "0 0 * * 7", "@hourly", "@DAILY", "0 0 * * fri-sun",
              "0\t9  * *   *", "59 23 31 12 6", "0-59/59 0-23/23 1-31/30 1-12/11 0-7/7"})
            QTest::newRow(text) << QString::fromLatin1(text);
    }
    void parsesValidExpressions() {
        QFETCH(QString, text);
        const Result<CronExpression> parsed = CronExpression::parse(QStringLiteral("  ") + text);
        QVERIFY2(parsed.ok(), qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed->text(), text);
    }

    void rejectsBadExpressionsNamingTheField_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        const auto row = [](const char* text, const char* message) {
            QTest::newRow(*text ? text : "(empty)")
                << QString::fromLatin1(text) << QString::fromLatin1(message);
        };
        row("0 25 * * *", "schedule: hour field '25' is out of range 0-23");
        row("0 1,25 * * *", "schedule: hour field '1,25': '25' is out of range 0-23");
        row("60 * * * *", "schedule: minute field '60' is out of range 0-59");
        row("0 0 0 * *", "schedule: day-of-month field '0' is out of range 1-31");
        row("0 0 32 * *", "schedule: day-of-month field '32' is out of range 1-31");
        row("0 0 1 13 *", "schedule: month field '13' is out of range 1-12");
        row("0 0 * * 8",
            "schedule: day-of-week field '8' is out of range 0-7 (0 and 7 are Sunday)");
        row("0 0 * FOO *", "schedule: month field 'FOO' is not a number or a month name (JAN-DEC)");
        row("0 0 * * MUN", "schedule: day-of-week field 'MUN' is not a number or a day name "
                           "(SUN-SAT)");
        row("0 MON * * *", "schedule: hour field 'MON' is not a number");
        row("-5 * * * *", "schedule: minute field '-5' is not a number");
        row("1-2-3 * * * *", "schedule: minute field '1-2-3' is not a number");
        row("*/0 * * * *", "schedule: minute field '*/0' has step 0; a step must be between 1 "
                           "and 60");
        row("0 */25 * * *", "schedule: hour field '*/25' has step 25; a step must be between 1 "
                            "and 24");
        row("*/x * * * *", "schedule: minute field '*/x' has a step that is not a number");
        row("*/5/2 * * * *", "schedule: minute field '*/5/2' has more than one '/'");
        row("0 22-2 * * *", "schedule: hour field '22-2' has a range whose start is after its end");
        row("0 1,,2 * * *", "schedule: hour field '1,,2' has an empty list item");
        row("0 9 * *", "schedule: expected 5 fields, got 4 (minute hour day-of-month month "
                       "day-of-week, e.g. '0 9 * * MON-FRI')");
        row("0 9 * * * *", "schedule: expected 5 fields, got 6 (minute hour day-of-month month "
                           "day-of-week, e.g. '0 9 * * MON-FRI')");
        row("", "schedule: expected 5 fields, got 0 (minute hour day-of-month month "
                "day-of-week, e.g. '0 9 * * MON-FRI')");
        row("@often", "schedule: unknown alias '@often' (known: @yearly, @annually, @monthly, "
                      "@weekly, @daily, @midnight, @hourly)");
    }
    void rejectsBadExpressionsNamingTheField() {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const Result<CronExpression> parsed = CronExpression::parse(text);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind, Error::Kind::BadInput);
        QCOMPARE(parsed.error().field, QStringLiteral("schedule"));
        QCOMPARE(parsed.error().message, message);
    }

    void aliasesMeanTheirExpansion_data() {
        QTest::addColumn<QString>("alias");
        QTest::addColumn<QString>("expansion");
        QTest::addColumn<QString>("firstFire");
        QTest::newRow("yearly") << "@yearly"
                                << "0 0 1 1 *"
                                << "2027-01-01T00:00:00Z";
        QTest::newRow("annually") << "@annually"
                                  << "0 0 1 1 *"
                                  << "2027-01-01T00:00:00Z";
        QTest::newRow("monthly") << "@monthly"
                                 << "0 0 1 * *"
                                 << "2026-04-01T00:00:00Z";
        QTest::newRow("weekly") << "@weekly"
                                << "0 0 * * 0"
                                << "2026-03-08T00:00:00Z";
        QTest::newRow("daily") << "@daily"
                               << "0 0 * * *"
                               << "2026-03-05T00:00:00Z";
        QTest::newRow("midnight") << "@midnight"
                                  << "0 0 * * *"
                                  << "2026-03-05T00:00:00Z";
        QTest::newRow("hourly") << "@hourly"
                                << "0 * * * *"
                                << "2026-03-04T11:00:00Z";
    }
    void aliasesMeanTheirExpansion() {
        QFETCH(QString, alias);
        QFETCH(QString, expansion);
        QFETCH(QString, firstFire);
        const QString after = QStringLiteral("2026-03-04T10:20:00Z"); // a Wednesday
        const QStringList fires = utcFires(alias, after, 6);
        QCOMPARE(fires.size(), 6);
        QCOMPARE(fires.first(), firstFire);
        QCOMPARE(fires, utcFires(expansion, after, 6));
    }

    void namesAndSundaySevenMatchNumbers() {
        const QString after = QStringLiteral("2026-01-01T00:00:00Z");
        QCOMPARE(utcFires("0 9 * jan-MAR Mon-Fri", after, 80),
                 utcFires("0 9 * 1-3 1-5", after, 80));
        QCOMPARE(utcFires("0 0 * * 7", after, 10), utcFires("0 0 * * 0", after, 10));
        QCOMPARE(utcFires("0 0 * * sun", after, 10), utcFires("0 0 * * 0", after, 10));
        QCOMPARE(utcFires("0 0 * * FRI-SUN", after, 12), utcFires("0 0 * * 5,6,0", after, 12));
        QCOMPARE(utcFires("0 0 * * 5-7", after, 12), utcFires("0 0 * * 5,6,0", after, 12));
        QCOMPARE(utcFires("0 0 1 dec *", after, 1), QStringList{"2026-12-01T00:00:00Z"});
    }

    void stepsListsAndRanges() {
        const QString after = QStringLiteral("2026-03-04T10:00:00Z");
        QCOMPARE(
            utcFires("*/20 * * * *", after, 3),
            (QStringList{"2026-03-04T10:20:00Z", "2026-03-04T10:40:00Z", "2026-03-04T11:00:00Z"}));
        QCOMPARE(
            utcFires("5/15 10 * * *", after, 5),
            (QStringList{"2026-03-04T10:05:00Z", "2026-03-04T10:20:00Z", "2026-03-04T10:35:00Z",
                         "2026-03-04T10:50:00Z", "2026-03-05T10:05:00Z"}));
        QCOMPARE(utcFires("1-30/10 */12 * * *", after, 4),
                 (QStringList{"2026-03-04T12:01:00Z", "2026-03-04T12:11:00Z",
                              "2026-03-04T12:21:00Z", "2026-03-05T00:01:00Z"}));
        QCOMPARE(
            utcFires("0 8,17 * * *", after, 3),
            (QStringList{"2026-03-04T17:00:00Z", "2026-03-05T08:00:00Z", "2026-03-05T17:00:00Z"}));
    }

    void dayOfMonthOrDayOfWeekWhenBothRestricted() {
        const QString after = QStringLiteral("2026-03-01T00:00:00Z");
        auto days = [&](const char* expr) {
            QStringList out;
            for (const QString& fire : utcFires(expr, after, 8))
                out << fire.mid(5, 5);
            return out;
        };
        // Friday the 13th style: every Friday OR every 13th (Monday 13 April included).
        QCOMPARE(days("0 0 13 * FRI"), (QStringList{"03-06", "03-13", "03-20", "03-27", "04-03",
                                                    "04-10", "04-13", "04-17"}));
        QCOMPARE(days("0 0 13 * *"), (QStringList{"03-13", "04-13", "05-13", "06-13", "07-13",
                                                  "08-13", "09-13", "10-13"}));
        // A day-of-month field that covers every day is unrestricted: Fridays only.
        QCOMPARE(days("0 0 1-31 * FRI"), days("0 0 * * FRI"));
        // A stepped field is restricted: odd days OR Mondays.
        QCOMPARE(days("0 0 */2 * MON"), (QStringList{"03-02", "03-03", "03-05", "03-07", "03-09",
                                                     "03-11", "03-13", "03-15"}));
        QVERIFY(cron("0 0 13 * FRI").matchesWallTime(QDate(2026, 4, 13), QTime(0, 0)));
        QVERIFY(!cron("0 0 13 * FRI").matchesWallTime(QDate(2026, 4, 14), QTime(0, 0)));
        QVERIFY(!cron("0 0 13 * FRI").matchesWallTime(QDate(2026, 4, 13), QTime(0, 1)));
    }

    void nextFireIsStrictlyAfter() {
        const CronExpression every15 = cron("*/15 * * * *");
        const QTimeZone utc = QTimeZone::utc();
        QCOMPARE(every15.nextFireAfter(instant("2026-03-04T10:07:30Z"), utc),
                 instant("2026-03-04T10:15:00Z"));
        QCOMPARE(every15.nextFireAfter(instant("2026-03-04T10:15:00Z"), utc),
                 instant("2026-03-04T10:30:00Z"));
        QCOMPARE(every15.nextFireAfter(instant("2026-03-04T10:14:59.999Z"), utc),
                 instant("2026-03-04T10:15:00Z"));
        QCOMPARE(every15.nextFireAfter(instant("2026-12-31T23:59:00Z"), utc),
                 instant("2027-01-01T00:00:00Z"));
        QCOMPARE(every15.nextFireAfter(instant("2026-03-04T10:07:30Z"), utc).timeSpec(), Qt::UTC);
        QVERIFY(!every15.nextFireAfter(instant("2026-03-04T10:07:30Z"), QTimeZone()).isValid());
        QVERIFY(every15.nextFires(instant("2026-03-04T10:07:30Z"), utc, 0).isEmpty());
    }

    void evaluatesInTheGivenZone() {
        QCOMPARE(localFires("0 9 * * *", "Asia/Kolkata", "2026-05-01T00:00:00Z", 2),
                 (QStringList{"2026-05-01T09:00:00+05:30", "2026-05-02T09:00:00+05:30"}));
        QCOMPARE(cron("0 9 * * *")
                     .nextFireAfter(instant("2026-05-01T00:00:00Z"), QTimeZone("Asia/Kolkata")),
                 instant("2026-05-01T03:30:00Z"));
        QCOMPARE(localFires("0 9 * * MON", "America/New_York", "2026-07-01T00:00:00Z", 1),
                 QStringList{"2026-07-06T09:00:00-04:00"});
        // Monday 09:00 in Auckland is still Sunday in UTC.
        QCOMPARE(cron("0 9 * * MON")
                     .nextFireAfter(instant("2026-07-01T00:00:00Z"), QTimeZone("Pacific/Auckland")),
                 instant("2026-07-05T21:00:00Z"));
    }

    void springForwardGapRunsOnceAtTheNextValidMinute_data() {
        QTest::addColumn<QString>("expr");
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QStringList>("fires");
        // Europe/Berlin, 2026-03-29: 02:00 CET jumps to 03:00 CEST.
        QTest::newRow("berlin 02:30")
            << "30 2 * * *" << QByteArray("Europe/Berlin") << "2026-03-28T12:00:00Z"
            << QStringList{"2026-03-29T03:00:00+02:00", "2026-03-30T02:30:00+02:00"};
        QTest::newRow("berlin every 15 min")
            << "*/15 * * * *" << QByteArray("Europe/Berlin") << "2026-03-29T00:40:00Z"
            << QStringList{"2026-03-29T01:45:00+01:00", "2026-03-29T03:00:00+02:00",
                           "2026-03-29T03:15:00+02:00"};
        QTest::newRow("berlin 02:00 and 03:00 merge")
            << "0 2,3 * * *" << QByteArray("Europe/Berlin") << "2026-03-28T12:00:00Z"
            << QStringList{"2026-03-29T03:00:00+02:00", "2026-03-30T02:00:00+02:00",
                           "2026-03-30T03:00:00+02:00"};
        // America/New_York, 2026-03-08: 02:00 EST jumps to 03:00 EDT.
        QTest::newRow("new york 02:30")
            << "30 2 * * *" << QByteArray("America/New_York") << "2026-03-07T12:00:00Z"
            << QStringList{"2026-03-08T03:00:00-04:00", "2026-03-09T02:30:00-04:00"};
        QTest::newRow("new york hourly")
            << "0 * * * *" << QByteArray("America/New_York") << "2026-03-08T05:30:00Z"
            << QStringList{"2026-03-08T01:00:00-05:00", "2026-03-08T03:00:00-04:00",
                           "2026-03-08T04:00:00-04:00"};
        // Australia/Lord_Howe, 2026-10-04: 02:00 +10:30 jumps half an hour to 02:30 +11:00.
        QTest::newRow("lord howe 02:15")
            << "15 2 * * *" << QByteArray("Australia/Lord_Howe") << "2026-10-03T00:00:00Z"
            << QStringList{"2026-10-04T02:30:00+11:00", "2026-10-05T02:15:00+11:00"};
    }
    void springForwardGapRunsOnceAtTheNextValidMinute() {
        QFETCH(QString, expr);
        QFETCH(QByteArray, zone);
        QFETCH(QString, after);
        QFETCH(QStringList, fires);
        QCOMPARE(localFires(expr, zone, after, int(fires.size())), fires);
    }

    void fallBackOverlapRunsOnceAtTheFirstOccurrence_data() {
        QTest::addColumn<QString>("expr");
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QStringList>("fires");
        // Europe/Berlin, 2026-10-25: 03:00 CEST falls back to 02:00 CET.
        QTest::newRow("berlin 02:30")
            << "30 2 * * *" << QByteArray("Europe/Berlin") << "2026-10-24T12:00:00Z"
            << QStringList{"2026-10-25T02:30:00+02:00", "2026-10-26T02:30:00+01:00"};
        QTest::newRow("berlin hourly")
            << "0 * * * *" << QByteArray("Europe/Berlin") << "2026-10-24T22:30:00Z"
            << QStringList{"2026-10-25T01:00:00+02:00", "2026-10-25T02:00:00+02:00",
                           "2026-10-25T03:00:00+01:00", "2026-10-25T04:00:00+01:00"};
        QTest::newRow("berlin start in second pass")
            << "*/30 * * * *" << QByteArray("Europe/Berlin") << "2026-10-25T01:10:00Z"
            << QStringList{"2026-10-25T03:00:00+01:00", "2026-10-25T03:30:00+01:00"};
        // America/New_York, 2026-11-01: 02:00 EDT falls back to 01:00 EST.
        QTest::newRow("new york 01:30")
            << "30 1 * * *" << QByteArray("America/New_York") << "2026-10-31T12:00:00Z"
            << QStringList{"2026-11-01T01:30:00-04:00", "2026-11-02T01:30:00-05:00"};
        QTest::newRow("new york from the first pass")
            << "*/20 1 * * *" << QByteArray("America/New_York") << "2026-11-01T05:25:00Z"
            << QStringList{"2026-11-01T01:40:00-04:00", "2026-11-02T01:00:00-05:00"};
        // Australia/Lord_Howe, 2026-04-05: 02:00 +11:00 falls back half an hour to 01:30 +10:30.
        QTest::newRow("lord howe 01:45")
            << "45 1 * * *" << QByteArray("Australia/Lord_Howe") << "2026-04-04T00:00:00Z"
            << QStringList{"2026-04-05T01:45:00+11:00", "2026-04-06T01:45:00+10:30"};
    }
    void fallBackOverlapRunsOnceAtTheFirstOccurrence() {
        QFETCH(QString, expr);
        QFETCH(QByteArray, zone);
        QFETCH(QString, after);
        QFETCH(QStringList, fires);
        QCOMPARE(localFires(expr, zone, after, int(fires.size())), fires);
    }

    void zonedTimeClassifiesWallClockReadings() {
        const QTimeZone berlin("Europe/Berlin");
        const ZonedTime::Resolved gap =
            ZonedTime::resolve(QDate(2026, 3, 29), QTime(2, 30), berlin);
        QCOMPARE(gap.kind, ZonedTime::Kind::Skipped);
        QCOMPARE(gap.utc, instant("2026-03-29T01:00:00Z"));
        const ZonedTime::Resolved twice =
            ZonedTime::resolve(QDate(2026, 10, 25), QTime(2, 30), berlin);
        QCOMPARE(twice.kind, ZonedTime::Kind::Repeated);
        QCOMPARE(twice.utc, instant("2026-10-25T00:30:00Z"));
        const ZonedTime::Resolved plain =
            ZonedTime::resolve(QDate(2026, 10, 25), QTime(3, 0), berlin);
        QCOMPARE(plain.kind, ZonedTime::Kind::Normal);
        QCOMPARE(plain.utc, instant("2026-10-25T02:00:00Z"));
        QCOMPARE(ZonedTime::wallClock(instant("2026-10-25T01:30:00Z"), berlin),
                 QDateTime(QDate(2026, 10, 25), QTime(2, 30), Qt::UTC));
    }

    void leapDay() {
        QCOMPARE(utcFires("0 12 29 2 *", "2025-01-01T00:00:00Z", 2),
                 (QStringList{"2028-02-29T12:00:00Z", "2032-02-29T12:00:00Z"}));
        // 2100 is no leap year: the longest wait a valid expression has, eight years.
        QCOMPARE(utcFires("0 12 29 2 *", "2096-03-01T00:00:00Z", 1),
                 QStringList{"2104-02-29T12:00:00Z"});
        QCOMPARE(utcFires("0 0 31 * *", "2026-04-01T00:00:00Z", 2),
                 (QStringList{"2026-05-31T00:00:00Z", "2026-07-31T00:00:00Z"}));
    }

    void impossibleExpressionsNeverFireAndReturnQuickly() {
        QElapsedTimer timer;
        timer.start();
        for (const char* expr : {"0 0 30 2 *", "0 0 31 2 *", "0 0 31 4,6,9,11 *"}) {
            for (int i = 0; i < 100; ++i) {
                const QDateTime after = instant("2026-01-01T00:00:00Z").addDays(i * 7);
                QVERIFY(!cron(expr).nextFireAfter(after, QTimeZone("Europe/Berlin")).isValid());
            }
            QVERIFY(cron(expr)
                        .nextFires(instant("2026-01-01T00:00:00Z"), QTimeZone::utc(), 5)
                        .isEmpty());
        }
        // 300 ten-year searches: a minute-by-minute scan would take minutes, a day-wise one ms.
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestCron)
#include "tst_cron.moc"
