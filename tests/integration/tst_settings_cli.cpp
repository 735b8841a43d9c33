#include "CtlRunner.h"
#include "TestDatabase.h"
#include "core/Clock.h"
#include "outbox/DeliveryPolicy.h"
#include "outbox/SendingWindow.h"
#include "store/UserScope.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace outreach;
using namespace outreach::test;

// The agency's mail settings and a user's sending window, set the way an admin's script does
// (`outreachctl settings ...`, `users window ...`) and read back the way the outbox reads
// them at send time. A refused value names its field and leaves the stored one alone.
class TestSettingsCli : public QObject {
    Q_OBJECT

    std::unique_ptr<TestDatabase> db;
    SystemClock clock;

    CtlResult ctl(const QStringList& args) { return runCtl(db->url(), args); }
    CtlResult json(QStringList args) {
        args.prepend(QStringLiteral("--json"));
        return ctl(args);
    }
    void expectBadInput(const QStringList& args, const QString& field) {
        CtlResult r = ctl(args);
        QVERIFY2(r.exitCode == 2, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(" -> ") +
                                             QString::number(r.exitCode) + r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.contains(field), qPrintable(r.err));
    }
    DeliveryPolicy policy() {
        Result<DeliveryPolicy> p = DeliveryPolicy::fromAgencySettings(db->database(), clock, {});
        if (!p)
            qWarning() << p.error().message;
        return p ? *p : DeliveryPolicy{};
    }
    QJsonValue shown(const QString& key) {
        return json({QStringLiteral("settings")}).json().object().value(key);
    }

private Q_SLOTS:
    void init() {
        db = TestDatabase::create(false);
        QCOMPARE(ctl({QStringLiteral("init")}).exitCode, 0);
    }
    void cleanup() { db.reset(); }

    void mailSettingsAreValidatedStoredAndUsedBySending() {
        const QString url = QStringLiteral("mail.unsubscribe-url");
        QVERIFY(shown(url).isNull());
        CtlResult set = ctl({QStringLiteral("settings"), QStringLiteral("set"), url,
                             QStringLiteral("https://u.agency.example/u/{token}"),
                             QStringLiteral("--reason"), QStringLiteral("legal asked")});
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        QCOMPARE(shown(url).toString(), QStringLiteral("https://u.agency.example/u/{token}"));
        QCOMPARE(policy().unsubscribeUrlTemplate,
                 QStringLiteral("https://u.agency.example/u/{token}"));

        // Refused values change nothing.
        expectBadInput({QStringLiteral("settings"), QStringLiteral("set"), url,
                        QStringLiteral("http://u.agency.example/u/{token}")},
                       url);
        expectBadInput({QStringLiteral("settings"), QStringLiteral("set"), url,
                        QStringLiteral("https://u.agency.example/u/")},
                       url);
        QCOMPARE(shown(url).toString(), QStringLiteral("https://u.agency.example/u/{token}"));

        const QString attempts = QStringLiteral("mail.max-attempts");
        expectBadInput(
            {QStringLiteral("settings"), QStringLiteral("set"), attempts, QStringLiteral("0")},
            attempts);
        QCOMPARE(policy().maxAttempts, 5);
        QCOMPARE(
            ctl({QStringLiteral("settings"), QStringLiteral("set"), attempts, QStringLiteral("8")})
                .exitCode,
            0);
        QCOMPARE(policy().maxAttempts, 8);

        expectBadInput({QStringLiteral("settings"), QStringLiteral("set"),
                        QStringLiteral("mail.dry-run-dir"), QStringLiteral("relative/dir")},
                       QStringLiteral("mail.dry-run-dir"));
        expectBadInput({QStringLiteral("settings"), QStringLiteral("set"),
                        QStringLiteral("mail.colour"), QStringLiteral("blue")},
                       QStringLiteral("key"));

        QCOMPARE(ctl({QStringLiteral("settings"), QStringLiteral("unset"), attempts}).exitCode, 0);
        QVERIFY(shown(attempts).isNull());
        QCOMPARE(policy().maxAttempts, 5);

        // Each accepted change is in the audit log with its reason; refused ones are not.
        const QJsonArray audit = json({QStringLiteral("audit")}).json().array();
        int changes = 0;
        QString urlReason;
        for (const QJsonValue& e : audit) {
            if (!e[QStringLiteral("action")].toString().startsWith(QLatin1String("settings.")))
                continue;
            ++changes;
            if (e[QStringLiteral("targetId")].toString() == url)
                urlReason = e[QStringLiteral("reason")].toString();
        }
        QCOMPARE(changes, 3);
        QCOMPARE(urlReason, QStringLiteral("legal asked"));
    }

