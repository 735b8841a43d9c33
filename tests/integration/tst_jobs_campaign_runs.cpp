#include "JobWorld.h"
#include "jobs/StandardJobs.h"

#include <QtTest>

using namespace outreach;
using namespace outreach::test;

// What one-time and recurring campaigns and follow-ups do over days (SPEC §4 jobs 3-5, issue 5
// "Scheduling"): a one-time campaign runs once and completes when its mail is out; a recurring
// one advances nextRunAt, never runs past its end date and completes after it; follow-ups land
// on the right calendar days in the user's zone and never reach leads that replied, bounced,
// unsubscribed or are suppressed.
class TestJobsCampaignRuns : public QObject {
    Q_OBJECT

    static QDateTime utc(int month, int day, int hour, int minute = 0) {
        return QDateTime(QDate(2026, month, day), QTime(hour, minute), QTimeZone::utc());
    }

    static QStringList addresses(const QString& prefix, int n) {
        QStringList list;
        for (int i = 0; i < n; ++i)
            list << QStringLiteral("%1%2@leads.example").arg(prefix).arg(i);
        return list;
    }

    static qint64 addClient(JobWorld& world, const QString& name, const QString& zone) {
        const User user =
            world.addUser({.email = name + QStringLiteral("@agency.example"), .timeZone = zone});
        if (!user.id || !world.addMailbox(user.id, name, name + QStringLiteral("@client.example"),
                                          QStringLiteral("pw"), QStringLiteral("pw")))
            return 0;
        return user.id;
    }

    static qint64 initialsOf(JobWorld& world, qint64 userId, qint64 campaignId) {
        return world.scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE user_id = :u AND "
                                           "campaign_id = :c AND kind = 'initial'"),
                            {{QStringLiteral(":u"), userId}, {QStringLiteral(":c"), campaignId}});
    }

