#include "sources/CsvReader.h"
#include "sources/LeadCsvParser.h"

#include <QtTest>

using namespace outreach;

class TestCsv : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void quotedFieldsWithCommasQuotesAndNewlines() {
        const QByteArray data = "email,firstName,lastName,company,title\r\n"
                                "a@x.test,\"Ann, Jr.\",\"O\"\"Neil\",\"Multi\r\nLine Inc\",CEO\r\n"
                                "b@x.test,Bob,Brown,Acme,CTO\r\n";
        Result<QList<CsvReader::Record>> records = CsvReader::parse(data);
        QVERIFY(records.ok());
        QCOMPARE(records->size(), 3);
        QCOMPARE(records->at(1).fields.at(1), QStringLiteral("Ann, Jr."));
        QCOMPARE(records->at(1).fields.at(2), QStringLiteral("O\"Neil"));
        QCOMPARE(records->at(1).fields.at(3), QStringLiteral("Multi\nLine Inc"));
        QCOMPARE(records->at(1).line, 2);
        // The quoted line break moves the next record to line 4.
        QCOMPARE(records->at(2).line, 4);
    }

    void bomAndBlankLinesAndLfOnly() {
        const QByteArray data = "\xEF\xBB\xBF"
                                "email,firstName,lastName,company,title\n"
                                "\n"
                                "c@x.test,Cé,Dü,Ünïcode GmbH,Geschäftsführer\n"
                                "\n\n";
        Result<LeadCsvParser::Parsed> parsed = LeadCsvParser::parse(data);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->leads.size(), 1);
        QCOMPARE(parsed->errors.size(), 0);
        QCOMPARE(parsed->leads.first().firstName, QStringLiteral("Cé"));
        QCOMPARE(parsed->leads.first().title, QStringLiteral("Geschäftsführer"));
        QCOMPARE(parsed->leadLines.first(), 3);
    }

    void headerColumnsAnyOrderAndCase() {
        const QByteArray data = "Title,EMAIL,company,lastname,FirstName,score\n"
                                "VP Sales,e@x.test,Acme,Evans,Eve,85\n";
        Result<LeadCsvParser::Parsed> parsed = LeadCsvParser::parse(data);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->leads.size(), 1);
        QCOMPARE(parsed->leads.first().email, QStringLiteral("e@x.test"));
        QCOMPARE(parsed->leads.first().title, QStringLiteral("VP Sales"));
        QCOMPARE(parsed->leads.first().score, 85);
    }

    void badRowsNameTheirLineAndReason() {
        const QByteArray data = "email,firstName,lastName,company,title,score\n"
                                "good@x.test,G,H,Co,CEO,10\n"
                                "not-an-email,A,B,Co,CEO,10\n"
                                "short@x.test,A,B\n"
                                "long@x.test," +
                                QByteArray(201, 'a') +
                                ",B,Co,CEO,10\n"
                                "score@x.test,A,B,Co,CEO,101\n"
                                ",A,B,Co,CEO,1\n"
                                "inject@x.test\r\nBcc: y@x.test,A,B,Co,CEO,1\n";
        Result<LeadCsvParser::Parsed> parsed = LeadCsvParser::parse(data);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->leads.size(), 1);
        QCOMPARE(parsed->rows, 8);
        QStringList messages;
        for (const auto& e : parsed->errors)
            messages << e.message();
        QCOMPARE(messages.size(), 7);
        QVERIFY2(messages.at(0).startsWith(QStringLiteral("line 3: 'not-an-email' is not a valid")),
                 qPrintable(messages.at(0)));
        QCOMPARE(messages.at(1), QStringLiteral("line 4: expected 6 columns, found 3"));
        QCOMPARE(messages.at(2), QStringLiteral("line 5: firstName is longer than 200 characters"));
        QVERIFY(messages.at(3).startsWith(QStringLiteral("line 6: score '101'")));
        QCOMPARE(messages.at(4), QStringLiteral("line 7: email is empty"));
        // An unquoted line break ends the row: both halves are reported, neither imported.
        QVERIFY(messages.at(5).startsWith(QStringLiteral("line 8: expected 6 columns")));
        QVERIFY(messages.at(6).startsWith(QStringLiteral("line 9: ")));
    }

    void missingHeaderColumnFailsTheFile() {
        Result<LeadCsvParser::Parsed> parsed =
            LeadCsvParser::parse("email,firstName,lastName,company\nx@y.test,a,b,c\n");
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().message,
                 QStringLiteral("line 1: the header has no 'title' column"));
    }

    void unclosedQuoteNamesItsLine() {
        Result<QList<CsvReader::Record>> records =
            CsvReader::parse("email,firstName\nx@y.test,ok\nz@y.test,\"never closed\n");
        QVERIFY(!records.ok());
        QCOMPARE(records.error().message, QStringLiteral("line 3: a quoted field is never closed"));
    }

    void invalidUtf8IsRefused() {
        Result<QList<CsvReader::Record>> records = CsvReader::parse("email\n\xff\xfe@x.test\n");
        QVERIFY(!records.ok());
        QVERIFY(records.error().message.contains(QStringLiteral("UTF-8")));
    }

    void tenThousandRows() {
        QByteArray data = "email,firstName,lastName,company,title\r\n";
        for (int i = 0; i < 10000; ++i)
            data += QStringLiteral("lead%1@example.test,First%1,\"Last, %1\",Company %1,CEO\r\n")
                        .arg(i)
                        .toUtf8();
        Result<LeadCsvParser::Parsed> parsed = LeadCsvParser::parse(data);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->leads.size(), 10000);
        QCOMPARE(parsed->leads.last().lastName, QStringLiteral("Last, 9999"));
        QCOMPARE(parsed->leadLines.last(), 10001);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
