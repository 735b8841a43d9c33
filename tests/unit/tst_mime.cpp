#include "EmlInspector.h"
#include "mail/EmailAddress.h"
#include "mail/HeaderEncoding.h"
#include "mail/MimeBuilder.h"
#include "mail/QuotedPrintable.h"
#include "mail/SmtpData.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTest>
#include <QTimeZone>

using namespace outreach::mail;
using outreach::test::EmlInspector;

namespace {

EmailAddress address(const QString& text) {
    return *EmailAddress::parse(QStringLiteral("a"), text);
}

MimeBuilder basic() {
    MimeBuilder b;
    b.setFrom(address(QStringLiteral("Ann Sender <ann@sender.example>")))
        .setTo(address(QStringLiteral("Lee Lead <lee@lead.example>")))
        .setSubject(QStringLiteral("Quick question"))
        .setTextBody(QStringLiteral("Hello Lee,\nhow are you?\n"))
        .setDate(QDateTime(QDate(2026, 12, 4), QTime(15, 0, 0), QTimeZone::utc()));
    return b;
}

QList<QByteArray> lines(const QByteArray& data) {
    return data.split('\n');
}

QByteArray headerBlock(const QByteArray& data) {
    return data.left(data.indexOf("\r\n\r\n"));
}

} // namespace

class TestMime : public QObject {
    Q_OBJECT

private slots:
    void buildsAMessageAReaderUnderstands();
    void rejectsHeaderInjection_data();
    void rejectsHeaderInjection();
    void encodedWordLookalikeStaysLiteral();
    void longUnicodeSubjectsUseShortWholeCharacterWords_data();
    void longUnicodeSubjectsUseShortWholeCharacterWords();
    void longSingleLineBodyStaysUnder998();
    void bareLineEndsBecomeCrlf();
    void dateUsesEnglishNamesInAnyLocale();
    void messageIdIsUniqueAndUsesTheSenderDomain();
    void unsubscribeHeaders();
    void footerAndHtmlAlternative();
    void extraHeadersAreChecked();
    void quotedPrintableRules();
    void dotStuffing();
};

void TestMime::buildsAMessageAReaderUnderstands() {
    auto message = basic().build();
    QVERIFY(message.ok());
    const QJsonObject parsed = EmlInspector::parse(message->data());
    QCOMPARE(EmlInspector::headerValues(parsed, QStringLiteral("Subject")),
             QStringList{QStringLiteral("Quick question")});
    QCOMPARE(EmlInspector::headerValues(parsed, QStringLiteral("From")),
             QStringList{QStringLiteral("Ann Sender <ann@sender.example>")});
    QCOMPARE(EmlInspector::headerValues(parsed, QStringLiteral("MIME-Version")),
             QStringList{QStringLiteral("1.0")});
    QCOMPARE(parsed.value(QLatin1String("text")).toString(),
             QStringLiteral("Hello Lee,\nhow are you?\n"));
    QCOMPARE(parsed.value(QLatin1String("defects")).toArray().size(), 0);
    QVERIFY(parsed.value(QLatin1String("seven_bit")).toBool());
    QCOMPARE(message->sender().envelope(), QByteArray("ann@sender.example"));
    QCOMPARE(message->recipient().envelope(), QByteArray("lee@lead.example"));
}

void TestMime::rejectsHeaderInjection_data() {
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("expected");
    QTest::newRow("CRLF Bcc") << "Hi\r\nBcc: victim@x.com"
                              << "line break";
    QTest::newRow("LF CR") << "\n\rX-Injected: 1"
                           << "line break";
    QTest::newRow("bare LF") << "Hi\nX-Injected: 1"
                             << "line break";
    QTest::newRow("bare CR") << "Hi\rX-Injected: 1"
                             << "line break";
    QTest::newRow("NUL") << QStringLiteral("Hi") + QChar(0) + QStringLiteral("there") << "NUL";
    QTest::newRow("VT") << "Hi\vthere"
                        << "U+000B";
    QTest::newRow("NEL") << QStringLiteral("Hi\u0085X-Injected: 1") << "U+0085";
    QTest::newRow("LS") << QStringLiteral("Hi\u2028X-Injected: 1") << "line separator";
}

