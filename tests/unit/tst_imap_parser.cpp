#include "imap/ImapBodyPart.h"
#include "imap/ImapCommands.h"
#include "imap/ImapResponseReader.h"

#include <QTest>

using namespace outreach::imap;

namespace {

// Feeds `bytes` in chunks of `chunk` and collects every response until the reader stops.
QList<ImapResponse> readAll(ImapResponseReader& reader, const QByteArray& bytes, int chunk) {
    QList<ImapResponse> out;
    for (qsizetype i = 0; i < bytes.size(); i += chunk) {
        reader.append(bytes.mid(i, chunk));
        while (std::optional<ImapResponse> r = reader.next())
            out << *r;
    }
    return out;
}

} // namespace

class TestImapParser : public QObject {
    Q_OBJECT

private slots:
    void statusResponsesKeepCodeAndText();
    void literalsSurviveAnySplit_data();
    void literalsSurviveAnySplit();
    void quotedStringsUnescape();
    void hugeLiteralAnnouncementFailsAtOnce();
    void absurdLiteralSizeFails();
    void brokenQuotingFails_data();
    void brokenQuotingFails();
    void deepNestingFails();
    void endlessLineFails();
    void readerStaysFailedAfterAnError();
    void searchAndFetchData();
    void unsolicitedFetchIsNotASummary();
    void bodyStructureOfAReply();
    void bodyStructureOfADeliveryReport();
    void hostileBodyStructureIsRejected();
    void uidSetsAreCompressed();
    void mailboxNamesUseModifiedUtf7();
    void loginPrefersPlainAndQuotesSafely();
    void sectionsAreWhitelisted();
    void messagesNameCommandsWithoutTheirArguments();
};

void TestImapParser::statusResponsesKeepCodeAndText() {
    auto r = ImapResponseReader::parse("* OK [UIDVALIDITY 3857529045] UIDs valid\r\n");
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->kind, ImapResponse::Kind::Untagged);
    QCOMPARE(r->status, QByteArray("OK"));
    QCOMPARE(r->code, QByteArray("UIDVALIDITY"));
    QCOMPARE(r->codeArguments, QByteArray("3857529045"));
    QCOMPARE(r->text, QStringLiteral("UIDs valid"));

    // Free text may hold quotes and parentheses without being parsed as data.
    auto tagged = ImapResponseReader::parse("A7 NO [AUTHENTICATIONFAILED] don't (\"retry\r\n");
    QVERIFY(tagged.ok());
    QCOMPARE(tagged->tag, QByteArray("A7"));
    QCOMPARE(tagged->status, QByteArray("NO"));
    QCOMPARE(tagged->describe(), QStringLiteral("NO [AUTHENTICATIONFAILED] don't (\"retry"));

    auto plus = ImapResponseReader::parse("+ \r\n");
    QVERIFY(plus.ok());
    QCOMPARE(plus->kind, ImapResponse::Kind::Continuation);
}

void TestImapParser::literalsSurviveAnySplit_data() {
    QTest::addColumn<int>("chunk");
    for (int chunk : {1, 2, 3, 7, 16, 1000})
        QTest::addRow("chunks of %d", chunk) << chunk;
}

void TestImapParser::literalsSurviveAnySplit() {
    QFETCH(int, chunk);
    const QByteArray header = "Subject: {5}\r\nIn-Reply-To: <a@b>\r\n\r\n";
    const QByteArray bytes = "* 1 FETCH (UID 42 BODY[HEADER]<0> {" +
                             QByteArray::number(header.size()) + "}\r\n" + header +
                             " RFC822.SIZE 99)\r\nA1 OK done\r\n";
    ImapResponseReader reader;
    const QList<ImapResponse> responses = readAll(reader, bytes, chunk);
    QVERIFY2(!reader.hasError(), qPrintable(reader.error()));
    QCOMPARE(responses.size(), 2);
    const std::optional<ImapMessageSummary> summary = ImapCommands::readSummary(responses[0]);
    QVERIFY(summary);
    QCOMPARE(summary->uid, 42u);
    QCOMPARE(summary->header, header); // a "{5}" inside the literal is just text
    QCOMPARE(summary->size, 99u);
    QCOMPARE(responses[1].tag, QByteArray("A1"));
}

