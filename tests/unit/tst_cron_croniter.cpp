// Checks CronExpression against an independent implementation, python3-croniter, on many
// random (expression, zone, instant) triples. croniter picks the wall-clock times; zoneinfo
// maps them to instants (tests/support/cron_oracle.py explains why). Any disagreement fails
// unless it is exactly the one SPEC §3.9 makes at a DST change, and those are listed.
// The sample is seeded (OUTREACH_CRON_SEED overrides the default seed to explore others).
#include "core/CronExpression.h"
#include "support/TestEnv.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace outreach;

namespace {

constexpr int kPairs = 12000;
constexpr qint64 kNearTransitionSecs = 36 * 3600;

struct Case {
    QString expr;
    QByteArray zone;
    QDateTime after;
    bool nearTransition = false;
};

QString isoUtc(const QDateTime& instant) {
    return instant.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

// Random expressions that lean towards what DST changes touch: small hours, March/April and
// October/November, the month-end days, names, steps and the day-of-month/day-of-week OR rule.
class ExpressionGenerator {
public:
    explicit ExpressionGenerator(QRandomGenerator& random) : m_random(random) {}

    QString next() {
        if (chance(3)) {
            static const QStringList aliases{"@yearly", "@annually", "@monthly", "@weekly",
                                             "@daily",  "@midnight", "@hourly"};
            return pick(aliases);
        }
        return QStringList{minute(), hour(), dayOfMonth(), month(), dayOfWeek()}.join(' ');
    }

private:
    bool chance(int percent) { return int(m_random.bounded(100)) < percent; }
    int between(int low, int high) { return low + int(m_random.bounded(high - low + 1)); }
    QString pick(const QStringList& list) { return list.at(int(m_random.bounded(list.size()))); }
    QString number(int value) { return QString::number(value); }

    QString rangeOf(int low, int high, int maxSpan) {
        const int a = between(low, high);
        const int b = std::min(high, a + between(0, maxSpan));
        return number(a) + '-' + number(b);
    }

    QString minute() {
        const int roll = between(0, 99);
        if (roll < 15)
            return "*";
        if (roll < 40)
            return number(pick({"0", "15", "30", "45"}).toInt() +
                          (chance(50) ? 0 : between(0, 14)));
        if (roll < 55)
            return number(between(0, 29)) + ',' + number(between(30, 59));
        if (roll < 65)
            return rangeOf(0, 59, 40);
        if (roll < 80)
            return "*/" + pick({"2", "3", "5", "7", "10", "15", "20", "30", "45"});
        if (roll < 90)
            return rangeOf(0, 59, 59) + '/' + number(between(2, 20));
        return number(between(0, 20)) + '/' + number(between(5, 30));
    }

    int dstHour() { return chance(60) ? between(0, 4) : between(0, 23); }

    QString hour() {
        const int roll = between(0, 99);
        if (roll < 20)
            return "*";
        if (roll < 55)
            return number(dstHour());
        if (roll < 68)
            return number(dstHour()) + ',' + number(between(0, 23));
        if (roll < 78)
            return rangeOf(0, 5, 4);
        if (roll < 88)
            return "*/" + pick({"2", "3", "4", "6", "12"});
        if (roll < 94)
            return rangeOf(0, 23, 23) + '/' + number(between(2, 6));
        return number(between(0, 3)) + '/' + number(between(2, 8));
    }

    QString dayOfMonth() {
        const int roll = between(0, 99);
        if (roll < 58)
            return "*";
        if (roll < 72)
            return number(chance(30) ? between(28, 31) : between(1, 31));
        if (roll < 82)
            return number(between(1, 15)) + ',' + number(between(16, 31));
        if (roll < 90)
            return rangeOf(1, 31, 10);
        if (roll < 96)
            return "*/" + pick({"2", "3", "7", "10"});
        return number(between(1, 10)) + '/' + number(between(2, 10));
    }

    QString monthName(int month) {
        static const QStringList names{"jan", "feb", "mar", "apr", "may", "jun",
                                       "jul", "aug", "sep", "oct", "nov", "dec"};
        return styled(names.at(month - 1));
    }

    QString styled(const QString& name) {
        const int roll = between(0, 2);
        return roll == 0 ? name : roll == 1 ? name.toUpper() : name.left(1).toUpper() + name.mid(1);
    }

    QString monthValue(int month) { return chance(40) ? monthName(month) : number(month); }

    QString month() {
        const int roll = between(0, 99);
        const int dstMonth = pick({"3", "4", "10", "11"}).toInt();
        if (roll < 62)
            return "*";
        if (roll < 77)
            return monthValue(chance(70) ? dstMonth : between(1, 12));
        if (roll < 87)
            return monthValue(dstMonth) + ',' + monthValue(between(1, 12));
        if (roll < 95) {
            const int start = chance(60) ? dstMonth : between(1, 12);
            return monthValue(start) + '-' + monthValue(between(start, 12));
        }
        return "*/" + pick({"2", "3", "6"});
    }

    QString dayOfWeek() {
        static const QStringList days{"sun", "mon", "tue", "wed", "thu", "fri", "sat"};
        const int roll = between(0, 99);
        if (roll < 58)
            return "*";
        if (roll < 70)
            return number(between(0, 7));
        if (roll < 80)
            return styled(days.at(between(0, 6)));
        if (roll < 90)
            return pick({"MON-FRI", "mon-fri", "1-5", "5-7", "FRI-SUN", "sat,sun", "0,6", "6-7"});
        if (roll < 96)
            return number(between(0, 3)) + ',' + styled(days.at(between(3, 6)));
        return pick({"*/2", "*/3", "1/2"});
    }

    QRandomGenerator& m_random;
};

} // namespace

class TestCronCroniter : public QObject {
    Q_OBJECT

private slots:
    void matchesCroniterExceptWhereSpecDstRuleDiffers() {
        const QString seedText =
            QProcessEnvironment::systemEnvironment().value("OUTREACH_CRON_SEED", "20260329");
        QRandomGenerator random(seedText.toUInt());
        ExpressionGenerator expressions(random);
        const QList<QByteArray> zones{
            "UTC",          "Europe/Berlin",      "America/New_York", "Australia/Sydney",
            "Asia/Kolkata", "Australia/Lord_Howe"};
        const QDateTime from(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
        const QDateTime to(QDate(2036, 1, 1), QTime(0, 0), Qt::UTC);

        QHash<QByteArray, QList<QDateTime>> transitions;
        for (const QByteArray& zone : zones) {
            for (const QTimeZone::OffsetData& t : QTimeZone(zone).transitions(from, to))
                transitions[zone].append(t.atUtc);
        }

        // Every DST zone gets instants on and around its transition days, some inside the
        // changed hour itself; the rest are spread over 16 years.
        QList<Case> cases;
        for (int i = 0; i < kPairs; ++i) {
            Case c{expressions.next(), zones.at(i % zones.size()), {}, false};
            const QList<QDateTime>& changes = transitions.value(c.zone);
            if (!changes.isEmpty() && random.bounded(100) < 60) {
                const QDateTime change = changes.at(int(random.bounded(changes.size())));
                if (random.bounded(100) <
                    40) // the hours just before the change and the changed hour
                    c.after = change.addSecs(qint64(random.bounded(4 * 3600 + 1)) - 3 * 3600);
                else
                    c.after = change.addSecs(qint64(random.bounded(2 * kNearTransitionSecs + 1)) -
                                             kNearTransitionSecs);
                c.nearTransition = true;
            } else {
                c.after = from.addSecs(qint64(random.bounded(from.secsTo(to))));
            }
            if (random.bounded(100) < 50) // half on whole minutes: fire times themselves
                c.after = c.after.addSecs(-c.after.time().second());
            cases.append(c);
        }

        QByteArray input;
        for (const Case& c : cases)
            input += (c.expr + '\t' + c.zone + '\t' + isoUtc(c.after) + '\n').toUtf8();
        QProcess oracle;
        oracle.start(test::python(), {test::scriptsDir() + "/cron_oracle.py"});
        QVERIFY2(oracle.waitForStarted(), qPrintable(test::python() + ": " + oracle.errorString()));
        oracle.write(input);
        oracle.closeWriteChannel();
        QVERIFY2(oracle.waitForFinished(600000), "cron_oracle.py did not finish");
        const QByteArray errors = oracle.readAllStandardError();
        QVERIFY2(oracle.exitStatus() == QProcess::NormalExit && oracle.exitCode() == 0,
                 errors.constData());
        const QStringList lines =
            QString::fromUtf8(oracle.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), cases.size());

        int agreed = 0, agreedNearTransition = 0, explainedGap = 0, explainedRepeat = 0;
        int awareDiffers = 0, neverFires = 0, repaired = 0, wallSkipped = 0, wallRepeated = 0;
        QStringList unexplained;
        for (int i = 0; i < cases.size(); ++i) {
            const Case& c = cases.at(i);
            const QStringList oracleColumns = lines.at(i).split('\t');
            QCOMPARE(oracleColumns.size(), 8);
            const QString theirs = oracleColumns[0], wall = oracleColumns[1],
                          kind = oracleColumns[2], gapEnd = oracleColumns[3],
                          afterRepeat = oracleColumns[4], repair = oracleColumns[5],
                          raw = oracleColumns[6], aware = oracleColumns[7];
            const Result<CronExpression> parsed = CronExpression::parse(c.expr);
            QVERIFY2(parsed.ok(), qPrintable(c.expr));
            const QDateTime fire = parsed->nextFireAfter(c.after, QTimeZone(c.zone));
            const QString ours = fire.isValid() ? isoUtc(fire) : QStringLiteral("none");
            const QString what = QStringLiteral("'%1' in %2 after %3: ours %4, croniter %5")
                                     .arg(c.expr, c.zone, isoUtc(c.after), ours, theirs);
            if (aware != raw)
                ++awareDiffers;
            wallSkipped += kind == QLatin1String("skipped") ? 1 : 0;
            wallRepeated += kind == QLatin1String("repeated") ? 1 : 0;
            if (repair != QLatin1String("-")) {
                // Not a disagreement: croniter's own answers, with a 1.3.5 defect worked around
                // (see cron_oracle.py); listed so that nobody mistakes them for our rule.
                ++repaired;
                qInfo().noquote() << "croniter 1.3.5 defect worked around (" + repair + "):" << what
                                  << "- unrepaired croniter said" << raw;
            }
            if (ours == theirs) {
                ++agreed;
                agreedNearTransition += c.nearTransition ? 1 : 0;
                neverFires += ours == QLatin1String("none") ? 1 : 0;
            } else if (kind == QLatin1String("skipped") && ours == gapEnd) {
                ++explainedGap;
                qInfo().noquote() << "explained (gap):" << what << "- wall time" << wall
                                  << "is skipped by spring-forward; zoneinfo shifts it by the "
                                     "gap length, SPEC §3.9 runs it at the first instant after "
                                     "the gap,"
                                  << gapEnd;
            } else if (afterRepeat != QLatin1String("-") && ours == afterRepeat) {
                ++explainedRepeat;
                qInfo().noquote() << "explained (overlap):" << what
                                  << "- the start is in the second pass of a repeated hour; wall"
                                  << wall << "already ran at its first occurrence" << theirs
                                  << "and SPEC §3.9 runs a repeated time once, so next is"
                                  << afterRepeat;
            } else {
                unexplained << what + QStringLiteral(" (croniter wall %1, %2)").arg(wall, kind);
            }
        }

        const int explained = explainedGap + explainedRepeat;
        qInfo().noquote()
            << QStringLiteral("seed %1: %2 pairs compared across %3 zones (%4 on or near a DST "
                              "transition); %5 agreed (%6 of them near a transition, %7 where "
                              "neither finds a fire); %8 explained by SPEC §3.9 (%9 gap, %10 "
                              "overlap); %11 unexplained; croniter defects worked around in "
                              "%12; croniter's wall time fell in a DST gap in %13 pairs and in an "
                              "overlap in %14")
                   .arg(seedText)
                   .arg(cases.size())
                   .arg(zones.size())
                   .arg(std::count_if(cases.cbegin(), cases.cend(),
                                      [](const Case& c) { return c.nearTransition; }))
                   .arg(agreed)
                   .arg(agreedNearTransition)
                   .arg(neverFires)
                   .arg(explained)
                   .arg(explainedGap)
                   .arg(explainedRepeat)
                   .arg(unexplained.size())
                   .arg(repaired)
                   .arg(wallSkipped)
                   .arg(wallRepeated);
        qInfo().noquote() << "for information: croniter's own tz-aware mode, not used as the "
                             "oracle, differs from its wall-clock answer in"
                          << awareDiffers << "pairs";
        for (const QString& line : unexplained)
            qWarning().noquote() << "UNEXPLAINED:" << line;

        QVERIFY(cases.size() >= 10000);
        QCOMPARE(agreed + explained + unexplained.size(), int(cases.size()));
        QVERIFY2(unexplained.isEmpty(), qPrintable(QStringLiteral("%1 unexplained disagreements, "
                                                                  "first: %2")
                                                       .arg(unexplained.size())
                                                       .arg(unexplained.value(0))));
        // The sample must really exercise the DST rule, or agreement would prove little there.
        QVERIFY2(explainedGap >= 15, qPrintable(QString::number(explainedGap)));
        QVERIFY2(explainedRepeat >= 10, qPrintable(QString::number(explainedRepeat)));
        QVERIFY2(wallSkipped + wallRepeated >= 100,
                 qPrintable(QString::number(wallSkipped + wallRepeated)));
        QVERIFY(agreedNearTransition >= 4000);
    }
};

QTEST_GUILESS_MAIN(TestCronCroniter)
#include "tst_cron_croniter.moc"
