#include "sources/LeadScorer.h"

#include <QJsonDocument>
#include <QtTest>

using namespace outreach;

class TestLeadScorer : public QObject {
    Q_OBJECT

    static Lead lead(const QString& title, const QString& company = QStringLiteral("Acme"),
                     const QString& first = QStringLiteral("Ann"),
                     const QString& last = QStringLiteral("Lee")) {
        Lead l;
        l.email = QStringLiteral("ann@acme.example");
        l.title = title;
        l.company = company;
        l.firstName = first;
        l.lastName = last;
        return l;
    }

private Q_SLOTS:
    void defaultSeniorityTiers_data() {
        QTest::addColumn<QString>("title");
        QTest::addColumn<int>("score");
        QTest::addColumn<QString>("tier");
        // base 20 + tier + company 10 + first 5 + last 5
        QTest::newRow("ceo") << "CEO" << 90 << "C-level";
        QTest::newRow("chief") << "Chief Revenue Officer" << 90 << "C-level";
        QTest::newRow("founder") << "Co-Founder & CTO" << 90 << "C-level";
        QTest::newRow("managing director") << "Managing Director" << 90 << "C-level";
        QTest::newRow("vp") << "VP, Sales" << 80 << "VP";
        QTest::newRow("vice president beats president")
            << "Vice President of Engineering" << 80 << "VP";
        QTest::newRow("head") << "Head of Growth" << 75 << "Head";
        QTest::newRow("director") << "Director of IT" << 70 << "Director";
        QTest::newRow("manager") << "Marketing Manager" << 55 << "Manager";
        QTest::newRow("other title") << "Software Engineer" << 45 << "";
        QTest::newRow("no title") << "" << 40 << "";
        // Whole words only: "directory" and "vpn" are not seniority.
        QTest::newRow("inside a word") << "Directory Services VPN admin" << 45 << "";
    }

    void defaultSeniorityTiers() {
        QFETCH(QString, title);
        QFETCH(int, score);
        QFETCH(QString, tier);
        const LeadScorer::Scored scored = LeadScorer().score(lead(title));
        QCOMPARE(scored.score, score);
        QCOMPARE(scored.seniority, tier);
        QVERIFY(!scored.fromSource);
    }

    void hotAndWarmBoundariesOfTheDefaults() {
        // The defaults put a complete VP exactly at hot (80) and a complete Director in warm.
        QVERIFY(LeadScorer().score(lead(QStringLiteral("VP Sales"))).score >= 80);
        const int director = LeadScorer().score(lead(QStringLiteral("Director"))).score;
        QVERIFY(director >= 60 && director < 80);
        QVERIFY(LeadScorer().score(lead(QStringLiteral("Manager"))).score < 60);
    }

    void completenessCounts() {
        const LeadScorer scorer;
        QCOMPARE(scorer.score(lead(QStringLiteral("CEO"), {}, {}, {})).score, 70);
        QCOMPARE(scorer.score(lead(QStringLiteral("CEO"), QStringLiteral("Acme"), {}, {})).score,
                 80);
        QCOMPARE(scorer.score(lead({}, {}, {}, {})).score, 20);
    }