void TestImapParser::quotedStringsUnescape() {
    auto r = ImapResponseReader::parse("* LIST () \"/\" \"a \\\"quoted\\\" \\\\ name\"\r\n");
    QVERIFY(r.ok());
    QCOMPARE(r->data.size(), 4);
    QCOMPARE(r->data[3].bytes(), QByteArray("a \"quoted\" \\ name"));
    QVERIFY(r->data[1].isList());
    auto nil = ImapResponseReader::parse("* 1 FETCH (BODY[1] NIL)\r\n");
    QVERIFY(nil.ok());
    QVERIFY(nil->data[2].items()[1].isNil());
}

void TestImapParser::hugeLiteralAnnouncementFailsAtOnce() {
    ImapResponseReader reader;
    reader.append("* 1 FETCH (UID 1 BODY[HEADER]<0> {99999999999}\r\nabc");
    QVERIFY(!reader.next());
    QVERIFY(reader.hasError());
    QVERIFY2(reader.error().contains(QStringLiteral("99999999999-byte literal")),
             qPrintable(reader.error()));
    // The limit is the caller's: a small one catches a small literal.
    ImapLimits tight;
    tight.maxLiteralBytes = 10;
    ImapResponseReader strict(tight);
    strict.append("* 1 FETCH (BODY[1] {11}\r\n");
    QVERIFY(!strict.next());
    QVERIFY(strict.hasError());
}

void TestImapParser::absurdLiteralSizeFails() {
    // A framed response whose literal is shorter than announced is refused by the parser; the
    // streaming reader would instead wait for the rest (and the client's timeout ends that).
    QVERIFY(!ImapResponseReader::parse("* 1 FETCH (BODY[1] {10}\r\nabc)\r\n").ok());
    ImapResponseReader reader;
    reader.append("* OK {1152921504606846976123}\r\n");
    QVERIFY(!reader.next());
    QVERIFY(reader.hasError());
    auto parsed = ImapResponseReader::parse("* 1 FETCH (BODY[1] {99999999999999999999})\r\n");
    QVERIFY(!parsed.ok());
}

void TestImapParser::brokenQuotingFails_data() {
    QTest::addColumn<QByteArray>("response");
    QTest::newRow("unterminated") << QByteArray("* 1 FETCH (BODY[HEADER]<0> \"Subject: hi\r\n");
    QTest::newRow("invalid escape") << QByteArray("* 1 FETCH (BODY[HEADER]<0> \"a\\x41\")\r\n");
    QTest::newRow("NUL inside") << QByteArray("* 1 FETCH (BODY[1] \"a") + '\0' +
                                       QByteArray("b\")\r\n");
    QTest::newRow("unclosed list") << QByteArray("* 1 FETCH (UID 1 (a b\r\n");
    QTest::newRow("stray paren") << QByteArray("* SEARCH 1 2)\r\n");
    QTest::newRow("unclosed section") << QByteArray("* 1 FETCH (BODY[HEADER \"x\")\r\n");
    QTest::newRow("control in atom") << QByteArray("* 1 FETCH (UID 1\x01)\r\n");
    QTest::newRow("no space after tag") << QByteArray("*\r\n");
}

void TestImapParser::brokenQuotingFails() {
    QFETCH(QByteArray, response);
    auto parsed = ImapResponseReader::parse(response);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().message.startsWith(
                 QStringLiteral("the IMAP server sent a malformed response")),
             qPrintable(parsed.error().message));
    // Through the streaming reader too: an error, never a response or a wait for more.
    ImapResponseReader reader;
    reader.append(response);
    QVERIFY(!reader.next());
    QVERIFY(reader.hasError());
}

