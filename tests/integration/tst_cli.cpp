#include "CtlRunner.h"
#include "TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace outreach;
using namespace outreach::test;

// Drives the real `outreachctl` binary the way an agency's scripts do, on SQLite and
// PostgreSQL, and checks what a script would see: stdout JSON, one stderr line, exit codes.
class TestCli : public QObject {
    Q_OBJECT

    std::unique_ptr<TestDatabase> db;

    CtlResult ctl(const QStringList& args, const QProcessEnvironment& env = {}) {
        return runCtl(db->url(), args, env);
    }

    static QString oneLine(const CtlResult& r) { return r.err.trimmed(); }

    qint64 addUser(const QString& email, const QString& zone = QStringLiteral("UTC")) {
        CtlResult r = ctl({QStringLiteral("--json"), QStringLiteral("users"), QStringLiteral("add"),
                           QStringLiteral("--email"), email, QStringLiteral("--name"),
                           QStringLiteral("N"), QStringLiteral("--tz"), zone});
        if (r.exitCode != 0)
            qWarning() << r.err;
        return r.json().object().value(QStringLiteral("id")).toInteger();
    }

    QString writeFile(const QString& name, const QByteArray& content) {
        const QString path = db->tempPath() + QLatin1Char('/') + name;
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(content);
        return path;
    }

