#include "TestDatabase.h"
#include "core/Clock.h"
#include "store/AdminOwnershipRepository.h"
#include "store/AuditRepository.h"
#include "store/Migrator.h"
#include "store/Sql.h"
#include "store/UserRepository.h"
#include "store/UserScope.h"

#include <QThread>
#include <QtTest>

using namespace outreach;
using outreach::test::TestDatabase;

class TestStore : public QObject {
    Q_OBJECT

    ManualClock clock{QDateTime(QDate(2026, 12, 4), QTime(9, 0), QTimeZone::utc())};

    static User userDraft(const QString& email) {
        User u;
        u.email = email;
        u.name = email.section(QLatin1Char('@'), 0, 0);
        u.timeZone = QStringLiteral("Europe/Berlin");
        return u;
    }

    static QList<Lead> leadsFor(const QStringList& emails) {
        QList<Lead> leads;
        for (const QString& e : emails) {
            Lead l;
            l.email = e;
            l.firstName = QStringLiteral("F");
            l.score = 70;
            leads.append(l);
        }
        return leads;
    }

private Q_SLOTS:
    void migrationIsIdempotent() {
        auto test = TestDatabase::create(false);
        Migrator migrator(test->database());
        Result<int> first = migrator.migrate();
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
        QCOMPARE(*first, int(Migrator::bundledMigrations().size()));
        Result<int> second = migrator.migrate();
        QVERIFY(second.ok());
        QCOMPARE(*second, 0);
        QVERIFY(migrator.verifyCurrent().ok());
    }

    // A migration numbered below one already applied (merged from a parallel branch) still runs.
    void migrationsAreASetNotAHighWaterMark() {
        auto test = TestDatabase::create(false);
        QList<Migrator::Migration> all = Migrator::bundledMigrations();
        QList<Migrator::Migration> extra = all;
        extra.append(
            {900, QStringLiteral("late_a"), QStringLiteral("CREATE TABLE late_a (id INTEGER);\n")});
        extra.append(
            {902, QStringLiteral("late_c"), QStringLiteral("CREATE TABLE late_c (id INTEGER);\n")});
        QVERIFY(Migrator(test->database()).migrate(extra).ok());
        extra.insert(extra.size() - 1, {901, QStringLiteral("late_b"),
                                        QStringLiteral("CREATE TABLE late_b (id INTEGER);\n")});
        Result<int> again = Migrator(test->database()).migrate(extra);
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
        QCOMPARE(*again, 1);
        Result<QSqlDatabase> db = test->database().connection();
        Sql probe(*db, QStringLiteral("SELECT COUNT(*) FROM late_b"));
        QVERIFY(probe.exec().ok());
    }

    void uninitialisedDatabaseIsReported() {
        auto test = TestDatabase::create(false);
        Status current = Migrator(test->database()).verifyCurrent();
        QVERIFY(!current.ok());
        QVERIFY(current.error().message.contains(QStringLiteral("outreachctl init")));
    }

