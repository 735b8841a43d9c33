#include "EmlInspector.h"
#include "mail/EmailAddress.h"
#include "mail/MailTemplate.h"
#include "mail/MimeBuilder.h"

#include <QTest>

using namespace outreach::mail;
using outreach::test::EmlInspector;

class TestMailTemplate : public QObject {
    Q_OBJECT

private slots:
    void rendersValuesAndFallbacks();
    void unknownVariableIsAnErrorAtParseTime();
    void syntaxErrorsNameTheLine();
    void singleLineTemplatesRefuseLineBreaks();
    void injectedValuesNeverCreateAHeader();
    void htmlEscapesValuesOnly();
    void listsVariablesInOrder();
};

void TestMailTemplate::rendersValuesAndFallbacks() {
    auto t = MailTemplate::parse(QStringLiteral("body"),
                                 QStringLiteral("Hi {{firstName|there}},\n{{ company }} looks "
                                                "great.{{title| }}\n-- {{senderName}}"));
    QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().message));
    QCOMPARE(t->render({{QStringLiteral("firstName"), QStringLiteral("Lee")},
                        {QStringLiteral("company"), QStringLiteral("Acme")},
                        {QStringLiteral("senderName"), QStringLiteral("Ann")}}),
             QStringLiteral("Hi Lee,\nAcme looks great.\n-- Ann"));
    // Missing and blank values both take the fallback; no fallback renders nothing.
    QCOMPARE(t->render({{QStringLiteral("firstName"), QStringLiteral("   ")}}),
             QStringLiteral("Hi there,\n looks great.\n-- "));
}

void TestMailTemplate::unknownVariableIsAnErrorAtParseTime() {
    auto t =
        MailTemplate::parse(QStringLiteral("subject"), QStringLiteral("Hi {{firstname|there}}"),
                            MailTemplate::Kind::SingleLine);
    QVERIFY(!t.ok());
    QCOMPARE(t.error().field, QStringLiteral("subject"));
    QVERIFY2(t.error().message.contains(QLatin1String("unknown variable 'firstname'")),
             qPrintable(t.error().message));
    QVERIFY(t.error().message.contains(QLatin1String("did you mean 'firstName'?")));

    auto far = MailTemplate::parse(QStringLiteral("body"), QStringLiteral("{{favouriteColour}}"));
    QVERIFY(!far.ok());
    QVERIFY(far.error().message.contains(QLatin1String("'favouriteColour'")));
    QVERIFY(!far.error().message.contains(QLatin1String("did you mean")));
    QVERIFY(far.error().message.contains(QLatin1String("known variables: firstName")));
}

void TestMailTemplate::syntaxErrorsNameTheLine() {
    auto unclosed = MailTemplate::parse(QStringLiteral("body"),
                                        QStringLiteral("line one\nline two {{firstName"));
    QVERIFY(!unclosed.ok());
    QVERIFY2(unclosed.error().message.contains(QLatin1String("line 2")),
             qPrintable(unclosed.error().message));
    QVERIFY(unclosed.error().message.contains(QLatin1String("not closed")));
    auto empty = MailTemplate::parse(QStringLiteral("body"), QStringLiteral("Hi {{ |x}}"));
    QVERIFY(!empty.ok());
    QVERIFY(empty.error().message.contains(QLatin1String("no name")));
    auto nested =
        MailTemplate::parse(QStringLiteral("body"), QStringLiteral("{{firstName {{lastName}}"));
    QVERIFY(!nested.ok());
    QVERIFY(MailTemplate::parse(QStringLiteral("body"), QStringLiteral("a } b }} c {")).ok());
}

void TestMailTemplate::singleLineTemplatesRefuseLineBreaks() {
    auto t =
        MailTemplate::parse(QStringLiteral("subject"), QStringLiteral("Hi\r\nBcc: victim@x.com"),
                            MailTemplate::Kind::SingleLine);
    QVERIFY(!t.ok());
    QVERIFY(t.error().message.contains(QLatin1String("line break")));
    auto fallback =
        MailTemplate::parse(QStringLiteral("subject"), QStringLiteral("Hi {{firstName|x\nBcc: y}}"),
                            MailTemplate::Kind::SingleLine);
    QVERIFY(!fallback.ok());
}