    void reasonsExplainTheScore() {
        const LeadScorer::Scored scored = LeadScorer().score(lead(QStringLiteral("VP Sales")));
        const QString all = scored.reasons.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("base 20")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("title 'VP Sales' is VP (\"vp\"): +40")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("company given: +10")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("first name given: +5")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("last name given: +5")), qPrintable(all));
        QCOMPARE(scored.reasons.size(), 5);
    }

    void sourceScoreWinsWhenGiven() {
        const LeadScorer scorer;
        LeadScorer::Scored scored = scorer.score(lead(QStringLiteral("Intern")), 85);
        QCOMPARE(scored.score, 85);
        QVERIFY(scored.fromSource);
        QCOMPARE(scored.reasons, QStringList{QStringLiteral("score given by the source: 85")});
        QCOMPARE(scorer.score(lead(QStringLiteral("CEO")), 0).score, 0);
        QCOMPARE(scorer.score(lead(QStringLiteral("CEO")), 140).score, 100);
    }

    void customRulesFromJson() {
        Result<LeadScorer> scorer = LeadScorer::fromJson(R"({
            "useSourceScore": false, "base": 10, "companyPoints": 0,
            "seniority": [{"label": "Buyer", "points": 70, "keywords": ["procurement"]}]
        })");
        QVERIFY2(scorer.ok(), scorer.ok() ? "" : qPrintable(scorer.error().message));
        // 10 + 70 + 5 + 5; the source's score is ignored; company earns nothing now.
        const LeadScorer::Scored scored =
            scorer->score(lead(QStringLiteral("Head of Procurement")), 30);
        QCOMPARE(scored.score, 90);
        QCOMPARE(scored.seniority, QStringLiteral("Buyer"));
        QVERIFY(!scored.fromSource);
        // The default tiers were replaced: "CEO" is just a title now (10 + 5 + 5 + 5).
        QCOMPARE(scorer->score(lead(QStringLiteral("CEO"))).score, 25);
    }

    void scoresAreClamped() {
        Result<LeadScorer> scorer = LeadScorer::fromJson(R"({"base": 100, "companyPoints": 50})");
        QVERIFY(scorer.ok());
        const LeadScorer::Scored scored = scorer->score(lead(QStringLiteral("CEO")));
        QCOMPARE(scored.score, 100);
        QVERIFY(scored.reasons.last().contains(QStringLiteral("clamped to 100")));
        Result<LeadScorer> harsh = LeadScorer::fromJson(R"({"base": 0, "firstNamePoints": -50})");
        QVERIFY(harsh.ok());
        QCOMPARE(harsh->score(lead({}, {}, QStringLiteral("Ann"), {})).score, 0);
    }

    void badRulesNameTheirField_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("not json") << QByteArray("{") << "scoring";
        QTest::newRow("array") << QByteArray("[]") << "scoring";
        QTest::newRow("unknown key") << QByteArray(R"({"bonus": 5})") << "scoring.bonus";
        QTest::newRow("base range") << QByteArray(R"({"base": 101})") << "scoring.base";
        QTest::newRow("fraction") << QByteArray(R"({"companyPoints": 2.5})")
                                  << "scoring.companyPoints";
        QTest::newRow("flag type")
            << QByteArray(R"({"useSourceScore": 1})") << "scoring.useSourceScore";
        QTest::newRow("tiers type") << QByteArray(R"({"seniority": {}})") << "scoring.seniority";
        QTest::newRow("tier label") << QByteArray(R"({"seniority": [{"points": 5,
                                          "keywords": ["x"]}]})")
                                    << "scoring.seniority[0].label";
        QTest::newRow("tier keywords")
            << QByteArray(R"({"seniority": [{"label": "A", "points": 5, "keywords": []}]})")
            << "scoring.seniority[0].keywords";
        QTest::newRow("tier key") << QByteArray(R"({"seniority": [{"label": "A", "points": 5,
                                        "keywords": ["x"], "weight": 1}]})")
                                  << "scoring.seniority[0].weight";
    }

    void badRulesNameTheirField() {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        Result<LeadScorer> scorer = LeadScorer::fromJson(json);
        QVERIFY(!scorer.ok());
        QCOMPARE(scorer.error().kind, Error::Kind::BadInput);
        QCOMPARE(scorer.error().field, field);
        QVERIFY2(scorer.error().message.startsWith(field), qPrintable(scorer.error().message));
    }

    void jsonRoundTripKeepsTheRules() {
        const LeadScorer defaults;
        const QByteArray json = QJsonDocument(defaults.toJson()).toJson();
        Result<LeadScorer> again = LeadScorer::fromJson(json);
        QVERIFY(again.ok());
        QCOMPARE(again->toJson(), defaults.toJson());
        for (const QString& title : {QStringLiteral("CEO"), QStringLiteral("VP Sales"),
                                     QStringLiteral("Intern"), QStringLiteral("Head of X")})
            QCOMPARE(again->score(lead(title)).score, defaults.score(lead(title)).score);
    }
};

QTEST_GUILESS_MAIN(TestLeadScorer)
#include "tst_lead_scorer.moc"
