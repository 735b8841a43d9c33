#include "outbox/DeliveryPolicy.h"
#include "outbox/MessageComposer.h"
#include "outbox/SendingWindow.h"
#include "outbox/UnsubscribeLink.h"

#include <QSet>
#include <QtTest>

using namespace outreach;

// The small rules of outbox delivery that need no server: unsubscribe tokens and addresses,
// the sending window across midnight and DST, and the retry schedule.
class TestDeliveryRules : public QObject {
    Q_OBJECT

    static mail::EmailAddress address(const QString& text) {
        return *mail::EmailAddress::parse(QStringLiteral("address"), text);
    }

private slots:
    void tokensAreRandomAndWellFormed() {
        QSet<QString> seen;
        for (int i = 0; i < 2000; ++i) {
            const QString token = UnsubscribeLink::newToken();
            QVERIFY2(UnsubscribeLink::isToken(token), qPrintable(token));
            seen.insert(token);
        }
        QCOMPARE(seen.size(), 2000);
        QVERIFY(!UnsubscribeLink::isToken(QStringLiteral("short")));
        QVERIFY(!UnsubscribeLink::isToken(QString(26, QLatin1Char('1')))); // not base32
    }

    void mailtoCarriesTheTokenToTheSendersMailbox() {
        const QString token = UnsubscribeLink::newToken();
        const auto tagged = UnsubscribeLink::mailtoFor(
            address(QStringLiteral("Jane <jane@agency.example>")), token);
        QVERIFY(tagged.ok());
        QCOMPARE(tagged->addrSpec(),
                 QStringLiteral("jane+unsubscribe-%1@agency.example").arg(token));
        QCOMPARE(UnsubscribeLink::tokenFromAddress(tagged->addrSpec()), token);
        // A quoted or long local part cannot take a sub-address: a plain tag at the domain.
        for (const QString& sender :
             {QStringLiteral("\"jane doe\"@agency.example"),
              QStringLiteral("a.very.long.mailbox.name.for.someone@agency.example"),
              QStringLiteral("jane+sales@agency.example")}) {
            const auto plain = UnsubscribeLink::mailtoFor(address(sender), token);
            QVERIFY(plain.ok());
            QCOMPARE(plain->addrSpec(), QStringLiteral("unsubscribe-%1@agency.example").arg(token));
            QCOMPARE(
                UnsubscribeLink::tokenFromAddress(QStringLiteral("<%1>").arg(plain->addrSpec())),
                token);
        }
        QVERIFY(!UnsubscribeLink::tokenFromAddress(QStringLiteral("jane@agency.example")));
    }

    void urlTemplateMustBeHttpsWithAToken() {
        const QString field = QStringLiteral("mail.unsubscribe-url");
        QVERIFY(
            UnsubscribeLink::validateUrlTemplate(field, QStringLiteral("https://u.example/{token}"))
                .ok());
        for (const QString& bad :
             {QStringLiteral("http://u.example/{token}"), QStringLiteral("https://u.example/x"),
              QStringLiteral("https://u.example/{token}\r\nX: y"),
              QStringLiteral("https:///{token}")}) {
            const Status s = UnsubscribeLink::validateUrlTemplate(field, bad);
            QVERIFY2(!s.ok(), qPrintable(bad));
            QCOMPARE(s.error().field, field);
        }
        QCOMPARE(UnsubscribeLink::urlFor(QStringLiteral("https://u.example/u/{token}?x=1"),
                                         QStringLiteral("abc")),
                 QUrl(QStringLiteral("https://u.example/u/abc?x=1")));
        QVERIFY(UnsubscribeLink::urlFor({}, QStringLiteral("abc")).isEmpty());
    }

    void aRetriedRowKeepsItsToken() {
        OutboxMessage row;
        row.messageId = QStringLiteral("<abcdefghijklmnopqrstuvwxyz@agency.example>");
        QCOMPARE(MessageComposer::tokenFor(row), QStringLiteral("abcdefghijklmnopqrstuvwxyz"));
        row.messageId = QStringLiteral("<not-a-token@agency.example>");
        QVERIFY(MessageComposer::tokenFor(row) != QLatin1String("not-a-token"));
        row.messageId.clear();
        QVERIFY(UnsubscribeLink::isToken(MessageComposer::tokenFor(row)));
    }

