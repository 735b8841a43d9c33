#include "EmlInspector.h"
#include "mail/EmailAddress.h"
#include "mail/MimeBuilder.h"

#include <QJsonArray>
#include <QTest>

using outreach::mail::EmailAddress;
using outreach::test::EmlInspector;

class TestEmailAddress : public QObject {
    Q_OBJECT

private slots:
    void acceptsCommonForms_data();
    void acceptsCommonForms();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void quotedLocalPartWithAtKeepsTheDomain();
    void internationalDomainUsesAceOnTheWire();
    void lengthLimits();
    void headerValueQuotesAndEncodesNames();
    void headerValueSurvivesAnIndependentParser();
    void withDisplayNameRejectsControlCharacters();
    void canonicalLowercasesOnlyTheDomain();
};

void TestEmailAddress::acceptsCommonForms_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("envelope");
    QTest::newRow("addr-spec") << "bob@example.com"
                               << ""
                               << "bob@example.com";
    QTest::newRow("spaces around") << "  bob@example.com "
                                   << ""
                                   << "bob@example.com";
    QTest::newRow("name") << "Bob Smith <bob@example.com>"
                          << "Bob Smith"
                          << "bob@example.com";
    QTest::newRow("angle only") << "<bob@example.com>"
                                << ""
                                << "bob@example.com";
    QTest::newRow("quoted name") << "\"Smith, Bob\" <bob@example.com>"
                                 << "Smith, Bob"
                                 << "bob@example.com";
    QTest::newRow("quoted name with <@>") << "\"a <b@c> d\" <bob@example.com>"
                                          << "a <b@c> d"
                                          << "bob@example.com";
    QTest::newRow("escaped quote") << "\"Bob \\\"The Builder\\\"\" <bob@example.com>"
                                   << "Bob \"The Builder\""
                                   << "bob@example.com";
    QTest::newRow("unicode name") << "Zoë Ångström <zoe@example.com>"
                                  << "Zoë Ångström"
                                  << "zoe@example.com";
    QTest::newRow("dotted name") << "John Q. Public <jqp@example.com>"
                                 << "John Q. Public"
                                 << "jqp@example.com";
    QTest::newRow("plus and dots") << "first.last+tag@mail.example.co.uk"
                                   << ""
                                   << "first.last+tag@mail.example.co.uk";
    QTest::newRow("atext specials") << "o'brien!#$%&*=?^_`{|}~-@example.com"
                                    << ""
                                    << "o'brien!#$%&*=?^_`{|}~-@example.com";
    QTest::newRow("needless quotes") << "\"bob\"@example.com"
                                     << ""
                                     << "bob@example.com";
    QTest::newRow("quoted space") << "\"john doe\"@example.com"
                                  << ""
                                  << "\"john doe\"@example.com";
}

void TestEmailAddress::acceptsCommonForms() {
    QFETCH(QString, text);
    QFETCH(QString, name);
    QFETCH(QString, envelope);
    const auto parsed = EmailAddress::parse(QStringLiteral("email"), text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(parsed->displayName(), name);
    QCOMPARE(QString::fromLatin1(parsed->envelope()), envelope);
}

void TestEmailAddress::rejectsBadInput_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << "   "
                           << "is empty";
    QTest::newRow("no at") << "bob.example.com"
                           << "missing '@'";
    QTest::newRow("empty local") << "@example.com"
                                 << "local part";
    QTest::newRow("empty domain") << "bob@"
                                  << "domain";
    QTest::newRow("two ats") << "bob@x@example.com"
                             << "more than one '@'";
    QTest::newRow("header injection CRLF") << "Bob\r\nBcc: victim@x.com <bob@example.com>"
                                           << "line break";
    QTest::newRow("LF in address") << "bob@example.com\nBcc: victim@x.com"
                                   << "line break";
    QTest::newRow("LF CR") << "bob@example.com\n\rX-Injected: 1"
                           << "line break";
    QTest::newRow("NUL") << QStringLiteral("bob@exa") + QChar(0) + QStringLiteral("mple.com")
                         << "NUL";
    QTest::newRow("tab") << "Bob\t<bob@example.com>"
                         << "U+0009";
    QTest::newRow("DEL") << QStringLiteral("bob\x7F@example.com") << "U+007F";
    QTest::newRow("C1 NEL") << QStringLiteral("Bob\u0085 <bob@example.com>") << "U+0085";
    QTest::newRow("line separator")
        << QStringLiteral("Bob\u2028 <bob@example.com>") << "line separator";
    QTest::newRow("double dot") << "bob..smith@example.com"
                                << "not valid";
    QTest::newRow("leading dot") << ".bob@example.com"
                                 << "not valid";
    QTest::newRow("no dot in domain") << "bob@localhost"
                                      << "has no dot";
    QTest::newRow("empty label") << "bob@example..com"
                                 << "empty label";
    QTest::newRow("trailing dot") << "bob@example.com."
                                  << "empty label";
    QTest::newRow("hyphen label") << "bob@-example.com"
                                  << "starts or ends with '-'";
    QTest::newRow("underscore domain") << "bob@exa_mple.com"
                                       << "not allowed in a host name";
    QTest::newRow("numeric tld") << "bob@1.2.3.4"
                                 << "numeric label";
    QTest::newRow("address literal") << "bob@[192.0.2.1]"
                                     << "address literals";
    QTest::newRow("list") << "a@example.com, b@example.com"
                          << "exactly one address";
    QTest::newRow("unclosed angle") << "Bob <bob@example.com"
                                    << "not closed";
    QTest::newRow("text after angle") << "Bob <bob@example.com> x"
                                      << "text follows";
    QTest::newRow("comment") << "bob@example.com (Bob)"
                             << "comments";
    QTest::newRow("unquoted comma name") << "Smith, Bob <bob@example.com>"
                                         << "double quotes";
    QTest::newRow("unclosed quote") << "\"bob@example.com"
                                    << "not closed";
    QTest::newRow("space in local") << "bob smith@example.com"
                                    << "space";
    QTest::newRow("non-ascii local") << "zoë@example.com"
                                     << "must be ASCII";
    QTest::newRow("empty angle") << "Bob <>"
                                 << "no address";
}