// A lead's name full of injection payloads renders into a subject that still makes exactly one
// Subject header and no other, as Python's email package reads the message.
void TestMailTemplate::injectedValuesNeverCreateAHeader() {
    auto subject = MailTemplate::parse(QStringLiteral("subject"),
                                       QStringLiteral("Quick question, {{firstName|there}} at "
                                                      "{{company}}"),
                                       MailTemplate::Kind::SingleLine);
    QVERIFY(subject.ok());
    const QStringList payloads = {
        QStringLiteral("Bob\r\nBcc: victim@x.com"),
        QStringLiteral("\n\rX-Injected: 1"),
        QStringLiteral("Eve\nX-Injected: 1\n\nbody"),
        QStringLiteral("Nul") + QChar(0) + "X",
        QStringLiteral("Sep\u2028X-Injected: 1"),
        QStringLiteral("=?utf-8?q?X-Injected:_1?="),
        QStringLiteral("\r\n"),
    };
    for (const QString& payload : payloads) {
        const QString rendered = subject->render(
            {{QStringLiteral("firstName"), payload}, {QStringLiteral("company"), payload}});
        QVERIFY2(!rendered.contains(QLatin1Char('\r')) && !rendered.contains(QLatin1Char('\n')) &&
                     !rendered.contains(QChar(0)) && !rendered.contains(QChar(0x2028)),
                 qPrintable(rendered));
        auto message = MimeBuilder()
                           .setFrom(*EmailAddress::parse(QStringLiteral("from"),
                                                         QStringLiteral("ann@sender.example")))
                           .setTo(*EmailAddress::parse(QStringLiteral("to"),
                                                       QStringLiteral("lee@lead.example")))
                           .setSubject(rendered)
                           .setTextBody(QStringLiteral("Hi"))
                           .build();
        QVERIFY2(message.ok(), qPrintable(message.ok() ? QString() : message.error().message));
        const QJsonObject parsed = EmlInspector::parse(message->data());
        QCOMPARE(EmlInspector::headerValues(parsed, QStringLiteral("Subject")),
                 QStringList{rendered});
        QVERIFY(EmlInspector::headerValues(parsed, QStringLiteral("X-Injected")).isEmpty());
        QVERIFY(EmlInspector::headerValues(parsed, QStringLiteral("Bcc")).isEmpty());
    }
    QCOMPARE(
        subject->render({{QStringLiteral("firstName"), QStringLiteral("Bob\r\nBcc: v@x.com")}}),
        QStringLiteral("Quick question, Bob Bcc: v@x.com at "));
}

void TestMailTemplate::htmlEscapesValuesOnly() {
    auto t = MailTemplate::parse(QStringLiteral("html"),
                                 QStringLiteral("<p>Hi <b>{{firstName|friend & co}}</b></p>"));
    QVERIFY(t.ok());
    QCOMPARE(t->render({{QStringLiteral("firstName"), QStringLiteral("<script>'x'&\"")}},
                       MailTemplate::Escape::Html),
             QStringLiteral("<p>Hi <b>&lt;script&gt;&#39;x&#39;&amp;&quot;</b></p>"));
    QCOMPARE(t->render({}, MailTemplate::Escape::Html),
             QStringLiteral("<p>Hi <b>friend & co</b></p>"));
}

void TestMailTemplate::listsVariablesInOrder() {
    auto t = MailTemplate::parse(QStringLiteral("body"),
                                 QStringLiteral("{{company}} {{firstName}} {{company|x}} "
                                                "{{unsubscribeUrl}}"));
    QVERIFY(t.ok());
    QCOMPARE(t->variables(), (QStringList{QStringLiteral("company"), QStringLiteral("firstName"),
                                          QStringLiteral("unsubscribeUrl")}));
    QCOMPARE(MailTemplate::knownVariables().size(), 12);
}

QTEST_GUILESS_MAIN(TestMailTemplate)
#include "tst_mail_template.moc"