void TestImapParser::deepNestingFails() {
    const QByteArray deep =
        "* 1 FETCH (BODYSTRUCTURE " + QByteArray(10000, '(') + QByteArray(10000, ')') + ")\r\n";
    auto parsed = ImapResponseReader::parse(deep);
    QVERIFY(!parsed.ok());
    QVERIFY(parsed.error().message.contains(QStringLiteral("nested deeper")));
    const QByteArray fine = "* 1 FETCH (X " + QByteArray(10, '(') + QByteArray(10, ')') + ")\r\n";
    QVERIFY(ImapResponseReader::parse(fine).ok());
}

void TestImapParser::endlessLineFails() {
    ImapLimits limits;
    limits.maxLineBytes = 1000;
    ImapResponseReader reader(limits);
    reader.append("* 1 FETCH (BODY[1] \"");
    for (int i = 0; i < 20; ++i) {
        reader.append(QByteArray(100, 'A'));
        QVERIFY(!reader.next());
    }
    QVERIFY(reader.hasError());
    QVERIFY(reader.error().contains(QStringLiteral("longer than 1000 bytes")));
}

void TestImapParser::readerStaysFailedAfterAnError() {
    ImapResponseReader reader;
    reader.append("* 1 FETCH (BODY[1] \"x\r\nA1 OK fine\r\n");
    QVERIFY(!reader.next());
    QVERIFY(reader.hasError());
    reader.append("A2 OK fine\r\n");
    QVERIFY(!reader.next());
}

void TestImapParser::searchAndFetchData() {
    auto search = ImapResponseReader::parse("* SEARCH 3 9 4294967295 4294967296 0 x\r\n");
    QVERIFY(search.ok());
    QCOMPARE(ImapCommands::readSearch(*search), (QList<quint32>{3, 9, 4294967295u}));

    ImapResponseReader reader;
    reader.append("* 2 FETCH (UID 7 BODY[1]<0> {5}\r\nhello BODY[3.HEADER]<0> {4}\r\nX: y)\r\n");
    std::optional<ImapResponse> r = reader.next();
    QVERIFY(r);
    quint32 uid = 0;
    const ImapSections sections = ImapCommands::readSections(*r, &uid);
    QCOMPARE(uid, 7u);
    QCOMPARE(sections.value("1"), QByteArray("hello"));
    QCOMPARE(sections.value("3.HEADER"), QByteArray("X: y"));

    ImapMailboxInfo info;
    ImapCommands::readSelectData(*ImapResponseReader::parse("* 12 EXISTS\r\n"), info);
    ImapCommands::readSelectData(*ImapResponseReader::parse("* OK [UIDNEXT 40] x\r\n"), info);
    ImapCommands::readSelectData(*ImapResponseReader::parse("* OK [UIDVALIDITY 5] x\r\n"), info);
    QCOMPARE(info.exists, 12u);
    QCOMPARE(info.uidNext, 40u);
    QCOMPARE(info.uidValidity, 5u);
}

void TestImapParser::unsolicitedFetchIsNotASummary() {
    auto flags = ImapResponseReader::parse("* 3 FETCH (FLAGS (\\Seen))\r\n");
    QVERIFY(flags.ok());
    QVERIFY(!ImapCommands::readSummary(*flags));
}