void TestEmailAddress::rejectsBadInput() {
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const auto parsed = EmailAddress::parse(QStringLiteral("email"), text);
    QVERIFY2(!parsed.ok(), qPrintable(text));
    QCOMPARE(parsed.error().field, QStringLiteral("email"));
    QVERIFY2(parsed.error().message.startsWith(QLatin1String("email: ")),
             qPrintable(parsed.error().message));
    QVERIFY2(parsed.error().message.contains(reason), qPrintable(parsed.error().message));
}

void TestEmailAddress::quotedLocalPartWithAtKeepsTheDomain() {
    const auto parsed =
        EmailAddress::parse(QStringLiteral("to"), QStringLiteral("\"victim@evil.com\"@good.com"));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->domain(), QStringLiteral("good.com"));
    QCOMPARE(parsed->envelope(), QByteArray("\"victim@evil.com\"@good.com"));
    QVERIFY(parsed->envelope().endsWith("@good.com"));

    const auto named =
        EmailAddress::parse(QStringLiteral("to"), QStringLiteral("Eve <\"a@evil.com>\"@good.com>"));
    QVERIFY(!named.ok() || named->domain() == QStringLiteral("good.com"));

    const auto escaped =
        EmailAddress::parse(QStringLiteral("to"), QStringLiteral("\"x\\\"@evil.com\"@good.com"));
    QVERIFY(escaped.ok());
    QCOMPARE(escaped->domain(), QStringLiteral("good.com"));
    QCOMPARE(escaped->envelope(), QByteArray("\"x\\\"@evil.com\"@good.com"));
}

void TestEmailAddress::internationalDomainUsesAceOnTheWire() {
    const auto parsed =
        EmailAddress::parse(QStringLiteral("email"), QStringLiteral("Jörg <info@bücher.de>"));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->domain(), QStringLiteral("bücher.de"));
    QCOMPARE(parsed->asciiDomain(), QStringLiteral("xn--bcher-kva.de"));
    QCOMPARE(parsed->envelope(), QByteArray("info@xn--bcher-kva.de"));
    QVERIFY(parsed->headerValue().endsWith("<info@xn--bcher-kva.de>"));
    const auto cjk = EmailAddress::parse(QStringLiteral("email"), QStringLiteral("a@例え.jp"));
    QVERIFY(cjk.ok());
    QVERIFY(cjk->envelope().startsWith("a@xn--"));
}