void TestMime::rejectsHeaderInjection() {
    QFETCH(QString, subject);
    QFETCH(QString, expected);
    auto message = basic().setSubject(subject).build();
    QVERIFY(!message.ok());
    QCOMPARE(message.error().field, QStringLiteral("subject"));
    QVERIFY2(message.error().message.contains(expected), qPrintable(message.error().message));

    // The same payloads as display names never get as far as an address.
    const auto name = address(QStringLiteral("lee@lead.example"))
                          .withDisplayName(QStringLiteral("name"), subject);
    QVERIFY(!name.ok());
    const auto parsed =
        EmailAddress::parse(QStringLiteral("to"), subject + QStringLiteral(" <lee@lead.example>"));
    QVERIFY(!parsed.ok());
}

void TestMime::encodedWordLookalikeStaysLiteral() {
    const QString tricky = QStringLiteral("=?utf-8?q?Bcc:_victim@x.com?= and =?utf-8?B?SGk=?=");
    auto message = basic().setSubject(tricky).build();
    QVERIFY(message.ok());
    const QJsonObject parsed = EmlInspector::parse(message->data());
    QCOMPARE(EmlInspector::headerValues(parsed, QStringLiteral("Subject")), QStringList{tricky});
    QVERIFY(EmlInspector::headerValues(parsed, QStringLiteral("Bcc")).isEmpty());
}

void TestMime::longUnicodeSubjectsUseShortWholeCharacterWords_data() {
    QTest::addColumn<QString>("subject");
    QTest::newRow("CJK") << QStringLiteral("来週の打ち合わせについてのご相談と日程調整のお願い、"
                                           "そして新しいプロジェクトの提案書の送付について");
    QTest::newRow("emoji") << QStringLiteral(
        "🎉🎉 Big news 🚀🚀🚀 for your team 👩‍👩‍👧‍👦 — "
        "let's talk 😀😀😀😀😀😀😀😀😀😀");
    QTest::newRow("accents") << QStringLiteral("Réunion à Zürich: ça vous intéresse? Ünïcödé "
                                               "évérÿwhère in a fairly long subject line");
    QTest::newRow("long ascii run") << QString(300, QLatin1Char('x'));
}

void TestMime::longUnicodeSubjectsUseShortWholeCharacterWords() {
    QFETCH(QString, subject);
    auto message = basic().setSubject(subject).build();
    QVERIFY(message.ok());
    const QJsonObject parsed = EmlInspector::parse(message->data());
    QCOMPARE(EmlInspector::headerValues(parsed, QStringLiteral("Subject")), QStringList{subject});
    const QJsonArray words = parsed.value(QLatin1String("encoded_words")).toArray();
    QVERIFY(words.size() >= 2);
    static const QRegularExpression shape(QStringLiteral("^=\\?utf-8\\?([BQ])\\?(.*)\\?=$"));
    for (const QJsonValue& w : words) {
        const QString word = w.toString();
        QVERIFY2(word.size() <= 75, qPrintable(word));
        const auto m = shape.match(word);
        QVERIFY(m.hasMatch());
        // Each word decodes to complete UTF-8 on its own: no character is split.
        QByteArray bytes;
        if (m.captured(1) == QLatin1String("B")) {
            bytes = QByteArray::fromBase64(m.captured(2).toLatin1());
        } else {
            QByteArray q = m.captured(2).toLatin1().replace('_', ' ');
            bytes = QByteArray::fromPercentEncoding(q, '=');
        }
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(bytes);
        QVERIFY2(!decoder.hasError() && !text.contains(QChar::ReplacementCharacter),
                 qPrintable(word));
    }
    for (const QByteArray& line : lines(headerBlock(message->data())))
        QVERIFY2(line.size() <= 79, line.constData()); // 78 + the CR of CRLF
}

void TestMime::longSingleLineBodyStaysUnder998() {
    QString body;
    for (int i = 0; body.size() < 5000; ++i)
        body += QStringLiteral("wörd%1 ").arg(i);
    body += QStringLiteral("= trailing space ");
    auto message = basic().setTextBody(body).build();
    QVERIFY(message.ok());
    for (const QByteArray& line : lines(message->data()))
        QVERIFY(line.size() <= 77); // 76 + CR
    const QJsonObject parsed = EmlInspector::parse(message->data());
    QCOMPARE(parsed.value(QLatin1String("text")).toString(), body + QLatin1Char('\n'));
    QVERIFY(parsed.value(QLatin1String("max_line_length")).toInt() <= 76);
}

void TestMime::bareLineEndsBecomeCrlf() {
    auto message =
        basic().setTextBody(QStringLiteral("one\ntwo\rthree\r\nfour\n.\nfive\r\r\n")).build();
    QVERIFY(message.ok());
    const QJsonObject parsed = EmlInspector::parse(message->data());
    QVERIFY(!parsed.value(QLatin1String("bare_lf")).toBool());
    QVERIFY(!parsed.value(QLatin1String("bare_cr")).toBool());
    QCOMPARE(parsed.value(QLatin1String("text")).toString(),
             QStringLiteral("one\ntwo\nthree\nfour\n.\nfive\n\n"));
    QCOMPARE(QuotedPrintable::normalizeLineEndings("a\nb\rc\r\nd\n\r"),
             QByteArray("a\r\nb\r\nc\r\nd\r\n\r\n"));
}