void TestImapParser::bodyStructureOfAReply() {
    // multipart/alternative with a quoted-printable text part and an HTML part, plus a PDF.
    auto r = ImapResponseReader::parse(
        "* 1 FETCH (BODYSTRUCTURE (((\"text\" \"plain\" (\"charset\" \"utf-8\") NIL NIL "
        "\"quoted-printable\" 120 4 NIL NIL NIL)(\"text\" \"html\" (\"charset\" \"utf-8\") NIL "
        "NIL \"7bit\" 300 8 NIL NIL NIL) \"alternative\" (\"boundary\" \"b2\") NIL NIL)"
        "(\"application\" \"pdf\" (\"name\" \"x.pdf\") NIL NIL \"base64\" 5000 NIL "
        "(\"attachment\" (\"filename\" \"x.pdf\")) NIL) \"mixed\" (\"boundary\" \"b1\") NIL "
        "NIL))\r\n");
    QVERIFY(r.ok());
    const ImapValue structure = r->data[2].items()[1];
    std::optional<ImapBodyPart> root = ImapBodyPart::fromBodyStructure(structure);
    QVERIFY(root);
    QVERIFY(root->isMultipart());
    QCOMPARE(root->subtype(), QByteArray("mixed"));
    const ImapBodyPart* text = root->firstTextPart();
    QVERIFY(text);
    QCOMPARE(text->section(), QByteArray("1.1"));
    QCOMPARE(text->encoding(), QByteArray("quoted-printable"));
    QCOMPARE(text->parameter("CHARSET"), QByteArray("utf-8"));
    QCOMPARE(root->children()[1].disposition(), QByteArray("attachment"));
    QVERIFY(!root->isDeliveryReport());

    // A single-part message is part 1.
    auto single = ImapResponseReader::parse(
        "* 1 FETCH (BODYSTRUCTURE (\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 6 1 NIL NIL NIL))\r\n");
    QVERIFY(single.ok());
    std::optional<ImapBodyPart> one = ImapBodyPart::fromBodyStructure(single->data[2].items()[1]);
    QVERIFY(one);
    QCOMPARE(one->section(), QByteArray("1"));
    QVERIFY(one->is("text", "plain"));
}

void TestImapParser::bodyStructureOfADeliveryReport() {
    auto r = ImapResponseReader::parse(
        "* 1 FETCH (BODYSTRUCTURE ((\"text\" \"plain\" (\"charset\" \"us-ascii\") NIL NIL "
        "\"7bit\" 200 5 NIL NIL NIL)(\"message\" \"delivery-status\" NIL NIL NIL \"7bit\" 300 "
        "NIL NIL NIL)(\"message\" \"rfc822\" NIL NIL NIL \"7bit\" 900 (NIL \"Hello\" NIL NIL NIL "
        "NIL NIL NIL NIL \"<m1@x>\") (\"text\" \"plain\" NIL NIL NIL \"7bit\" 10 1 NIL NIL NIL) 20 "
        "NIL NIL NIL) \"report\" (\"report-type\" \"delivery-status\" \"boundary\" \"x\") NIL "
        "NIL))\r\n");
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    std::optional<ImapBodyPart> root = ImapBodyPart::fromBodyStructure(r->data[2].items()[1]);
    QVERIFY(root);
    QVERIFY(root->isDeliveryReport());
    QCOMPARE(root->find("message", "delivery-status")->section(), QByteArray("2"));
    QCOMPARE(root->find("message", "rfc822")->section(), QByteArray("3"));
    QCOMPARE(root->firstTextPart()->section(), QByteArray("1"));
}

void TestImapParser::hostileBodyStructureIsRejected() {
    for (const QByteArray& bad : {QByteArray("* 1 FETCH (BODYSTRUCTURE NIL)\r\n"),
                                  QByteArray("* 1 FETCH (BODYSTRUCTURE (\"text\"))\r\n"),
                                  QByteArray("* 1 FETCH (BODYSTRUCTURE ((\"text\")))\r\n"),
                                  QByteArray("* 1 FETCH (BODYSTRUCTURE (() \"mixed\"))\r\n")}) {
        auto r = ImapResponseReader::parse(bad);
        QVERIFY(r.ok());
        QVERIFY2(!ImapBodyPart::fromBodyStructure(r->data[2].items()[1]), bad.constData());
    }
}