    void sendingWindowInTheUsersZone() {
        const QTimeZone paris("Europe/Paris");
        auto window = SendingWindow::parse(
            QStringLiteral("{\"days\":[1,2,3,4,5],\"start\":\"09:00\",\"end\":\"17:00\"}"));
        QVERIFY(window.ok());
        QCOMPARE(window->describe(), QStringLiteral("Mon-Fri 09:00-17:00"));
        auto utc = [](int d, int h, int m) {
            return QDateTime(QDate(2026, 12, d), QTime(h, m), QTimeZone::utc());
        };
        QVERIFY(!window->isOpen(utc(7, 7, 59), paris)); // Monday 08:59 in Paris
        QVERIFY(window->isOpen(utc(7, 8, 0), paris));   // 09:00
        QVERIFY(window->isOpen(utc(7, 15, 59), paris)); // 16:59
        QVERIFY(!window->isOpen(utc(7, 16, 0), paris)); // 17:00: the end is exclusive
        QVERIFY(!window->isOpen(utc(5, 10, 0), paris)); // Saturday
        // Summer time: 09:00 in Paris is 07:00 UTC.
        QVERIFY(window->isOpen(QDateTime(QDate(2026, 7, 6), QTime(7, 0), QTimeZone::utc()), paris));
    }

    void sendingWindowAcrossMidnightBelongsToTheDayItStarts() {
        auto night = SendingWindow::parse(
            QStringLiteral("{\"days\":[5],\"start\":\"22:00\",\"end\":\"02:00\"}"));
        QVERIFY(night.ok());
        const QTimeZone utc = QTimeZone::utc();
        QVERIFY(night->isOpen(QDateTime(QDate(2026, 12, 4), QTime(23, 0), utc), utc)); // Fri
        QVERIFY(night->isOpen(QDateTime(QDate(2026, 12, 5), QTime(1, 0), utc), utc));  // Sat 01:00
        QVERIFY(!night->isOpen(QDateTime(QDate(2026, 12, 4), QTime(1, 0), utc), utc)); // Fri 01:00
        QVERIFY(!night->isOpen(QDateTime(QDate(2026, 12, 5), QTime(23, 0), utc), utc));
    }

    void badSendingWindowsNameTheProblem_data() {
        QTest::addColumn<QString>("json");
        QTest::newRow("not json") << QStringLiteral("9 to 5");
        QTest::newRow("no days") << QStringLiteral(
            "{\"days\":[],\"start\":\"09:00\",\"end\":\"17:00\"}");
        QTest::newRow("day 8") << QStringLiteral(
            "{\"days\":[8],\"start\":\"09:00\",\"end\":\"17:00\"}");
        QTest::newRow("bad time") << QStringLiteral(
            "{\"days\":[1],\"start\":\"9am\",\"end\":\"17:00\"}");
        QTest::newRow("empty span")
            << QStringLiteral("{\"days\":[1],\"start\":\"09:00\",\"end\":\"09:00\"}");
    }
    void badSendingWindowsNameTheProblem() {
        QFETCH(QString, json);
        auto parsed = SendingWindow::parse(json);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().field, SendingWindow::kSettingName);
    }

    void backoffDoublesUpToTheCap() {
        DeliveryPolicy p;
        p.backoffBaseMs = 60'000;
        p.backoffMaxMs = 300'000;
        QCOMPARE(p.nextAttemptAt(0, 1), 60'000);
        QCOMPARE(p.nextAttemptAt(0, 2), 120'000);
        QCOMPARE(p.nextAttemptAt(0, 3), 240'000);
        QCOMPARE(p.nextAttemptAt(0, 4), 300'000);
        QCOMPARE(p.nextAttemptAt(1'000, 50), 301'000);
    }
};

QTEST_GUILESS_MAIN(TestDeliveryRules)
#include "tst_delivery_rules.moc"