void TestMime::dateUsesEnglishNamesInAnyLocale() {
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QDateTime when(QDate(2026, 3, 1), QTime(9, 5, 7), QTimeZone(3600 * 5 + 1800));
    auto message = basic().setDate(when).build();
    QLocale::setDefault(previous);
    QVERIFY(message.ok());
    QVERIFY2(message->data().startsWith("Date: Sun, 01 Mar 2026 09:05:07 +0530\r\n"),
             headerBlock(message->data()).constData());
    QCOMPARE(
        MimeBuilder::formatDate(QDateTime(QDate(2026, 12, 4), QTime(15, 0), QTimeZone(-8 * 3600))),
        QByteArray("Fri, 04 Dec 2026 15:00:00 -0800"));
    const QJsonObject parsed = EmlInspector::parse(message->data());
    QCOMPARE(qint64(parsed.value(QLatin1String("date_epoch")).toDouble()), when.toSecsSinceEpoch());
}

void TestMime::messageIdIsUniqueAndUsesTheSenderDomain() {
    auto a = basic().build();
    auto b = basic().build();
    QVERIFY(a.ok() && b.ok());
    QVERIFY(a->messageId() != b->messageId());
    static const QRegularExpression shape(QStringLiteral("^<[0-9a-f]{32}@sender\\.example>$"));
    QVERIFY2(shape.match(a->messageId()).hasMatch(), qPrintable(a->messageId()));
    const QJsonObject parsed = EmlInspector::parse(a->data());
    QCOMPARE(EmlInspector::headerValues(parsed, QStringLiteral("Message-ID")),
             QStringList{a->messageId()});

    auto idn = basic()
                   .setFrom(address(QStringLiteral("info@bücher.de")))
                   .setMessageIdLeft(QStringLiteral("outbox.42"))
                   .build();
    QVERIFY(idn.ok());
    QCOMPARE(idn->messageId(), QStringLiteral("<outbox.42@xn--bcher-kva.de>"));
    auto bad = basic().setMessageIdLeft(QStringLiteral("a>\r\nBcc: x")).build();
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().field, QStringLiteral("messageId"));
}

void TestMime::unsubscribeHeaders() {
    auto message = basic()
                       .setUnsubscribe(address(QStringLiteral("unsubscribe@sender.example")),
                                       QUrl(QStringLiteral("https://u.example/unsub?t=abc123")))
                       .build();
    QVERIFY(message.ok());
    const QJsonObject parsed = EmlInspector::parse(message->data());
    QCOMPARE(EmlInspector::headerValues(parsed, QStringLiteral("List-Unsubscribe")),
             QStringList{QStringLiteral("<mailto:unsubscribe@sender.example?subject=unsubscribe>, "
                                        "<https://u.example/unsub?t=abc123>")});
    QCOMPARE(EmlInspector::headerValues(parsed, QStringLiteral("List-Unsubscribe-Post")),
             QStringList{QStringLiteral("List-Unsubscribe=One-Click")});

    // RFC 8058: no one-click promise without an https URI.
    auto mailtoOnly =
        basic().setUnsubscribe(address(QStringLiteral("unsubscribe@sender.example")), {}).build();
    QVERIFY(mailtoOnly.ok());
    const QJsonObject parsed2 = EmlInspector::parse(mailtoOnly->data());
    QCOMPARE(EmlInspector::headerValues(parsed2, QStringLiteral("List-Unsubscribe")).size(), 1);
    QVERIFY(EmlInspector::headerValues(parsed2, QStringLiteral("List-Unsubscribe-Post")).isEmpty());

    auto plainHttp = basic().setUnsubscribe({}, QUrl(QStringLiteral("http://u.example/x"))).build();
    QVERIFY(!plainHttp.ok());
    QCOMPARE(plainHttp.error().field, QStringLiteral("unsubscribeUrl"));
}

