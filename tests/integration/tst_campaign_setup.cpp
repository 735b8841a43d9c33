#include "TestDatabase.h"
#include "admin/CampaignSetup.h"
#include "admin/LeadCsvImport.h"
#include "core/Clock.h"
#include "store/Sql.h"
#include "store/UserRepository.h"
#include "store/UserScope.h"

#include <QtTest>

using namespace outreach;
using outreach::test::TestDatabase;

// The audited campaign and import changes the console's Campaigns page makes (and outreachctl
// shares): the engine's rules decide, a refused change stores nothing and audits nothing, and
// a change never reaches another user's rows.
class TestCampaignSetup : public QObject {
    Q_OBJECT

    ManualClock clock{QDateTime(QDate(2026, 6, 10), QTime(9, 0), QTimeZone::utc())};

    qint64 addUser(Database& db, const QString& email) {
        User u;
        u.email = email;
        u.name = email.section(QLatin1Char('@'), 0, 0);
        u.timeZone = QStringLiteral("America/New_York");
        return UserRepository(db, clock).add(u)->id;
    }

    static qint64 count(Database& db, const QString& sql) {
        Sql query(*db.connection(), sql);
        Result<std::optional<QVariant>> value = query.execScalar();
        return value && value->has_value() ? (*value)->toLongLong() : -1;
    }

    static Campaign once() {
        Campaign c;
        c.name = QStringLiteral("Launch");
        c.scheduleType = QStringLiteral("once");
        c.scheduleTime = QStringLiteral("08:15");
        c.startDate = QStringLiteral("2026-07-01");
        c.subject = QStringLiteral("Hi {{firstName|there}}");
        c.bodyInitial = QStringLiteral("Hello {{company|your team}}");
        return c;
    }

private Q_SLOTS:
    void addAppliesTheRulesAndAudits() {
        auto test = TestDatabase::create();
        Database& db = test->database();
        const qint64 user = addUser(db, QStringLiteral("a@a.example"));

        Campaign badTime = once();
        badTime.scheduleTime = QStringLiteral("25:00");
        Result<Campaign> refused = CampaignSetup::add(db, clock, user, badTime);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("time"));
        Campaign badBody = once();
        badBody.bodyFollowUp1 = QStringLiteral("Still there, {{firstname}}?");
        refused = CampaignSetup::add(db, clock, user, badBody);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("followup1-body"));
        QVERIFY(refused.error().message.contains(QLatin1String("did you mean 'firstName'")));
        Campaign noSubject = once();
        noSubject.subject.clear();
        refused = CampaignSetup::add(db, clock, user, noSubject);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("subject"));
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM campaigns")), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), 0);

        Result<Campaign> added = CampaignSetup::add(db, clock, user, once());
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        QCOMPARE(added->status, QStringLiteral("scheduled"));
        // 08:15 in New York (summer time) is 12:15 UTC.
        QCOMPARE(added->nextRunAt.value_or(0),
                 QDateTime(QDate(2026, 7, 1), QTime(12, 15), QTimeZone::utc()).toMSecsSinceEpoch());
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                          "'campaign.add' AND target_id = '%1'")
                               .arg(added->id)),
                 1);
    }

    void updateKeepsWhatTheEngineOwns() {
        auto test = TestDatabase::create();
        Database& db = test->database();
        const qint64 anna = addUser(db, QStringLiteral("anna@a.example"));
        const qint64 bob = addUser(db, QStringLiteral("bob@b.example"));
        Campaign c = *CampaignSetup::add(db, clock, anna, once());
        QVERIFY(CampaignSetup::setPaused(db, clock, anna, c.id, true, QString()));

        Campaign edited = c;
        edited.dailyLimit = 7;
        Result<Campaign> stored = CampaignSetup::update(db, clock, anna, edited);
        QVERIFY(stored);
        QCOMPARE(stored->status,
                 QStringLiteral("paused")); // a pause is the admin's, not the form's
        QCOMPARE(stored->nextRunAt, c.nextRunAt);
        QCOMPARE(stored->dailyLimit, 7);
        edited.startDate = QStringLiteral("2026-07-02");
        stored = CampaignSetup::update(db, clock, anna, edited);
        QVERIFY(stored);
        QCOMPARE(*stored->nextRunAt - *c.nextRunAt, qint64(24 * 3600 * 1000));

        // Bob cannot change Anna's campaign through his scope; nothing is audited for it.
        const qint64 audits = count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        edited.name = QStringLiteral("Hijacked");
        Result<Campaign> foreign = CampaignSetup::update(db, clock, bob, edited);
        QVERIFY(!foreign);
        QCOMPARE(foreign.error().field, QStringLiteral("campaign"));
        QVERIFY(!CampaignSetup::setPaused(db, clock, bob, c.id, false, QString()));
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM campaigns WHERE name = "
                                          "'Hijacked'")),
                 0);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), audits);

        // Resume goes back to scheduled (it has a next run); resuming twice is refused.
        Result<Campaign> resumed = CampaignSetup::setPaused(db, clock, anna, c.id, false, {});
        QVERIFY(resumed);
        QCOMPARE(resumed->status, QStringLiteral("scheduled"));
        Result<Campaign> again = CampaignSetup::setPaused(db, clock, anna, c.id, false, {});
        QVERIFY(!again);
        QVERIFY(again.error().message.contains(QLatin1String("not paused")));
    }

    void importFollowsTheCliRules() {
        auto test = TestDatabase::create();
        Database& db = test->database();
        const qint64 anna = addUser(db, QStringLiteral("anna@a.example"));
        const qint64 bob = addUser(db, QStringLiteral("bob@b.example"));
        const qint64 bobsCampaign = CampaignSetup::add(db, clock, bob, once())->id;
        const QByteArray csv = "email,firstName,lastName,company,title\n"
                               "ann@a.example,Ann,A,A Co,CEO\n"
                               "broken,B,B,B Co,CTO\n";
        const LeadCsvParser::Parsed parsed = *LeadCsvParser::parse(csv);
        const qint64 audits = count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));

        Result<LeadCsvImport::Outcome> refused = LeadCsvImport::run(
            db, clock, anna, std::nullopt, parsed, QStringLiteral("f.csv"), false);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.startsWith(QLatin1String("line 3: ")),
                 qPrintable(refused.error().message));
        // Another user's campaign: refused inside the transaction, so no audit entry either.
        refused = LeadCsvImport::run(db, clock, anna, bobsCampaign, parsed, QStringLiteral("f.csv"),
                                     true);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("campaign"));
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM leads")), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), audits);

        Result<LeadCsvImport::Outcome> done = LeadCsvImport::run(
            db, clock, anna, std::nullopt, parsed, QStringLiteral("f.csv"), true);
        QVERIFY(done);
        QCOMPARE(done->inserted, 1);
        QCOMPARE(done->skipped, 1);
        // Scored by the user's rules: a complete C-level lead scores 90.
        QCOMPARE(count(db, QStringLiteral("SELECT score FROM leads WHERE email = "
                                          "'ann@a.example'")),
                 90);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                          "'leads.import'")),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestCampaignSetup)
#include "tst_campaign_setup.moc"