    void newerDatabaseIsRefused() {
        auto test = TestDatabase::create(true);
        Result<QSqlDatabase> db = test->database().connection();
        QVERIFY(db.ok());
        Sql bump(*db, QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) "
                                     "VALUES (999, 'from the future', 0)"));
        QVERIFY(bump.exec().ok());
        Result<int> again = Migrator(test->database()).migrate();
        QVERIFY(!again.ok());
        QVERIFY2(again.error().message.contains(QStringLiteral("newer than this program")),
                 qPrintable(again.error().message));
        QVERIFY(!Migrator(test->database()).verifyCurrent().ok());
    }

    void failedMigrationLeavesTheDatabaseAsItWas() {
        auto test = TestDatabase::create(true);
        QList<Migrator::Migration> migrations = Migrator::bundledMigrations();
        const int before = Migrator::latestVersion();
        migrations.append({before + 1, QStringLiteral("broken"),
                           QStringLiteral("CREATE TABLE half_done (id INTEGER);\n"
                                          "ALTER TABLE no_such_table ADD COLUMN x INTEGER;\n")});
        Result<int> outcome = Migrator(test->database()).migrate(migrations);
        QVERIFY(!outcome.ok());
        QVERIFY(outcome.error().message.contains(QStringLiteral("migration %1").arg(before + 1)));
        QCOMPARE(*Migrator(test->database()).currentVersion(), before);
        // The first statement of the failed migration was rolled back with it.
        Result<QSqlDatabase> db = test->database().connection();
        Sql probe(*db, QStringLiteral("SELECT COUNT(*) FROM half_done"));
        QVERIFY(!probe.exec().ok());
    }

    void usersRoundTripAndValidation() {
        auto test = TestDatabase::create();
        UserRepository users(test->database(), clock);
        Result<User> added = users.add(userDraft(QStringLiteral("Ann@Example.test")));
        QVERIFY(added.ok());
        QCOMPARE(added->email, QStringLiteral("ann@example.test"));
        QCOMPARE(added->timeZone, QStringLiteral("Europe/Berlin"));
        QCOMPARE(added->createdAt, clock.nowMs());
        Result<User> duplicate = users.add(userDraft(QStringLiteral("ann@example.test")));
        QVERIFY(!duplicate.ok());
        QCOMPARE(duplicate.error().field, QStringLiteral("email"));
        User badZone = userDraft(QStringLiteral("z@example.test"));
        badZone.timeZone = QStringLiteral("Mars/Olympus");
        Result<User> refused = users.add(badZone);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("tz"));
        QCOMPARE(users.list()->size(), 1); // nothing else changed
        QVERIFY(users.setStatus(added->id, QStringLiteral("paused")).ok());
        QCOMPARE(users.listActive()->size(), 0);
        QCOMPARE(users.find(9999).error().kind, Error::Kind::NotFound);
    }

    // Three users whose data overlap: same lead addresses, same campaign names. Every scoped
    // call must see and change only its own user's rows.
    void scopesIsolateUsers() {
        auto test = TestDatabase::create();
        UserRepository users(test->database(), clock);
        QList<qint64> ids;
        for (const QString& email :
             {QStringLiteral("a@agency.test"), QStringLiteral("b@agency.test"),
              QStringLiteral("c@agency.test")})
            ids.append(users.add(userDraft(email))->id);
        const QStringList shared{QStringLiteral("lead1@x.test"), QStringLiteral("lead2@x.test")};
        QHash<qint64, qint64> campaignOf;
        for (qint64 id : ids) {
            UserScope scope = *UserScope::open(test->database(), clock, id);
            Campaign c;
            c.name = QStringLiteral("Spring");
            Result<Campaign> added = scope.campaigns().add(c);
            QVERIFY(added.ok());
            QCOMPARE(added->userId, id);
            campaignOf.insert(id, added->id);
            auto outcome =
                scope.leads().insertMany(leadsFor(shared), added->id, QStringLiteral("csv"));
            QVERIFY(outcome.ok());
            QCOMPARE(outcome->inserted, 2); // same addresses as other users: still new for this one
            scope.senders().add(SenderAccount{}).value();
            scope.sources().add(LeadSource{.kind = QStringLiteral("sample")}).value();
        }
        const qint64 a = ids[0], b = ids[1], c = ids[2];
        UserScope scopeA = *UserScope::open(test->database(), clock, a);
        UserScope scopeB = *UserScope::open(test->database(), clock, b);

        // Reads return only the scope's rows.
        QCOMPARE(scopeA.campaigns().list()->size(), 1);
        QCOMPARE(scopeA.leads().list()->size(), 2);
        const QList<Lead> leadsOfA = *scopeA.leads().list();
        for (const Lead& l : leadsOfA)
            QCOMPARE(l.userId, a);
        QCOMPARE(scopeA.senders().list()->size(), 1);
        QCOMPARE(scopeA.sources().list()->size(), 1);

        // Another user's ids are invisible and unchangeable through this scope.
        QCOMPARE(scopeA.campaigns().find(campaignOf[b]).error().kind, Error::Kind::NotFound);
        Campaign foreign = *scopeB.campaigns().find(campaignOf[b]);
        foreign.name = QStringLiteral("hijacked");
        QCOMPARE(scopeA.campaigns().update(foreign).error().kind, Error::Kind::NotFound);
        QCOMPARE(scopeB.campaigns().find(campaignOf[b])->name, QStringLiteral("Spring"));
        const qint64 leadOfB = scopeB.leads().list()->first().id;
        QCOMPARE(scopeA.leads().find(leadOfB).error().kind, Error::Kind::NotFound);
        QCOMPARE(scopeA.leads().markStatus(leadOfB, QStringLiteral("replied")).error().kind,
                 Error::Kind::NotFound);
        QCOMPARE(scopeB.leads().find(leadOfB)->status, QStringLiteral("new"));
        // Leads cannot be attached to another user's campaign.
        auto attach = scopeA.leads().insertMany(leadsFor({QStringLiteral("new@x.test")}),
                                                campaignOf[c], QStringLiteral("csv"));
        QCOMPARE(attach.error().kind, Error::Kind::NotFound);
        QCOMPARE(scopeA.leads().count().value(), 2);
        // Per-(campaign, job) state is scoped too.
        QCOMPARE(scopeA.campaigns()
                     .recordRun(campaignOf[b], QStringLiteral("daily-outreach"), 1)
                     .error()
                     .kind,
                 Error::Kind::NotFound);
        // Suppressing an address for A does not suppress it for B.
        QVERIFY(scopeA.suppression()
                    .add(QStringLiteral("Lead1@x.test"), QStringLiteral("bounced"))
                    .ok());
        QVERIFY(*scopeA.suppression().isSuppressed(QStringLiteral("lead1@x.test")));
        QVERIFY(!*scopeB.suppression().isSuppressed(QStringLiteral("lead1@x.test")));
        // Admin ownership lookups say who owns what, without exposing the row.
        QCOMPARE(*AdminOwnershipRepository(test->database()).ownerOfLead(leadOfB), b);
    }

    void dedupeIsPerUserAndCaseInsensitive() {
        auto test = TestDatabase::create();
        UserRepository users(test->database(), clock);
        const qint64 a = users.add(userDraft(QStringLiteral("a@agency.test")))->id;
        UserScope scope = *UserScope::open(test->database(), clock, a);
        auto first = scope.leads().insertMany(
            leadsFor({QStringLiteral("x@y.test"), QStringLiteral("X@Y.test")}), {},
            QStringLiteral("csv"));
        QCOMPARE(first->inserted, 1);
        QCOMPARE(first->duplicates, 1);
        auto second = scope.leads().insertMany(leadsFor({QStringLiteral("x@y.test")}), {},
                                               QStringLiteral("csv"));
        QCOMPARE(second->inserted, 0);
        QCOMPARE(scope.leads().count().value(), 1);
    }

    void perCampaignJobStateIsSeparate() {
        auto test = TestDatabase::create();
        const qint64 a =
            UserRepository(test->database(), clock).add(userDraft(QStringLiteral("a@a.test")))->id;
        UserScope scope = *UserScope::open(test->database(), clock, a);
        Campaign c;
        c.name = QStringLiteral("C");
        const qint64 id = scope.campaigns().add(c)->id;
        QVERIFY(
            scope.campaigns().recordRun(id, QStringLiteral("daily-lead-generation"), 1000).ok());
        QVERIFY(
            scope.campaigns().recordRun(id, QStringLiteral("daily-lead-generation"), 2000).ok());
        QCOMPARE(scope.campaigns().lastRunOf(id, QStringLiteral("daily-lead-generation"))->value(),
                 2000);
        QVERIFY(!scope.campaigns().lastRunOf(id, QStringLiteral("daily-outreach"))->has_value());
    }

    void auditKeepsActorReasonAndOrder() {
        auto test = TestDatabase::create();
        AuditRepository audit(test->database(), clock);
        QVERIFY(audit
                    .record({.action = QStringLiteral("user.pause"),
                             .targetType = QStringLiteral("user"),
                             .targetId = QStringLiteral("1"),
                             .reason = QStringLiteral("client asked")})
                    .ok());
        clock.advanceMs(1000);
        QVERIFY(audit
                    .record({.action = QStringLiteral("user.resume"),
                             .targetType = QStringLiteral("user"),
                             .targetId = QStringLiteral("1")})
                    .ok());
        auto entries = audit.latest(10);
        QCOMPARE(entries->size(), 2);
        QCOMPARE(entries->at(0).action, QStringLiteral("user.resume"));
        QCOMPARE(entries->at(1).reason, QStringLiteral("client asked"));
        QVERIFY(entries->at(1).actor.contains(QLatin1Char('@')));
    }

    // Each thread gets its own connection; writes from a worker are visible to this thread.
    void connectionPerThread() {
        auto test = TestDatabase::create();
        Database& database = test->database();
        QString workerConnection;
        QThread* worker = QThread::create([&] {
            UserRepository(database, clock).add(userDraft(QStringLiteral("t@t.test"))).value();
            workerConnection = database.connection()->connectionName();
            database.closeThreadConnection();
        });
        worker->start();
        QVERIFY(worker->wait(30000));
        delete worker;
        QVERIFY(!workerConnection.isEmpty());
        QVERIFY(workerConnection != database.connection()->connectionName());
        QCOMPARE(UserRepository(database, clock).list()->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