    void sendingWindowIsSetShownAndCleared() {
        CtlResult user =
            json({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--email"),
                  QStringLiteral("ann@x.test"), QStringLiteral("--name"), QStringLiteral("Ann"),
                  QStringLiteral("--tz"), QStringLiteral("Europe/Berlin")});
        const qint64 id = user.json().object().value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);
        const QString idText = QString::number(id);
        QVERIFY(json({QStringLiteral("users"), QStringLiteral("window"), idText})
                    .json()
                    .object()
                    .value(QStringLiteral("window"))
                    .isNull());

        CtlResult set =
            json({QStringLiteral("users"), QStringLiteral("window"), idText,
                  QStringLiteral("--days"), QStringLiteral("1-3,5"), QStringLiteral("--start"),
                  QStringLiteral("09:00"), QStringLiteral("--end"), QStringLiteral("17:30")});
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        const QJsonObject window = set.json().object().value(QStringLiteral("window")).toObject();
        QCOMPARE(window.value(QStringLiteral("days")).toArray(), (QJsonArray{1, 2, 3, 5}));
        QCOMPARE(window.value(QStringLiteral("end")).toString(), QStringLiteral("17:30"));

        // The outbox reads the same value: open on a Monday 10:00 in Berlin, shut on Thursday.
        UserScope scope = *UserScope::open(db->database(), clock, id);
        const QString stored = scope.settings().value(SendingWindow::kSettingName)->value();
        SendingWindow parsed = *SendingWindow::parse(stored);
        const QTimeZone berlin("Europe/Berlin");
        QVERIFY(parsed.isOpen(QDateTime(QDate(2026, 12, 7), QTime(10, 0), berlin), berlin));
        QVERIFY(!parsed.isOpen(QDateTime(QDate(2026, 12, 10), QTime(10, 0), berlin), berlin));

        const QStringList base{QStringLiteral("users"), QStringLiteral("window"), idText};
        expectBadInput(base + QStringList{QStringLiteral("--days"), QStringLiteral("0-4"),
                                          QStringLiteral("--start"), QStringLiteral("09:00"),
                                          QStringLiteral("--end"), QStringLiteral("17:00")},
                       QStringLiteral("days"));
        expectBadInput(base + QStringList{QStringLiteral("--days"), QStringLiteral("1-5"),
                                          QStringLiteral("--start"), QStringLiteral("09:00")},
                       QStringLiteral("end"));
        expectBadInput(base + QStringList{QStringLiteral("--days"), QStringLiteral("1-5"),
                                          QStringLiteral("--start"), QStringLiteral("25:00"),
                                          QStringLiteral("--end"), QStringLiteral("17:00")},
                       QStringLiteral("start"));
        expectBadInput(base + QStringList{QStringLiteral("--clear"), QStringLiteral("--days"),
                                          QStringLiteral("1")},
                       QStringLiteral("clear"));
        expectBadInput({QStringLiteral("users"), QStringLiteral("window"), QStringLiteral("999"),
                        QStringLiteral("--clear")},
                       QStringLiteral("user"));
        QCOMPARE(scope.settings().value(SendingWindow::kSettingName)->value(), stored);

        QCOMPARE(ctl(base + QStringList{QStringLiteral("--clear")}).exitCode, 0);
        QVERIFY(!scope.settings().value(SendingWindow::kSettingName)->has_value());
    }
};

QTEST_GUILESS_MAIN(TestSettingsCli)
#include "tst_settings_cli.moc"