    void expectBadInput(const QStringList& args, const QString& mention) {
        CtlResult r = ctl(args);
        QVERIFY2(r.exitCode == 2,
                 qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(" -> ") +
                            QString::number(r.exitCode) + QStringLiteral(" ") + r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // exactly one line
        QVERIFY2(r.err.contains(mention), qPrintable(r.err));
    }

private Q_SLOTS:
    void init() {
        db = TestDatabase::create(false);
        CtlResult r = ctl({QStringLiteral("init")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
    void cleanup() { db.reset(); }

    void initTwiceIsANoOp() {
        CtlResult again = ctl({QStringLiteral("--json"), QStringLiteral("init")});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.json().object().value(QStringLiteral("migrationsApplied")).toInt(), 0);
        QVERIFY(again.json().object().value(QStringLiteral("schemaVersion")).toInt() >= 1);
    }

    void usersAddPrintsTheNewUserAsJson() {
        CtlResult r = ctl({QStringLiteral("--json"), QStringLiteral("users"), QStringLiteral("add"),
                           QStringLiteral("--email"), QStringLiteral("a@example.test"),
                           QStringLiteral("--name"), QStringLiteral("A")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject user = r.json().object();
        QCOMPARE(user.value(QStringLiteral("email")).toString(), QStringLiteral("a@example.test"));
        QCOMPARE(user.value(QStringLiteral("name")).toString(), QStringLiteral("A"));
        QCOMPARE(user.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(user.value(QStringLiteral("timeZone")).toString(), QStringLiteral("UTC"));
        QVERIFY(user.value(QStringLiteral("id")).toInteger() > 0);
        CtlResult list =
            ctl({QStringLiteral("--json"), QStringLiteral("users"), QStringLiteral("list")});
        QCOMPARE(list.json().array().size(), 1);
    }

    void nowFreezesTheClock() {
        CtlResult r = ctl({QStringLiteral("--now"), QStringLiteral("2026-03-29T01:30:00+01:00"),
                           QStringLiteral("--json"), QStringLiteral("users"), QStringLiteral("add"),
                           QStringLiteral("--email"), QStringLiteral("t@example.test"),
                           QStringLiteral("--name"), QStringLiteral("T")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().object().value(QStringLiteral("createdAt")).toString(),
                 QStringLiteral("2026-03-29T00:30:00Z"));
    }

    void badUsageAndBadInputExitWithTwo() {
        expectBadInput({QStringLiteral("frobnicate")},
                       QStringLiteral("unknown command 'frobnicate'"));
        expectBadInput({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--name"),
                        QStringLiteral("x")},
                       QStringLiteral("--email is required"));
        expectBadInput({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--email"),
                        QStringLiteral("nope"), QStringLiteral("--name"), QStringLiteral("x")},
                       QStringLiteral("email"));
        expectBadInput({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--email"),
                        QStringLiteral("z@example.test"), QStringLiteral("--name"),
                        QStringLiteral("Z"), QStringLiteral("--tz"), QStringLiteral("Mars/Base")},
                       QStringLiteral("tz: 'Mars/Base' is not a known IANA time zone"));
        expectBadInput({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--email"),
                        QStringLiteral("z@example.test"), QStringLiteral("--name"),
                        QStringLiteral("Z"), QStringLiteral("--daily-email-quota"),
                        QStringLiteral("-5")},
                       QStringLiteral("--daily-email-quota"));
        expectBadInput({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--email"),
                        QStringLiteral("z@example.test"), QStringLiteral("--name"),
                        QStringLiteral("Z"), QStringLiteral("--colour"), QStringLiteral("red")},
                       QStringLiteral("'users add' has no option --colour"));
        expectBadInput({QStringLiteral("users"), QStringLiteral("show"), QStringLiteral("42")},
                       QStringLiteral("user: no user with id 42"));
        expectBadInput({QStringLiteral("users"), QStringLiteral("pause"), QStringLiteral("abc")},
                       QStringLiteral("user: 'abc' is not an id"));
        expectBadInput({QStringLiteral("campaigns"), QStringLiteral("pause"), QStringLiteral("77")},
                       QStringLiteral("campaign: no campaign with id 77"));
        expectBadInput({QStringLiteral("leads"), QStringLiteral("mark"), QStringLiteral("5"),
                        QStringLiteral("replied")},
                       QStringLiteral("lead: no lead with id 5"));
        expectBadInput({QStringLiteral("--now"), QStringLiteral("yesterday"),
                        QStringLiteral("users"), QStringLiteral("list")},
                       QStringLiteral("now: 'yesterday' is not an ISO 8601 instant"));
        // Nothing of the above created a user.
        QCOMPARE(ctl({QStringLiteral("--json"), QStringLiteral("users"), QStringLiteral("list")})
                     .json()
                     .array()
                     .size(),
                 0);
    }

    void badDatabaseUrls() {
        CtlResult r = runCtl(QStringLiteral("mysql://x@y/z"),
                             {QStringLiteral("users"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("db: 'mysql://x@y/z' is neither")),
                 qPrintable(r.err));
        // A URL with a password never echoes the password back.
        r = runCtl(QStringLiteral("postgresql://u:s3cretpw@/"),
                   {QStringLiteral("users"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.contains(QStringLiteral("s3cretpw")));
        // A well-formed URL to a server that is not there is a runtime failure.
        r = runCtl(QStringLiteral("postgresql://nobody@127.0.0.1:1/none"),
                   {QStringLiteral("users"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.startsWith(QStringLiteral("outreachctl: cannot open database")));
    }

    void uninitialisedDatabaseSaysRunInit() {
        auto fresh = TestDatabase::create(false);
        CtlResult r = runCtl(fresh->url(), {QStringLiteral("users"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("run `outreachctl init`")), qPrintable(r.err));
    }

    void pauseAndResumeAreAudited() {
        const qint64 id = addUser(QStringLiteral("p@example.test"));
        CtlResult paused = ctl({QStringLiteral("--json"), QStringLiteral("users"),
                                QStringLiteral("pause"), QString::number(id),
                                QStringLiteral("--reason"), QStringLiteral("invoice overdue")});
        QCOMPARE(paused.exitCode, 0);
        QCOMPARE(paused.json().object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("paused"));
        QCOMPARE(
            ctl({QStringLiteral("users"), QStringLiteral("resume"), QString::number(id)}).exitCode,
            0);
        const QJsonArray audit =
            ctl({QStringLiteral("--json"), QStringLiteral("audit")}).json().array();
        QCOMPARE(audit.size(), 3); // add, pause, resume
        QCOMPARE(audit.at(0).toObject().value(QStringLiteral("action")).toString(),
                 QStringLiteral("user.resume"));
        QCOMPARE(audit.at(1).toObject().value(QStringLiteral("action")).toString(),
                 QStringLiteral("user.pause"));
        QCOMPARE(audit.at(1).toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("invoice overdue"));
    }

    void sendersKeepSecretsOutOfTheDatabaseAndOutput() {
        const qint64 id = addUser(QStringLiteral("s@example.test"));
        const QString secret = QStringLiteral("hunter2-Very-Secret-7781");
        QProcessEnvironment env;
        env.insert(QStringLiteral("SMTP_PW_S"), secret);
        CtlResult r =
            ctl({QStringLiteral("--json"), QStringLiteral("senders"), QStringLiteral("add"),
                 QStringLiteral("--user"), QString::number(id), QStringLiteral("--from"),
                 QStringLiteral("Sales Team <sales@client.test>"), QStringLiteral("--smtp"),
                 QStringLiteral("smtp://mailer@smtp.client.test:2525?tls=implicit"),
                 QStringLiteral("--password-env"), QStringLiteral("SMTP_PW_S")},
                env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject sender = r.json().object();
        QCOMPARE(sender.value(QStringLiteral("fromName")).toString(), QStringLiteral("Sales Team"));
        QCOMPARE(sender.value(QStringLiteral("fromAddress")).toString(),
                 QStringLiteral("sales@client.test"));
        QCOMPARE(sender.value(QStringLiteral("smtpPort")).toInt(), 2525);
        QCOMPARE(sender.value(QStringLiteral("tlsMode")).toString(), QStringLiteral("implicit"));
        QCOMPARE(sender.value(QStringLiteral("smtpUsername")).toString(), QStringLiteral("mailer"));
        QCOMPARE(sender.value(QStringLiteral("passwordEnv")).toString(),
                 QStringLiteral("SMTP_PW_S"));
        QStringList outputs{r.out, r.err};
        for (const QStringList& args :
             {QStringList{QStringLiteral("--json"), QStringLiteral("senders"),
                          QStringLiteral("list")},
              QStringList{QStringLiteral("senders"), QStringLiteral("list")},
              QStringList{QStringLiteral("--json"), QStringLiteral("audit")}}) {
            CtlResult more = ctl(args, env);
            outputs << more.out << more.err;
        }
        for (const QString& output : outputs)
            QVERIFY(!output.contains(secret));
        // The database holds no copy of the secret, in any table.
        for (const QString& table :
             {QStringLiteral("sender_accounts"), QStringLiteral("audit_log")}) {
            QSqlQuery q(*db->database().connection());
            QVERIFY(q.exec(QStringLiteral("SELECT * FROM ") + table));
            int rows = 0;
            for (; q.next(); ++rows)
                for (int c = 0; c < q.record().count(); ++c)
                    QVERIFY(!q.value(c).toString().contains(secret));
            QVERIFY(rows > 0);
        }
        if (!db->isPostgres()) {
            db->database().closeThreadConnection();
            for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
                QFile file(db->url().mid(7) + suffix);
                if (file.open(QIODevice::ReadOnly))
                    QVERIFY(!file.readAll().contains(secret.toUtf8()));
            }
        }
    }

    void sendersAndSourcesRejectBadUrls() {
        const QString id = QString::number(addUser(QStringLiteral("u@example.test")));
        expectBadInput({QStringLiteral("senders"), QStringLiteral("add"), QStringLiteral("--user"),
                        id, QStringLiteral("--from"), QStringLiteral("a@b.test"),
                        QStringLiteral("--smtp"), QStringLiteral("http://smtp.b.test")},
                       QStringLiteral("smtp: 'http://smtp.b.test' does not start with smtp://"));
        expectBadInput({QStringLiteral("senders"), QStringLiteral("add"), QStringLiteral("--user"),
                        id, QStringLiteral("--from"), QStringLiteral("a@b.test"),
                        QStringLiteral("--smtp"), QStringLiteral("smtp://h.test:25?tls=maybe")},
                       QStringLiteral("has tls=maybe"));
        expectBadInput({QStringLiteral("senders"), QStringLiteral("add"), QStringLiteral("--user"),
                        id, QStringLiteral("--from"),
                        QStringLiteral("Evil\r\nBcc: x@y.test <a@b.test>"),
                        QStringLiteral("--smtp"), QStringLiteral("smtp://h.test")},
                       QStringLiteral("from"));
        expectBadInput({QStringLiteral("senders"), QStringLiteral("add"), QStringLiteral("--user"),
                        QStringLiteral("999"), QStringLiteral("--from"), QStringLiteral("a@b.test"),
                        QStringLiteral("--smtp"), QStringLiteral("smtp://h.test")},
                       QStringLiteral("user: no user with id 999"));
        expectBadInput(
            {QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("--user"), id,
             QStringLiteral("--kind"), QStringLiteral("http-json"), QStringLiteral("--url"),
             QStringLiteral("ftp://leads.test/api")},
            QStringLiteral("--url: 'ftp://leads.test/api' is not an http:// or https:// URL"));
        expectBadInput({QStringLiteral("sources"), QStringLiteral("add"), QStringLiteral("--user"),
                        id, QStringLiteral("--kind"), QStringLiteral("carrier-pigeon")},
                       QStringLiteral("--kind"));
        CtlResult ok =
            ctl({QStringLiteral("--json"), QStringLiteral("sources"), QStringLiteral("add"),
                 QStringLiteral("--user"), id, QStringLiteral("--kind"),
                 QStringLiteral("http-json"), QStringLiteral("--url"),
                 QStringLiteral("https://leads.test/api"), QStringLiteral("--api-key-env"),
                 QStringLiteral("LEADS_KEY"), QStringLiteral("--monthly-quota"),
                 QStringLiteral("500"), QStringLiteral("--cost-per-call"), QStringLiteral("0.25")});
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
        QCOMPARE(ok.json().object().value(QStringLiteral("costPerCall")).toDouble(), 0.25);
        QCOMPARE(ctl({QStringLiteral("--json"), QStringLiteral("senders"), QStringLiteral("list")})
                     .json()
                     .array()
                     .size(),
                 0);
    }

    void campaignsAddListPauseResume() {
        const QString id = QString::number(
            addUser(QStringLiteral("c@example.test"), QStringLiteral("America/New_York")));
        const QString body =
            writeFile(QStringLiteral("body.txt"), "Hi {{firstName|there}},\nshort note.\n");
        CtlResult added = ctl({QStringLiteral("--json"),
                               QStringLiteral("campaigns"),
                               QStringLiteral("add"),
                               QStringLiteral("--user"),
                               id,
                               QStringLiteral("--name"),
                               QStringLiteral("Spring push"),
                               QStringLiteral("--schedule"),
                               QStringLiteral("recurring"),
                               QStringLiteral("--time"),
                               QStringLiteral("09:30"),
                               QStringLiteral("--start"),
                               QStringLiteral("2026-12-07"),
                               QStringLiteral("--end"),
                               QStringLiteral("2027-01-31"),
                               QStringLiteral("--every"),
                               QStringLiteral("1w"),
                               QStringLiteral("--follow-up"),
                               QStringLiteral("3,4"),
                               QStringLiteral("--keywords"),
                               QStringLiteral("saas, fintech"),
                               QStringLiteral("--subject"),
                               QStringLiteral("Quick question"),
                               QStringLiteral("--body-file"),
                               body});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const QJsonObject c = added.json().object();
        QCOMPARE(c.value(QStringLiteral("status")).toString(), QStringLiteral("scheduled"));
        QCOMPARE(c.value(QStringLiteral("recurrenceDays")).toInt(), 7);
        QCOMPARE(c.value(QStringLiteral("followUpEnabled")).toBool(), true);
        QCOMPARE(c.value(QStringLiteral("keywords")).toArray().size(), 2);
        // 09:30 in New York on 2026-12-07 (EST, UTC-5) is 14:30 UTC.
        QCOMPARE(c.value(QStringLiteral("nextRunAt")).toString(),
                 QStringLiteral("2026-12-07T14:30:00Z"));
        const QString cid = QString::number(c.value(QStringLiteral("id")).toInteger());
        QCOMPARE(ctl({QStringLiteral("campaigns"), QStringLiteral("pause"), cid}).exitCode, 0);
        CtlResult resumed = ctl(
            {QStringLiteral("--json"), QStringLiteral("campaigns"), QStringLiteral("resume"), cid});
        QCOMPARE(resumed.json().object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("scheduled"));
        expectBadInput({QStringLiteral("campaigns"), QStringLiteral("resume"), cid},
                       QStringLiteral("not paused"));
        expectBadInput({QStringLiteral("campaigns"), QStringLiteral("add"),
                        QStringLiteral("--user"), id, QStringLiteral("--name"), QStringLiteral("X"),
                        QStringLiteral("--schedule"), QStringLiteral("once"),
                        QStringLiteral("--time"), QStringLiteral("25:00"),
                        QStringLiteral("--start"), QStringLiteral("2026-12-07")},
                       QStringLiteral("time: '25:00' is not a time"));
        expectBadInput({QStringLiteral("campaigns"), QStringLiteral("add"),
                        QStringLiteral("--user"), id, QStringLiteral("--name"), QStringLiteral("X"),
                        QStringLiteral("--schedule"), QStringLiteral("once")},
                       QStringLiteral("start: a one-time campaign needs a start date"));
        expectBadInput({QStringLiteral("campaigns"), QStringLiteral("add"),
                        QStringLiteral("--user"), id, QStringLiteral("--name"), QStringLiteral("X"),
                        QStringLiteral("--schedule"), QStringLiteral("daily"),
                        QStringLiteral("--start"), QStringLiteral("2026-12-07"),
                        QStringLiteral("--end"), QStringLiteral("2026-12-01")},
                       QStringLiteral("end: 2026-12-01 is before the start date"));
        QCOMPARE(ctl({QStringLiteral("--json"), QStringLiteral("campaigns"), QStringLiteral("list"),
                      QStringLiteral("--user"), id})
                     .json()
                     .array()
                     .size(),
                 1);
    }

    // SPEC §9: a template is checked when it is saved, so a typo is refused at once (exit 2,
    // one line naming the field and the variable) instead of stopping the campaign at send
    // time; nothing is stored and nothing is audited.
    void campaignsAddRefusesAnUnknownTemplateVariable() {
        const QString id = QString::number(addUser(QStringLiteral("t@example.test")));
        const QString body =
            writeFile(QStringLiteral("typo.txt"), "Hi {{frstName|there}},\nshort note.\n");
        const QStringList add{QStringLiteral("campaigns"),   QStringLiteral("add"),
                              QStringLiteral("--user"),      id,
                              QStringLiteral("--name"),      QStringLiteral("Typo"),
                              QStringLiteral("--schedule"),  QStringLiteral("daily"),
                              QStringLiteral("--subject"),   QStringLiteral("Quick question"),
                              QStringLiteral("--body-file"), body};
        expectBadInput(add, QStringLiteral("body: line 1: unknown variable 'frstName' (did you "
                                           "mean 'firstName'?)"));
        expectBadInput({QStringLiteral("campaigns"), QStringLiteral("add"),
                        QStringLiteral("--user"), id, QStringLiteral("--name"),
                        QStringLiteral("Typo"), QStringLiteral("--schedule"),
                        QStringLiteral("daily"), QStringLiteral("--subject"),
                        QStringLiteral("Hi {{frstName}}")},
                       QStringLiteral("subject: line 1: unknown variable 'frstName'"));
        QCOMPARE(ctl({QStringLiteral("--json"), QStringLiteral("campaigns"), QStringLiteral("list"),
                      QStringLiteral("--user"), id})
                     .json()
                     .array()
                     .size(),
                 0);
        const QJsonArray audit =
            ctl({QStringLiteral("--json"), QStringLiteral("audit")}).json().array();
        QCOMPARE(audit.size(), 1); // the user's own user.add
        QCOMPARE(audit.at(0).toObject().value(QStringLiteral("action")).toString(),
                 QStringLiteral("user.add"));
    }

    void leadsImportIsAllOrNothingUnlessSkipBad() {
        const QString a = QString::number(addUser(QStringLiteral("a@example.test")));
        const QString b = QString::number(addUser(QStringLiteral("b@example.test")));
        const QString file =
            writeFile(QStringLiteral("leads.csv"), "\xEF\xBB\xBF"
                                                   "email,firstName,lastName,company,title\r\n"
                                                   "one@x.test,One,\"Smith, Jr.\",Acme,CEO\r\n"
                                                   "broken,Two,T,Acme,CTO\r\n"
                                                   "\r\n"
                                                   "three@x.test,Three,T,\"Line\r\nBreak\",VP\r\n"
                                                   "ONE@x.test,Dup,D,Acme,CEO\r\n");
        CtlResult refused = ctl(
            {QStringLiteral("leads"), QStringLiteral("import"), QStringLiteral("--user"), a, file});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(
            refused.err.contains(QStringLiteral("line 3: 'broken' is not a valid email address")),
            qPrintable(refused.err));
        QVERIFY(refused.err.contains(QStringLiteral("nothing was imported")));
        QCOMPARE(ctl({QStringLiteral("--json"), QStringLiteral("leads"), QStringLiteral("list"),
                      QStringLiteral("--user"), a})
                     .json()
                     .array()
                     .size(),
                 0);

        CtlResult skipped =
            ctl({QStringLiteral("--json"), QStringLiteral("leads"), QStringLiteral("import"),
                 QStringLiteral("--user"), a, QStringLiteral("--skip-bad"), file});
        QVERIFY2(skipped.exitCode == 0, qPrintable(skipped.err));
        const QJsonObject summary = skipped.json().object();
        QCOMPARE(summary.value(QStringLiteral("imported")).toInt(), 2);
        QCOMPARE(summary.value(QStringLiteral("duplicates")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("skipped")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("errors"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("line"))
                     .toInt(),
                 3);
        // The same file for another user: separate leads.
        CtlResult forB =
            ctl({QStringLiteral("--json"), QStringLiteral("leads"), QStringLiteral("import"),
                 QStringLiteral("--user"), b, QStringLiteral("--skip-bad"), file});
        QCOMPARE(forB.json().object().value(QStringLiteral("imported")).toInt(), 2);
        const QJsonArray leadsA = ctl({QStringLiteral("--json"), QStringLiteral("leads"),
                                       QStringLiteral("list"), QStringLiteral("--user"), a})
                                      .json()
                                      .array();
        QCOMPARE(leadsA.size(), 2);
        QCOMPARE(leadsA.at(0).toObject().value(QStringLiteral("lastName")).toString(),
                 QStringLiteral("Smith, Jr."));
        QCOMPARE(leadsA.at(1).toObject().value(QStringLiteral("company")).toString(),
                 QStringLiteral("Line\nBreak"));

        const QString leadId =
            QString::number(leadsA.at(0).toObject().value(QStringLiteral("id")).toInteger());
        CtlResult marked = ctl({QStringLiteral("--json"), QStringLiteral("leads"),
                                QStringLiteral("mark"), leadId, QStringLiteral("unsubscribed")});
        QCOMPARE(marked.json().object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("unsubscribed"));
        QVERIFY(!marked.json().object().value(QStringLiteral("unsubscribedAt")).isNull());
        expectBadInput(
            {QStringLiteral("leads"), QStringLiteral("mark"), leadId, QStringLiteral("bounced")},
            QStringLiteral("status: 'bounced' is not replied, converted or unsubscribed"));
        expectBadInput({QStringLiteral("leads"), QStringLiteral("import"), QStringLiteral("--user"),
                        a, db->tempPath() + QStringLiteral("/missing.csv")},
                       QStringLiteral("file: cannot read"));
    }

    void reportAndQuotaCommands() {
        const QString a = QString::number(addUser(QStringLiteral("r@example.test")));
        const QString file =
            writeFile(QStringLiteral("r.csv"), "email,firstName,lastName,company,title\n"
                                               "x1@r.test,A,B,Acme,CEO\n"
                                               "x2@r.test,C,D,Acme,Intern\n");
        const QStringList at{QStringLiteral("--now"), QStringLiteral("2026-12-09T12:00:00Z")};
        QCOMPARE(ctl(at + QStringList{QStringLiteral("leads"), QStringLiteral("import"),
                                      QStringLiteral("--user"), a, file})
                     .exitCode,
                 0);
        CtlResult report =
            ctl(at + QStringList{QStringLiteral("--json"), QStringLiteral("report"),
                                 QStringLiteral("weekly"), QStringLiteral("--user"), a,
                                 QStringLiteral("--week"), QStringLiteral("2026-W50")});
        QVERIFY2(report.exitCode == 0, qPrintable(report.err));
        const QJsonObject r = report.json().object();
        QCOMPARE(r.value(QStringLiteral("stored")).toBool(), false);
        QCOMPARE(r.value(QStringLiteral("week")).toString(), QStringLiteral("2026-W50"));
        QCOMPARE(
            r.value(QStringLiteral("funnel")).toObject().value(QStringLiteral("generated")).toInt(),
            2);
        CtlResult quota = ctl(at + QStringList{QStringLiteral("--json"), QStringLiteral("quota")});
        QCOMPARE(quota.exitCode, 0);
        const QJsonArray users = quota.json().array();
        QCOMPARE(users.size(), 1);
        const QJsonArray items = users.at(0).toObject().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.last().toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("monthly-leads"));
        QCOMPARE(items.last().toObject().value(QStringLiteral("used")).toInt(), 2);
        expectBadInput({QStringLiteral("report"), QStringLiteral("weekly"),
                        QStringLiteral("--user"), a, QStringLiteral("--week"),
                        QStringLiteral("2026-W60")},
                       QStringLiteral("week: 2026 has no week 60"));
        expectBadInput({QStringLiteral("report"), QStringLiteral("weekly"),
                        QStringLiteral("--user"), QStringLiteral("404")},
                       QStringLiteral("user: no user with id 404"));
    }

    void tenThousandRowImport() {
        const QString a = QString::number(addUser(QStringLiteral("big@example.test")));
        QByteArray data = "email,firstName,lastName,company,title,score\n";
        for (int i = 0; i < 10000; ++i)
            data += QStringLiteral("p%1@bulk.test,F%1,L%1,Co %1,Head of Things,%2\n")
                        .arg(i)
                        .arg(i % 101)
                        .toUtf8();
        const QString file = writeFile(QStringLiteral("big.csv"), data);
        CtlResult r = ctl({QStringLiteral("--json"), QStringLiteral("leads"),
                           QStringLiteral("import"), QStringLiteral("--user"), a, file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json().object().value(QStringLiteral("imported")).toInt(), 10000);
        QCOMPARE(
            ctl({QStringLiteral("--json"), QStringLiteral("leads"), QStringLiteral("list"),
                 QStringLiteral("--user"), a, QStringLiteral("--limit"), QStringLiteral("20000")})
                .json()
                .array()
                .size(),
            10000);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
