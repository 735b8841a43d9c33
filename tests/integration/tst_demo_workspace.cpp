#include "CtlRunner.h"
#include "EmlInspector.h"
#include "TestDatabase.h"
#include "store/UserRepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace outreach;
using namespace outreach::test;

// `outreachctl demo`: the demo workspace in its own data folder beside the console's default
// database (which it never touches), with three users in three zones, every schedule type, the
// sample source and a file sender; and the jobs run on it produce runs, logs, mail and reports.
// The "real" database is the test's own (SQLite or PostgreSQL), named by OUTREACH_DB.
class TestDemoWorkspace : public QObject {
    Q_OBJECT

    std::unique_ptr<TestDatabase> real;
    std::unique_ptr<QTemporaryDir> home;
    const QString now = QStringLiteral("2026-12-02T15:30:00Z"); // a Wednesday

    QString dataHome() const { return home->filePath(QStringLiteral("data")); }
    QString demoFolder() const { return dataHome() + QStringLiteral("/outreach-console/demo"); }
    QString demoDb() const { return QStringLiteral("sqlite:") + demoFolder() + "/outreach.db"; }
    QString mailFolder() const { return demoFolder() + QStringLiteral("/mail"); }

    // As a script runs it: the real database in OUTREACH_DB, the data dir from XDG_DATA_HOME.
    CtlResult ctl(const QString& db, const QStringList& args, const QString& at = {}) {
        QProcessEnvironment e;
        e.insert(QStringLiteral("XDG_DATA_HOME"), dataHome());
        e.insert(QStringLiteral("HOME"), home->path());
        if (db.isEmpty())
            e.insert(QStringLiteral("OUTREACH_DB"), real->url());
        return runCtl(db, QStringList{QStringLiteral("--now"), at.isEmpty() ? now : at} + args, e);
    }
    QJsonDocument ok(const QString& db, const QStringList& args) {
        const CtlResult r = ctl(db, QStringList{QStringLiteral("--json")} + args);
        if (r.exitCode != 0)
            qWarning() << args << r.exitCode << r.err;
        return r.exitCode == 0 ? r.json() : QJsonDocument();
    }
    QStringList emlFiles() const {
        return QDir(mailFolder()).entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
    }
    void expectRealDatabaseUntouched() {
        Result<QList<User>> users = UserRepository(real->database(), SystemClock()).list();
        QVERIFY(users);
        QVERIFY(users->isEmpty());
        QVERIFY(!QFile::exists(dataHome() + QStringLiteral("/outreach-console/outreach.db")));
    }

private Q_SLOTS:
    void init() {
        real = TestDatabase::create();
        home = std::make_unique<QTemporaryDir>();
        QVERIFY(home->isValid());
    }
    void cleanup() {
        real.reset();
        home.reset();
    }

