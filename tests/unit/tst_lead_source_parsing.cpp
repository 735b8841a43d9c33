#include "mail/EmailAddress.h"
#include "sources/CsvLeadSource.h"
#include "sources/HttpJsonLeadSource.h"
#include "sources/LeadValidator.h"
#include "sources/SampleLeadSource.h"

#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

using namespace outreach;

class TestLeadSourceParsing : public QObject {
    Q_OBJECT

    static LeadQuery query(qint64 user, QDate date, QStringList keywords, int limit = 20) {
        LeadQuery q;
        q.userId = user;
        q.date = date;
        q.keywords = std::move(keywords);
        q.limit = limit;
        return q;
    }

private Q_SLOTS:
    void wellFormedAnswer() {
        const LeadFetch fetch = HttpJsonLeadSource::parseBody(R"({"leads": [
            {"email": "a@x.example", "firstName": "Ann", "lastName": "Lee",
             "company": "Acme", "title": "CEO", "score": 87},
            {"email": "b@x.example", "firstName": null},
            {"email": "c@x.example", "score": 12.6}
        ], "next": "ignored"})");
        QVERIFY(fetch.success);
        QCOMPARE(fetch.records.size(), 3);
        QCOMPARE(fetch.records.at(0).lead.company, QStringLiteral("Acme"));
        QCOMPARE(fetch.records.at(0).score, std::optional<int>(87));
        QVERIFY(fetch.records.at(0).problem.isEmpty());
        QVERIFY(!fetch.records.at(1).score);
        QVERIFY(fetch.records.at(1).problem.isEmpty());
        QCOMPARE(fetch.records.at(2).score, std::optional<int>(13));
    }

    void wrongShapesFailTheCall_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("truncated")
            << QByteArray(R"({"leads": [{"email": "a@x)") << "malformed JSON";
        QTest::newRow("empty") << QByteArray() << "malformed JSON";
        QTest::newRow("html") << QByteArray("<html>oops</html>") << "malformed JSON";
        QTest::newRow("array") << QByteArray(R"([{"email": "a@x.example"}])")
                               << "not a JSON object";
        QTest::newRow("no leads") << QByteArray(R"({"results": []})") << "no \"leads\" array";
        QTest::newRow("leads object")
            << QByteArray(R"({"leads": {"email": "a@x.example"}})") << "no \"leads\" array";
        QTest::newRow("leads null") << QByteArray(R"({"leads": null})") << "no \"leads\" array";
    }

    void wrongShapesFailTheCall() {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        const LeadFetch fetch = HttpJsonLeadSource::parseBody(body);
        QVERIFY(!fetch.success);
        QVERIFY(fetch.records.isEmpty());
        QVERIFY2(fetch.error.contains(error), qPrintable(fetch.error));
    }

    void badRecordsAreReturnedButUnusable() {
        const LeadFetch fetch = HttpJsonLeadSource::parseBody(R"({"leads": [
            "text", {"firstName": "NoMail"}, {"email": 5}, {"email": "a@x.example", "title": []},
            {"email": "b@x.example", "score": 101}, {"email": "c@x.example", "score": "90"},
            {"email": "ok@x.example"}]})");
        QVERIFY(fetch.success);
        QCOMPARE(fetch.records.size(), 7);
        for (int i = 0; i < 6; ++i)
            QVERIFY2(!fetch.records.at(i).problem.isEmpty(), qPrintable(QString::number(i)));
        QVERIFY(fetch.records.at(0).problem.contains(QStringLiteral("record 1: not an object")));
        QVERIFY(fetch.records.at(3).problem.contains(QStringLiteral("title is not a string")));
        QVERIFY(fetch.records.at(4).problem.contains(QStringLiteral("score")));
        QVERIFY(fetch.records.at(6).problem.isEmpty());
    }

    void requestUrlEncodesKeywordsAndKeepsEndpointItems() {
        const QUrl url = HttpJsonLeadSource::requestUrl(
            QUrl(QStringLiteral("https://api.example/v1/search?region=eu&limit=999&q=old")),
            query(1, {}, {QStringLiteral("c++"), QStringLiteral("R&D")}, 25));
        const QUrlQuery items(url);
        QCOMPARE(items.queryItemValue(QStringLiteral("region")), QStringLiteral("eu"));
        QCOMPARE(items.allQueryItemValues(QStringLiteral("limit")), QStringList{"25"});
        QCOMPARE(items.allQueryItemValues(QStringLiteral("q"), QUrl::FullyDecoded),
                 QStringList{QStringLiteral("c++ R&D")});
        QVERIFY2(url.toString(QUrl::FullyEncoded).contains(QStringLiteral("q=c%2B%2B%20R%26D")),
                 qPrintable(url.toString(QUrl::FullyEncoded)));
    }

    void validatorAcceptsPlainAddressesOnly_data() {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << " Ann.Lee@Example.COM " << true;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("no at") << "ann.example.com" << false;
        QTest::newRow("display name") << "Ann <ann@example.com>" << false;
        QTest::newRow("two") << "a@example.com, b@example.com" << false;
        QTest::newRow("crlf") << "a@example.com\r\nBcc: x@evil.example" << false;
        QTest::newRow("quoted local part") << "\"ann lee\"@example.com" << true;
    }

    void validatorAcceptsPlainAddressesOnly() {
        QFETCH(QString, email);
        QFETCH(bool, valid);
        Lead lead;
        lead.email = email;
        Result<Lead> checked = LeadValidator::validate(lead);
        QCOMPARE(checked.ok(), valid);
        if (valid) {
            QCOMPARE(checked->email, email.trimmed().toLower());
        } else {
            QCOMPARE(checked.error().field, QStringLiteral("email"));
        }
    }

    void validatorChecksTheOtherFields() {
        Lead lead;
        lead.email = QStringLiteral("a@example.com");
        lead.firstName = QStringLiteral("  Ann  ");
        Result<Lead> trimmed = LeadValidator::validate(lead);
        QVERIFY2(trimmed.ok(), trimmed.ok() ? "" : qPrintable(trimmed.error().message));
        QCOMPARE(trimmed->firstName, QStringLiteral("Ann"));
        auto refusedField = [](const Lead& l) {
            Result<Lead> checked = LeadValidator::validate(l);
            return checked.ok() ? QString() : checked.error().field;
        };
        lead.company = QStringLiteral("Acme\nBcc: x@evil.example");
        QCOMPARE(refusedField(lead), QStringLiteral("company"));
        lead.company = QString(201, QLatin1Char('x'));
        QCOMPARE(refusedField(lead), QStringLiteral("company"));
        lead.company.clear();
        lead.title = QStringLiteral("CEO") + QChar(QChar::LineSeparator) + QStringLiteral("CTO");
        QCOMPARE(refusedField(lead), QStringLiteral("title"));
    }

    void sampleIsDeterministic() {
        const QDate day(2026, 12, 4);
        const QList<Lead> first = SampleLeadSource::generate(
            query(3, day, {QStringLiteral("SaaS"), QStringLiteral("cto")}));
        const QList<Lead> again = SampleLeadSource::generate(
            query(3, day, {QStringLiteral("cto"), QStringLiteral("saas")}));
        QCOMPARE(first.size(), 20);
        for (int i = 0; i < first.size(); ++i) {
            QCOMPARE(again.at(i).email, first.at(i).email);
            QCOMPARE(again.at(i).title, first.at(i).title);
            QCOMPARE(again.at(i).company, first.at(i).company);
        }
        // The same inputs pin the output down to the byte, on every machine: a fixed value.
        QCOMPARE(first.first().email, QStringLiteral("arjun@quarrylabs.example"));
        auto emails = [](const QList<Lead>& leads) {
            QStringList list;
            for (const Lead& l : leads)
                list << l.email;
            return list;
        };
        QVERIFY(emails(SampleLeadSource::generate(query(4, day, {QStringLiteral("saas")}))) !=
                emails(SampleLeadSource::generate(query(3, day, {QStringLiteral("saas")}))));
        QVERIFY(emails(SampleLeadSource::generate(query(3, day.addDays(1), {}))) !=
                emails(SampleLeadSource::generate(query(3, day, {}))));
        QVERIFY(emails(SampleLeadSource::generate(query(3, day, {QStringLiteral("a")}))) !=
                emails(SampleLeadSource::generate(query(3, day, {QStringLiteral("b")}))));
    }

    void sampleLeadsLookReal() {
        const QList<Lead> leads = SampleLeadSource::generate(query(1, QDate(2026, 1, 5), {}, 500));
        QCOMPARE(leads.size(), SampleLeadSource::maxPerCall);
        QSet<QString> titles;
        int withCompany = 0;
        for (const Lead& lead : leads) {
            QVERIFY2(LeadValidator::validate(lead).ok(), qPrintable(lead.email));
            QVERIFY(lead.email.endsWith(QStringLiteral(".example")));
            QVERIFY(!lead.firstName.isEmpty() && !lead.lastName.isEmpty());
            titles.insert(lead.title);
            withCompany += lead.company.isEmpty() ? 0 : 1;
        }
        QVERIFY(titles.size() >= 15);                    // many different roles
        QVERIFY(withCompany > 170 && withCompany < 200); // a few incomplete records
        QVERIFY(SampleLeadSource::generate(query(1, QDate(2026, 1, 5), {}, 0)).isEmpty());
    }

    void sampleAndCsvAnswerFromTheEventLoop() {
        SampleLeadSource sample;
        QSignalSpy sampleDone(&sample, &LeadSourceClient::finished);
        sample.fetch(query(1, QDate(2026, 1, 5), {}, 3));
        QCOMPARE(sampleDone.count(), 0); // never from inside fetch()
        QVERIFY(sampleDone.wait(5000));
        const LeadFetch fetched = sampleDone.first().first().value<LeadFetch>();
        QVERIFY(fetched.success);
        QCOMPARE(fetched.records.size(), 3);

        // An aborted call never reports.
        sample.fetch(query(1, QDate(2026, 1, 5), {}, 3));
        sample.abort();
        QTest::qWait(50);
        QCOMPARE(sampleDone.count(), 1);
    }

    void csvFileWithRowErrors() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("leads.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("email,firstName,lastName,company,title,score\n"
                   "a@x.example,Ann,Lee,Acme,CEO,\n"
                   "not-an-address,Bob,,,,\n"
                   "c@x.example,Cy,,Acme,,0\n"
                   "d@x.example,Di,,Acme,,150\n");
        file.close();
        const LeadFetch fetch = CsvLeadSource::read(path);
        QVERIFY(fetch.success);
        QCOMPARE(fetch.records.size(), 4);
        int problems = 0;
        for (const LeadFetch::Record& r : fetch.records)
            problems += r.problem.isEmpty() ? 0 : 1;
        QCOMPARE(problems, 2);
        QVERIFY(!fetch.records.at(0).score);                        // empty cell: no score
        QCOMPARE(fetch.records.at(1).score, std::optional<int>(0)); // an explicit 0 is a score
        QVERIFY(fetch.records.at(2).problem.startsWith(QStringLiteral("line 3")));

        const LeadFetch missing = CsvLeadSource::read(dir.filePath(QStringLiteral("nope.csv")));
        QVERIFY(!missing.success);
        QVERIFY(missing.error.contains(QStringLiteral("cannot read")));
        QVERIFY(!CsvLeadSource::read(QString()).success);
    }
};

QTEST_GUILESS_MAIN(TestLeadSourceParsing)
#include "tst_lead_source_parsing.moc"
