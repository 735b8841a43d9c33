#include "logging/LogRedactor.h"

#include <QtTest>

using namespace outreach;

// "A log record never contains a secret": what the redactor masks, and what it leaves alone.
class TestLogRedactor : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void masksSecrets_data() {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("expected");
        QTest::newRow("url userinfo") << "connect smtp://bob:hunter2@mail.example:587 failed"
                                      << "hunter2"
                                      << "connect smtp://bob:[redacted]@mail.example:587 failed";
        QTest::newRow("bearer") << "GET with Authorization: Bearer abc.DEF-123"
                                << "abc.DEF-123"
                                << "GET with Authorization: Bearer [redacted]";
        QTest::newRow("auth plain") << "C: AUTH PLAIN AGJvYgBodW50ZXIy"
                                    << "AGJvYgBodW50ZXIy"
                                    << "C: AUTH PLAIN [redacted]";
        QTest::newRow("password=") << "login password=s3cr3t; next"
                                   << "s3cr3t"
                                   << "login password=[redacted]; next";
        QTest::newRow("api_key json") << R"({"api_key": "k-777", "q": 1})"
                                      << "k-777"
                                      << R"({"api_key": "[redacted]", "q": 1})";
        QTest::newRow("token query") << "https://api.example/leads?token=zz9&limit=5"
                                     << "zz9"
                                     << "https://api.example/leads?token=[redacted]&limit=5";
    }
    void masksSecrets() {
        QFETCH(QString, message);
        QFETCH(QString, secret);
        QFETCH(QString, expected);
        const QString redacted = LogRedactor::redact(message);
        QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
        QCOMPARE(redacted, expected);
    }

    void leavesOrdinaryTextAlone() {
        for (const QString& text : {QStringLiteral("sent 12 emails to ann@example.test"),
                                    QStringLiteral("https://api.example/leads?q=cto&limit=5"),
                                    QStringLiteral("the password reset campaign finished")})
            QCOMPARE(LogRedactor::redact(text), text);
    }
};

QTEST_GUILESS_MAIN(TestLogRedactor)
#include "tst_log_redactor.moc"