void TestImapParser::uidSetsAreCompressed() {
    QCOMPARE(ImapCommands::uidSet({5, 3, 4, 9, 9, 11, 12}), QByteArray("3:5,9,11:12"));
    QCOMPARE(ImapCommands::uidSet({1}), QByteArray("1"));
}

void TestImapParser::mailboxNamesUseModifiedUtf7() {
    QCOMPARE(ImapCommands::quoteMailbox(QStringLiteral("INBOX")), QByteArray("\"INBOX\""));
    QCOMPARE(ImapCommands::quoteMailbox(QStringLiteral("Entwürfe")),
             QByteArray("\"Entw&APw-rfe\""));
    QCOMPARE(ImapCommands::quoteMailbox(QStringLiteral("A&B \"x\"")),
             QByteArray("\"A&-B \\\"x\\\"\""));
    QCOMPARE(ImapCommands::quoteMailbox(QStringLiteral("日本語")), QByteArray("\"&ZeVnLIqe-\""));
}

void TestImapParser::loginPrefersPlainAndQuotesSafely() {
    const QSet<QByteArray> plainIr{"IMAP4REV1", "AUTH=PLAIN", "SASL-IR"};
    auto line = ImapCommands::login(plainIr, QStringLiteral("jane"), QStringLiteral("p\"w"));
    QVERIFY(line.ok());
    QCOMPARE(*line, "AUTHENTICATE PLAIN " + QByteArray("\0jane\0p\"w", 9).toBase64());
    auto noIr = ImapCommands::login({"AUTH=PLAIN"}, QStringLiteral("j"), QStringLiteral("p"));
    QCOMPARE(*noIr, QByteArray("AUTHENTICATE PLAIN"));
    auto login =
        ImapCommands::login({"IMAP4REV1"}, QStringLiteral("ja\\ne"), QStringLiteral("pa\"ss"));
    QCOMPARE(*login, QByteArray("LOGIN \"ja\\\\ne\" \"pa\\\"ss\""));
    QVERIFY(!ImapCommands::login({"LOGINDISABLED"}, QStringLiteral("j"), QStringLiteral("p")).ok());
    QVERIFY(!ImapCommands::login({}, QStringLiteral("j"), QStringLiteral("pässword")).ok());
}

void TestImapParser::sectionsAreWhitelisted() {
    QVERIFY(ImapCommands::isSafeSection("1"));
    QVERIFY(ImapCommands::isSafeSection("3.HEADER"));
    QVERIFY(ImapCommands::isSafeSection("1.2.3"));
    QVERIFY(!ImapCommands::isSafeSection("1] BODY[TEXT"));
    QVERIFY(!ImapCommands::isSafeSection(""));
    QVERIFY(!ImapCommands::isSafeSection("1\r\nA2 DELETE INBOX"));
}

void TestImapParser::messagesNameCommandsWithoutTheirArguments() {
    QCOMPARE(ImapCommands::verbOf("LOGIN \"jane\" \"secret\""), QByteArray("LOGIN"));
    QCOMPARE(ImapCommands::verbOf("AUTHENTICATE PLAIN AGphbmUAc2VjcmV0"),
             QByteArray("AUTHENTICATE"));
    QCOMPARE(ImapCommands::verbOf("UID FETCH 4 (UID)"), QByteArray("UID FETCH"));
    auto greeting = ImapResponseReader::parse("* OK [CAPABILITY IMAP4rev1 auth=plain] ready\r\n");
    QCOMPARE(*ImapCommands::readCapabilities(*greeting),
             (QSet<QByteArray>{"IMAP4REV1", "AUTH=PLAIN"}));
    QVERIFY(!ImapCommands::readCapabilities(*ImapResponseReader::parse("* 3 EXISTS\r\n")));
}

QTEST_GUILESS_MAIN(TestImapParser)
#include "tst_imap_parser.moc"