void TestEmailAddress::lengthLimits() {
    const QString local64(64, QLatin1Char('a'));
    QVERIFY(EmailAddress::parse(QStringLiteral("email"), local64 + QStringLiteral("@example.com"))
                .ok());
    const auto tooLongLocal =
        EmailAddress::parse(QStringLiteral("email"), local64 + QStringLiteral("a@example.com"));
    QVERIFY(!tooLongLocal.ok());
    QVERIFY(tooLongLocal.error().message.contains(QLatin1String("64")));

    // 254 octets in all: local (64) + '@' + a domain of 189 octets.
    const QString label(60, QLatin1Char('b'));
    const QString domain189 = label + '.' + label + '.' + label + QStringLiteral(".ab.com");
    QCOMPARE(domain189.size(), 189);
    const auto exact = EmailAddress::parse(QStringLiteral("email"), local64 + '@' + domain189);
    QVERIFY2(exact.ok(), qPrintable(exact.ok() ? QString() : exact.error().message));
    QCOMPARE(exact->envelope().size(), 254);
    const auto over =
        EmailAddress::parse(QStringLiteral("email"), local64 + QStringLiteral("@x") + domain189);
    QVERIFY(!over.ok());
    QVERIFY(over.error().message.contains(QLatin1String("254")));

    const auto longLabel = EmailAddress::parse(
        QStringLiteral("email"), QStringLiteral("a@") + QString(64, QLatin1Char('c')) + ".com");
    QVERIFY(!longLabel.ok());
    QVERIFY(longLabel.error().message.contains(QLatin1String("63")));
}

void TestEmailAddress::headerValueQuotesAndEncodesNames() {
    auto value = [](const QString& text) {
        return EmailAddress::parse(QStringLiteral("from"), text)->headerValue();
    };
    QCOMPARE(value(QStringLiteral("bob@example.com")), QByteArray("bob@example.com"));
    QCOMPARE(value(QStringLiteral("Bob Smith <bob@example.com>")),
             QByteArray("Bob Smith <bob@example.com>"));
    QCOMPARE(value(QStringLiteral("\"Smith, Bob\" <bob@example.com>")),
             QByteArray("\"Smith, Bob\" <bob@example.com>"));
    QCOMPARE(value(QStringLiteral("\"a \\\"q\\\" b\" <bob@example.com>")),
             QByteArray("\"a \\\"q\\\" b\" <bob@example.com>"));
    const QByteArray encoded = value(QStringLiteral("Zoë <zoe@example.com>"));
    QVERIFY2(encoded.startsWith("=?utf-8?"), encoded.constData());
    for (const char c : encoded)
        QVERIFY(uchar(c) >= 0x20 && uchar(c) < 0x7F);
}

// What matters is what a mail reader shows: let Python's email package decode our headers.
void TestEmailAddress::headerValueSurvivesAnIndependentParser() {
    const QStringList names = {
        QStringLiteral("Zoë Ångström"),        QStringLiteral("山田 太郎"),
        QStringLiteral("Smith, Bob"),          QStringLiteral("=?utf-8?q?evil?="),
        QStringLiteral("Bob \"The Builder\""), QStringLiteral("😀 Emoji Person 🎉")};
    for (const QString& name : names) {
        const auto to =
            EmailAddress::parse(QStringLiteral("to"), QStringLiteral("lead@example.com"))
                ->withDisplayName(QStringLiteral("name"), name);
        QVERIFY(to.ok());
        auto message = outreach::mail::MimeBuilder()
                           .setFrom(*EmailAddress::parse(QStringLiteral("from"),
                                                         QStringLiteral("me@sender.example")))
                           .setTo(*to)
                           .setSubject(QStringLiteral("Hello"))
                           .setTextBody(QStringLiteral("Hi"))
                           .build();
        QVERIFY(message.ok());
        const QJsonObject parsed = EmlInspector::parse(message->data());
        QVERIFY2(!parsed.contains(QLatin1String("error")),
                 qPrintable(parsed.value(QLatin1String("error")).toString()));
        const QJsonArray tos = parsed.value(QLatin1String("to")).toArray();
        QCOMPARE(tos.size(), 1);
        QCOMPARE(tos.at(0).toObject().value(QLatin1String("display_name")).toString(), name);
        QCOMPARE(tos.at(0).toObject().value(QLatin1String("addr_spec")).toString(),
                 QStringLiteral("lead@example.com"));
    }
}

void TestEmailAddress::withDisplayNameRejectsControlCharacters() {
    const auto base = EmailAddress::parse(QStringLiteral("email"), QStringLiteral("a@example.com"));
    QVERIFY(base.ok());
    const auto bad = base->withDisplayName(QStringLiteral("firstName"),
                                           QStringLiteral("Bob\r\nBcc: victim@x.com"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().field, QStringLiteral("firstName"));
    QVERIFY(bad.error().message.contains(QLatin1String("line break")));
}

void TestEmailAddress::canonicalLowercasesOnlyTheDomain() {
    const auto a = EmailAddress::parse(QStringLiteral("email"), QStringLiteral("Bob@Example.COM"));
    QVERIFY(a.ok());
    QCOMPARE(a->canonical(), QStringLiteral("Bob@example.com"));
    QCOMPARE(a->domain(), QStringLiteral("Example.COM"));
}

QTEST_GUILESS_MAIN(TestEmailAddress)
#include "tst_email_address.moc"