private Q_SLOTS:
    // A one-time campaign runs once, at its start date and time in the user's zone, and is
    // completed once its mail is out.
    void aOneTimeCampaignRunsOnceAndCompletes() {
        JobWorld world(utc(6, 10, 11, 58));
        const qint64 u = addClient(world, QStringLiteral("once"), QStringLiteral("Europe/Berlin"));
        QVERIFY(u);
        Campaign draft = JobWorld::campaign(QStringLiteral("Launch"), QStringLiteral("once"),
                                            QStringLiteral("14:00"), 3);
        draft.startDate = QStringLiteral("2026-06-10");
        const qint64 campaign = world.addCampaign(u, draft).id;
        world.addLeads(u, addresses(QStringLiteral("once"), 8), QList<int>(8, 80));
        QVERIFY(world.startEngine());

        QCOMPARE(world.run(StandardJobs::kScheduledCampaigns).items, qint64(0));
        world.setNow(utc(6, 10, 11, 59)); // 13:59 in Berlin
        QCOMPARE(world.run(StandardJobs::kScheduledCampaigns).items, qint64(0));
        world.setNow(utc(6, 10, 12, 0)); // 14:00 in Berlin
        QCOMPARE(world.run(StandardJobs::kScheduledCampaigns).items, qint64(3));
        Campaign after = world.campaignOf(u, campaign);
        QCOMPARE(after.status, QStringLiteral("active"));
        QVERIFY(!after.nextRunAt.has_value());
        QCOMPARE(after.lastRunAt.value_or(0) / 60000,
                 utc(6, 10, 12, 0).toMSecsSinceEpoch() / 60000);
        for (int minute = 1; minute <= 3; ++minute) {
            world.setNow(utc(6, 10, 12, minute));
            QCOMPARE(world.run(StandardJobs::kScheduledCampaigns).items, qint64(0));
        }
        world.setNow(utc(6, 11, 12, 0)); // the next day at the same time
        QCOMPARE(world.run(StandardJobs::kScheduledCampaigns).items, qint64(0));
        QCOMPARE(initialsOf(world, u, campaign), qint64(3));
        QCOMPARE(world.campaignOf(u, campaign).status, QStringLiteral("active"));

        // Its mail goes out; the send job finds nothing left and completes it.
        world.setNow(utc(6, 11, 12, 1));
        QCOMPARE(world.run(StandardJobs::kSendCampaignEmails).items, qint64(3));
        QCOMPARE(world.campaignOf(u, campaign).status, QStringLiteral("completed"));
        QCOMPARE(world.mailbox(u)->server->messages().size(), 3);
    }

    // A recurring campaign runs when nextRunAt comes, moves it on by its interval, does not
    // run past its end date and is completed after it.
    void aRecurringCampaignAdvancesAndCompletesAfterItsEndDate() {
        JobWorld world(utc(6, 1, 8));
        const qint64 u = addClient(world, QStringLiteral("every"), QStringLiteral("UTC"));
        QVERIFY(u);
        Campaign draft =
            JobWorld::campaign(QStringLiteral("Every other day"), QStringLiteral("recurring"),
                               QStringLiteral("09:00"), 2);
        draft.startDate = QStringLiteral("2026-06-01");
        draft.endDate = QStringLiteral("2026-06-06");
        draft.recurrenceDays = 2;
        draft.nextRunAt = utc(6, 1, 9).toMSecsSinceEpoch();
        const qint64 campaign = world.addCampaign(u, draft).id;
        world.addLeads(u, addresses(QStringLiteral("every"), 20), QList<int>(20, 75));
        QVERIFY(world.startEngine());

        QHash<int, qint64> queuedOn;
        QHash<int, std::optional<qint64>> nextAfter;
        for (int day = 1; day <= 8; ++day) {
            for (int hour : {8, 9, 10}) {
                world.setNow(utc(6, day, hour));
                const JobRun run = world.run(StandardJobs::kScheduledCampaigns);
                QCOMPARE(run.usersFailed, 0);
                queuedOn[day] += run.items;
                world.run(StandardJobs::kSendCampaignEmails);
            }
            nextAfter[day] = world.campaignOf(u, campaign).nextRunAt;
            if (day == 6)
                QCOMPARE(world.campaignOf(u, campaign).status, QStringLiteral("scheduled"));
        }
        for (int day = 1; day <= 8; ++day)
            QCOMPARE(queuedOn.value(day), qint64(day == 1 || day == 3 || day == 5 ? 2 : 0));
        QCOMPARE(nextAfter[1], std::optional<qint64>(utc(6, 3, 9).toMSecsSinceEpoch()));
        QCOMPARE(nextAfter[3], std::optional<qint64>(utc(6, 5, 9).toMSecsSinceEpoch()));
        QCOMPARE(nextAfter[5], std::optional<qint64>()); // 7 June is past the end
        QCOMPARE(world.campaignOf(u, campaign).status, QStringLiteral("completed"));
        QCOMPARE(world.mailbox(u)->server->messages().size(), 6);
    }

    // A recurring campaign whose runs were missed (engine off) runs once when it is back and
    // its next run lies in the future, not once per missed run.
    void missedRecurringRunsCatchUpOnce() {
        JobWorld world(utc(6, 9, 12));
        const qint64 u = addClient(world, QStringLiteral("late"), QStringLiteral("UTC"));
        QVERIFY(u);
        Campaign draft = JobWorld::campaign(
            QStringLiteral("Daily-ish"), QStringLiteral("recurring"), QStringLiteral("09:00"), 1);
        draft.startDate = QStringLiteral("2026-06-01");
        draft.recurrenceDays = 1;
        const qint64 campaign = world.addCampaign(u, draft).id;
        world.addLeads(u, addresses(QStringLiteral("late"), 10), QList<int>(10, 75));
        QVERIFY(world.startEngine());
        QCOMPARE(world.run(StandardJobs::kScheduledCampaigns).items, qint64(1));
        QCOMPARE(world.campaignOf(u, campaign).nextRunAt,
                 std::optional<qint64>(utc(6, 10, 9).toMSecsSinceEpoch()));
        world.setNow(utc(6, 9, 12, 1));
        QCOMPARE(world.run(StandardJobs::kScheduledCampaigns).items, qint64(0));
    }

    // Follow-ups land on the right calendar days in the user's zone and never reach leads that
    // replied, bounced, unsubscribed or are suppressed.
    void followUpsLandOnTheRightDaysAndSkipLeadsThatLeftTheSequence() {
        // Los Angeles (UTC-7 in June): the campaign writes at 09:00 there, 16:00 UTC.
        JobWorld world(utc(6, 8, 16));
        const qint64 u =
            addClient(world, QStringLiteral("la"), QStringLiteral("America/Los_Angeles"));
        QVERIFY(u);
        Campaign draft = JobWorld::campaign(QStringLiteral("Sequence"), QStringLiteral("daily"),
                                            QStringLiteral("09:00"), 20);
        draft.followUpEnabled = true;
        draft.followUp1DelayDays = 3;
        draft.followUp2DelayDays = 2;
        const qint64 campaign = world.addCampaign(u, draft).id;
        const QStringList names{QStringLiteral("steady"),  QStringLiteral("replier"),
                                QStringLiteral("bouncer"), QStringLiteral("leaver"),
                                QStringLiteral("blocked"), QStringLiteral("late-replier")};
        QStringList emails;
        for (const QString& n : names)
            emails << n + QStringLiteral("@leads.example");
        const QList<qint64> ids = world.addLeads(u, emails, QList<int>(names.size(), 85));
        QVERIFY(world.startEngine());
        QCOMPARE(world.run(StandardJobs::kDailyOutreach).items, qint64(6));
        world.setNow(utc(6, 8, 16, 1));
        QCOMPARE(world.run(StandardJobs::kSendCampaignEmails).items, qint64(6));

        const UserScope scope = world.scope(u);
        QVERIFY(scope.leads().markStatus(ids[1], QStringLiteral("replied")));
        QVERIFY(scope.leads().markStatus(ids[2], QStringLiteral("bounced")));
        QVERIFY(scope.leads().markStatus(ids[3], QStringLiteral("unsubscribed")));
        QVERIFY(scope.suppression().add(emails[4], QStringLiteral("unsubscribed by phone")));

        // The checker runs daily at 10:00 UTC (03:00 in Los Angeles).
        QHash<int, QStringList> queuedOn; // day of June -> "lead:kind"
        for (int day = 9; day <= 14; ++day) {
            world.setNow(utc(6, day, 10));
            const qint64 before =
                world.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM outbox"));
            const JobRun run = world.run(StandardJobs::kFollowUpChecker);
            QCOMPARE(run.usersFailed, 0);
            for (const OutboxMessage& row : world.outbox(u))
                if (row.id > before)
                    queuedOn[day] << names[ids.indexOf(*row.leadId)] + QLatin1Char(':') + row.kind;
            world.setNow(utc(6, day, 10, 1));
            world.run(StandardJobs::kSendCampaignEmails);
            if (day == 11) // the late replier answers follow-up 1
                QVERIFY(scope.leads().markStatus(ids[5], QStringLiteral("replied")));
        }
        // Sent Monday (local): follow-up 1 on Thursday, three days later, though only 66 hours
        // have passed; follow-up 2 two days after that, on Saturday.
        QCOMPARE(queuedOn.value(9), QStringList());
        QCOMPARE(queuedOn.value(10), QStringList());
        QCOMPARE(queuedOn.value(11), (QStringList{QStringLiteral("steady:followup1"),
                                                  QStringLiteral("late-replier:followup1")}));
        QCOMPARE(queuedOn.value(12), QStringList());
        QCOMPARE(queuedOn.value(13), QStringList{QStringLiteral("steady:followup2")});
        QCOMPARE(queuedOn.value(14), QStringList());
        // Nothing but the initial ever went to the leads that left the sequence.
        for (int i : {1, 2, 3, 4})
            QCOMPARE(world.scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE lead_id = :l"),
                                  {{QStringLiteral(":l"), ids[i]}}),
                     qint64(1));
        QCOMPARE(world.lead(u, ids[0]).status, QStringLiteral("followup2"));
        QCOMPARE(initialsOf(world, u, campaign), qint64(6));
    }
};

QTEST_GUILESS_MAIN(TestJobsCampaignRuns)
#include "tst_jobs_campaign_runs.moc"