    void demoCreatesTheWorkspaceOnceInItsOwnFolder() {
        const QJsonObject first = ok({}, {QStringLiteral("demo")}).object();
        QCOMPARE(first[QStringLiteral("created")].toBool(), true);
        QCOMPARE(first[QStringLiteral("folder")].toString(), demoFolder());
        QCOMPARE(first[QStringLiteral("db")].toString(), demoDb());
        const QJsonArray users = first[QStringLiteral("users")].toArray();
        QCOMPARE(users.size(), 3);
        QSet<QString> zones;
        for (const QJsonValue& u : users) {
            zones << u[QStringLiteral("timeZone")].toString();
            QCOMPARE(u[QStringLiteral("status")].toString(), QStringLiteral("active"));
        }
        QCOMPARE(zones,
                 QSet<QString>({QStringLiteral("America/New_York"), QStringLiteral("Europe/Berlin"),
                                QStringLiteral("Asia/Tokyo")}));
        expectRealDatabaseUntouched();

        // Every user has a file sender into the demo folder and the sample source.
        const QJsonArray senders = ok(demoDb(), {"senders", "list"}).array();
        QCOMPARE(senders.size(), 3);
        for (const QJsonValue& s : senders)
            QCOMPARE(s[QStringLiteral("smtpHost")].toString(),
                     QUrl::fromLocalFile(mailFolder()).toString());
        const QJsonArray sources = ok(demoDb(), {"sources", "list"}).array();
        QCOMPARE(sources.size(), 3);
        QSet<qint64> sourceOwners;
        for (const QJsonValue& s : sources) {
            QCOMPARE(s[QStringLiteral("kind")].toString(), QStringLiteral("sample"));
            QVERIFY(s[QStringLiteral("enabled")].toBool());
            sourceOwners << s[QStringLiteral("userId")].toInteger();
        }
        QCOMPARE(sourceOwners.size(), 3);
        // Campaigns of each schedule type, with real templates; the daily ones are due this
        // hour in their user's zone; one-time and recurring ones have their first run now.
        const QJsonArray campaigns = ok(demoDb(), {"campaigns", "list"}).array();
        QSet<QString> types;
        int daily = 0;
        for (const QJsonValue& c : campaigns) {
            const QString type = c[QStringLiteral("scheduleType")].toString();
            types << type;
            QVERIFY(c[QStringLiteral("subject")].toString().contains(QStringLiteral("{{")));
            if (type == QLatin1String("daily")) {
                ++daily;
                QVERIFY(c[QStringLiteral("followUpEnabled")].toBool());
            }
            if (type == QLatin1String("once") || type == QLatin1String("recurring"))
                QCOMPARE(c[QStringLiteral("nextRunAt")].toString(), now);
        }
        QCOMPARE(types, QSet<QString>({QStringLiteral("daily"), QStringLiteral("once"),
                                       QStringLiteral("recurring"), QStringLiteral("manual")}));
        QCOMPARE(daily, 3);
        // It has a past: last week's mail is in the folder, leads were generated.
        const int historyMail = int(emlFiles().size());
        QVERIFY2(historyMail >= 3, qPrintable(QString::number(historyMail)));

        // A second `demo` finds it and changes nothing.
        const CtlResult again = ctl({}, {QStringLiteral("demo")});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QStringLiteral("already there")), qPrintable(again.out));
        QVERIFY(again.out.contains(QStringLiteral("--db ") + demoDb()));
        const QJsonObject second = ok({}, {QStringLiteral("demo")}).object();
        QCOMPARE(second[QStringLiteral("created")].toBool(), false);
        QCOMPARE(second[QStringLiteral("users")].toArray(), users);
        QCOMPARE(ok(demoDb(), {"campaigns", "list"}).array().size(), campaigns.size());
        QCOMPARE(int(emlFiles().size()), historyMail);
        expectRealDatabaseUntouched();

        // Bad usage is one line and exit 2.
        const CtlResult bad = ctl({}, {QStringLiteral("demo"), QStringLiteral("--wipe")});
        QCOMPARE(bad.exitCode, 2);
        QCOMPARE(bad.err.count(QLatin1Char('\n')), 1);
        QVERIFY(bad.err.startsWith(QStringLiteral("outreachctl: ")));
    }

    void resetMakesItAnew() {
        QVERIFY(ok({}, {QStringLiteral("demo")}).object()[QStringLiteral("created")].toBool());
        QVERIFY(!ok(demoDb(), {"users", "add", "--email", "extra@example.test", "--name", "Extra"})
                     .isNull());
        QCOMPARE(ok(demoDb(), {"users", "list"}).array().size(), 4);
        QFile stray(mailFolder() + QStringLiteral("/stray.eml"));
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.close();

        const QJsonObject reset =
            ok({}, {QStringLiteral("demo"), QStringLiteral("--reset")}).object();
        QCOMPARE(reset[QStringLiteral("created")].toBool(), true);
        QCOMPARE(reset[QStringLiteral("users")].toArray().size(), 3);
        const QJsonArray users = ok(demoDb(), {"users", "list"}).array();
        QCOMPARE(users.size(), 3);
        for (const QJsonValue& u : users)
            QVERIFY(u[QStringLiteral("email")].toString() != QLatin1String("extra@example.test"));
        QVERIFY(!QFile::exists(stray.fileName()));
        expectRealDatabaseUntouched();
    }

    void jobsOnTheDemoProduceRunsLogsMailAndReports() {
        QVERIFY(ok({}, {QStringLiteral("demo")}).object()[QStringLiteral("created")].toBool());
        const QStringList history = emlFiles();
        const QSet<QString> before(history.cbegin(), history.cend());
        QElapsedTimer timer;
        timer.start();
        QHash<QString, QJsonObject> runs;
        // One after the other, a minute apart (each process freezes its own clock at --now).
        int minute = 30;
        for (const char* job : {"daily-lead-generation", "daily-outreach", "send-campaign-emails",
                                "api-performance-report"}) {
            const QString at = QStringLiteral("2026-12-02T15:%1:00Z").arg(minute++);
            const CtlResult r =
                ctl(demoDb(), {"--json", "jobs", "run", QString::fromLatin1(job)}, at);
            QVERIFY2(r.exitCode == 0, qPrintable(QString::fromLatin1(job) + r.err));
            const QJsonObject run = r.json().object();
            QCOMPARE(run[QStringLiteral("status")].toString(), QStringLiteral("succeeded"));
            QCOMPARE(run[QStringLiteral("usersTotal")].toInt(), 3);
            QCOMPARE(run[QStringLiteral("usersSucceeded")].toInt(), 3);
            const QJsonArray users = run[QStringLiteral("users")].toArray();
            QCOMPARE(users.size(), 3);
            for (const QJsonValue& u : users)
                QVERIFY2(u[QStringLiteral("items")].toInt() > 0,
                         qPrintable(QString::fromLatin1(job) + QStringLiteral(": ") +
                                    u[QStringLiteral("email")].toString() + QStringLiteral(" ") +
                                    u[QStringLiteral("note")].toString()));
            runs.insert(QString::fromLatin1(job), run);
        }
        qInfo("four jobs on the demo workspace in %lld ms (with process start-up)",
              timer.elapsed());

        // The runs are listed, and their logs carry each user.
        QCOMPARE(ok(demoDb(), {"runs", "list"}).array().size(), 4);
        const QString outreachRun =
            QString::number(runs.value("daily-outreach")[QStringLiteral("id")].toInteger());
        const QJsonArray logs = ok(demoDb(), {"logs", "--run", outreachRun}).array();
        QVERIFY(!logs.isEmpty());
        QSet<QString> loggedUsers;
        for (const QJsonValue& record : logs)
            loggedUsers << record[QStringLiteral("userEmail")].toString();
        QVERIFY2(loggedUsers.contains(QStringLiteral("kenji@sakura-design.example")),
                 qPrintable(QStringList(loggedUsers.cbegin(), loggedUsers.cend()).join(',')));

        // Today's mail is in the demo folder as .eml files that a real parser reads cleanly.
        QStringList fresh;
        for (const QString& name : emlFiles())
            if (!before.contains(name))
                fresh << name;
        const int sent = runs.value("send-campaign-emails")[QStringLiteral("items")].toInt();
        QVERIFY(sent > 0);
        QCOMPARE(int(fresh.size()), sent);
        const QSet<QString> senders{QStringLiteral("maya@harborcoffee.example"),
                                    QStringLiteral("jonas@alpenblick.example"),
                                    QStringLiteral("kenji@sakura-design.example")};
        QSet<QString> fromSeen;
        for (const QString& name : fresh) {
            QFile file(QDir(mailFolder()).filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QJsonObject eml = EmlInspector::parse(file.readAll());
            QVERIFY2(!eml.contains(QStringLiteral("error")), qPrintable(name));
            QCOMPARE(eml[QStringLiteral("defects")].toArray().size(), 0);
            const QJsonObject from = eml[QStringLiteral("from")].toArray().at(0).toObject();
            const QString fromAddress = from[QStringLiteral("username")].toString() + '@' +
                                        from[QStringLiteral("domain")].toString();
            QVERIFY2(senders.contains(fromAddress), qPrintable(fromAddress));
            fromSeen << fromAddress;
            const QJsonObject to = eml[QStringLiteral("to")].toArray().at(0).toObject();
            QVERIFY(to[QStringLiteral("domain")].toString().endsWith(QStringLiteral(".example")));
            const QString subject = EmlInspector::headerValues(eml, "Subject").value(0);
            QVERIFY2(subject.startsWith(QStringLiteral("A quick idea for ")), qPrintable(subject));
            QVERIFY(!subject.contains(QStringLiteral("{{")));
            const QString text = eml[QStringLiteral("text")].toString();
            QVERIFY2(text.startsWith(QStringLiteral("Hi ")), qPrintable(text));
            QVERIFY(!text.contains(QStringLiteral("{{")));
            QCOMPARE(EmlInspector::headerValues(eml, "List-Unsubscribe").size(), 1);
        }
        QCOMPARE(fromSeen, senders);
        QCOMPARE(ok(demoDb(), {"outbox", "list", "--status", "sent"}).array().size(),
                 int(emlFiles().size()));

        // The weekly report of last week: the demo's past, with its funnel.
        const QJsonArray reports = ok(demoDb(), {"report", "list"}).array();
        QCOMPARE(reports.size(), 3);
        for (const QJsonValue& listed : reports) {
            const QString user = QString::number(listed[QStringLiteral("userId")].toInteger());
            const QJsonObject report = ok(demoDb(), {"report", "weekly", "--user", user}).object();
            QCOMPARE(report[QStringLiteral("stored")].toBool(), true);
            QCOMPARE(report[QStringLiteral("week")].toString(), QStringLiteral("2026-W48"));
            const QJsonObject funnel = report[QStringLiteral("funnel")].toObject();
            QVERIFY(funnel[QStringLiteral("generated")].toInt() > 0);
            QVERIFY(funnel[QStringLiteral("contacted")].toInt() >= 2);
            QCOMPARE(funnel[QStringLiteral("replied")].toInt(), 2);
            QCOMPARE(funnel[QStringLiteral("converted")].toInt(), 1);
            QCOMPARE(report[QStringLiteral("apiCalls")][QStringLiteral("total")].toInt(), 1);
        }
        expectRealDatabaseUntouched();
    }
};

QTEST_GUILESS_MAIN(TestDemoWorkspace)
#include "tst_demo_workspace.moc"