void TestMime::footerAndHtmlAlternative() {
    const QString footer = QStringLiteral("Ann's Agency <ltd>\n12 Main St, Springfield");
    auto message = basic()
                       .setHtmlBody(QStringLiteral("<html><body><p>Hello Lee</p></body></html>"))
                       .setFooter(footer)
                       .setUnsubscribe({}, QUrl(QStringLiteral("https://u.example/unsub?t=1")))
                       .build();
    QVERIFY(message.ok());
    const QJsonObject parsed = EmlInspector::parse(message->data());
    QCOMPARE(parsed.value(QLatin1String("content_type")).toString(),
             QStringLiteral("multipart/alternative"));
    const QJsonArray parts = parsed.value(QLatin1String("parts")).toArray();
    QCOMPARE(parts.size(), 2);
    QCOMPARE(parts.at(0).toObject().value(QLatin1String("content_type")).toString(),
             QStringLiteral("text/plain"));
    QCOMPARE(parts.at(1).toObject().value(QLatin1String("cte")).toString(),
             QStringLiteral("quoted-printable"));
    const QString text = parsed.value(QLatin1String("text")).toString();
    QVERIFY(text.startsWith(QLatin1String("Hello Lee,\nhow are you?\n\n-- \n")));
    QVERIFY(text.contains(footer));
    QVERIFY(text.contains(QLatin1String("Unsubscribe: https://u.example/unsub?t=1")));
    const QString html = parsed.value(QLatin1String("html")).toString();
    QVERIFY(html.contains(QLatin1String("Ann&#x27;s Agency &lt;ltd&gt;")) ||
            html.contains(QLatin1String("Ann's Agency &lt;ltd&gt;")));
    QVERIFY(html.contains(QLatin1String("12 Main St, Springfield")));
    QVERIFY(html.indexOf(QLatin1String("Springfield")) < html.indexOf(QLatin1String("</body>")));
    QVERIFY(html.contains(QLatin1String("href=\"https://u.example/unsub?t=1\"")));
    QCOMPARE(parsed.value(QLatin1String("defects")).toArray().size(), 0);
}

void TestMime::extraHeadersAreChecked() {
    auto ok = basic().addHeader("X-Outreach-Email-Id", QStringLiteral("42")).build();
    QVERIFY(ok.ok());
    QCOMPARE(EmlInspector::headerValues(EmlInspector::parse(ok->data()),
                                        QStringLiteral("X-Outreach-Email-Id")),
             QStringList{QStringLiteral("42")});
    QVERIFY(!basic().addHeader("Bcc", QStringLiteral("x@y.com")).build().ok());
    QVERIFY(!basic().addHeader("X-Bad\r\nBcc", QStringLiteral("1")).build().ok());
    auto injected = basic().addHeader("X-Campaign", QStringLiteral("a\r\nBcc: x@y.com")).build();
    QVERIFY(!injected.ok());
    QVERIFY(injected.error().message.contains(QLatin1String("line break")));
}

void TestMime::quotedPrintableRules() {
    QCOMPARE(QuotedPrintable::encode("a=b"), QByteArray("a=3Db"));
    QCOMPARE(QuotedPrintable::encode("end \r\nnext\t"), QByteArray("end=20\r\nnext=09"));
    QCOMPARE(QuotedPrintable::encode("caf\xC3\xA9"), QByteArray("caf=C3=A9"));
    // An escape is never split by a soft break.
    const QByteArray encoded = QuotedPrintable::encode(QByteArray(74, 'a') + "\xC3\xA9\xC3\xA9");
    for (const QByteArray& line : encoded.split('\n')) {
        QVERIFY(line.size() <= 77);
        QVERIFY(!QByteArray(line).replace("\r", "").endsWith("=C") &&
                !QByteArray(line).replace("\r", "").endsWith("=C3="));
    }
    QCOMPARE(encoded, QByteArray(74, 'a') + "=\r\n=C3=A9=C3=A9");
}

void TestMime::dotStuffing() {
    QCOMPARE(SmtpData::encode("a\r\n.\r\n..b\r\n"), QByteArray("a\r\n..\r\n...b\r\n.\r\n"));
    QCOMPARE(SmtpData::encode(".start"), QByteArray("..start\r\n.\r\n"));
    // SMTP smuggling: a bare-LF end marker is normalized before stuffing, never passed through.
    QCOMPARE(SmtpData::encode("x\n.\nMAIL FROM:<e@vil>\r\n"),
             QByteArray("x\r\n..\r\nMAIL FROM:<e@vil>\r\n.\r\n"));
    QCOMPARE(SmtpData::encode("x\r.\rdone"), QByteArray("x\r\n..\r\ndone\r\n.\r\n"));
    QCOMPARE(SmtpData::encode(""), QByteArray(".\r\n"));
}

QTEST_GUILESS_MAIN(TestMime)
#include "tst_mime.moc"
