#include "SweepSeeder.h"

#include "store/Database.h"
#include "store/Sql.h"

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

namespace outreach::bench {
namespace {

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
constexpr int kCampaignsPerUser = 10;

} // namespace

qint64 SweepSeeder::Layout::users() const {
    qint64 n = 0;
    for (const Tier& tier : tiers)
        n += tier.users;
    return n;
}

qint64 SweepSeeder::Layout::leads() const {
    qint64 n = 0;
    for (const Tier& tier : tiers)
        n += qint64(tier.users) * tier.leadsPerUser;
    return n;
}

Result<SweepSeeder::Layout> SweepSeeder::layout(qint64 users, qint64 leads, const QString& tiers) {
    Layout layout;
    qint64 tierUsers = 0;
    qint64 tierLeads = 0;
    for (const QString& part : tiers.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList pair = part.split(QLatin1Char('x'));
        bool okLeads = false;
        bool okUsers = false;
        const int perUser = pair.value(0).toInt(&okLeads);
        const int count = pair.value(1).toInt(&okUsers);
        if (pair.size() != 2 || !okLeads || !okUsers || perUser < 0 || count < 1)
            return Error::badInput(QStringLiteral("tiers"),
                                   QStringLiteral("tiers: '%1' is not LEADSxUSERS").arg(part));
        layout.tiers.append({QStringLiteral("%1 leads").arg(perUser), count, perUser});
        tierUsers += count;
        tierLeads += qint64(perUser) * count;
    }
    const qint64 restUsers = users - tierUsers;
    const qint64 restLeads = leads - tierLeads;
    if (restUsers < 1 || restLeads < 0)
        return Error::badInput(QStringLiteral("tiers"),
                               QStringLiteral("tiers: the tiers leave no users or leads for the "
                                              "rest (%1 users, %2 leads)")
                                   .arg(restUsers)
                                   .arg(restLeads));
    const int base = int(restLeads / restUsers);
    const int extra = int(restLeads % restUsers);
    // The rest is one tier for the table; its users differ by at most one lead.
    const QString label = extra ? QStringLiteral("%1-%2 leads").arg(base).arg(base + 1)
                                : QStringLiteral("%1 leads").arg(base);
    if (extra)
        layout.tiers.append({label, extra, base + 1});
    layout.tiers.append({label, int(restUsers - extra), base});
    return layout;
}

SweepSeeder::SweepSeeder(const Database& database, qint64 nowMs)
    : m_database(database), m_now(nowMs) {}

QString SweepSeeder::series() const {
    // Bound as text-free integers; PostgreSQL needs the casts to type the parameters.
    return m_database.isPostgres()
               ? QStringLiteral("WITH seq(i) AS (SELECT generate_series(CAST(0 AS BIGINT), "
                                "CAST(:n AS BIGINT) - 1)) ")
               : QStringLiteral("WITH RECURSIVE seq(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM "
                                "seq WHERE i + 1 < :n) ");
}

Status SweepSeeder::exec(const QString& sql,
                         const QList<std::pair<QString, qint64>>& values) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql statement(*db, sql);
    for (const auto& [name, value] : values)
        statement.bindInt(name, value);
    return statement.exec();
}

Result<qint64> SweepSeeder::scalar(const QString& sql) const {
    Result<QSqlDatabase> db = m_database.connection();
    if (!db)
        return db.error();
    Sql statement(*db, sql);
    Result<std::optional<QVariant>> value = statement.execScalar();
    if (!value)
        return value.error();
    return value->value_or(QVariant(0)).toLongLong();
}

Result<SweepSeeder::Seeded> SweepSeeder::seed(const Layout& layout) const {
    Seeded seeded;
    Status done = m_database.transaction([&](QSqlDatabase&) -> Status {
        if (Status users = seedUsers(layout, seeded); !users)
            return users;
        if (Status campaigns = seedCampaigns(layout, seeded); !campaigns)
            return campaigns;
        if (Status leads = seedLeads(layout, seeded); !leads)
            return leads;
        return seedHistory(seeded);
    });
    if (!done)
        return done.error();
    if (m_database.isPostgres())
        // Autovacuum would analyze the new tables soon after such a load; a long-running
        // server is in that state, so the timed runs start from it.
        if (Status analyzed = exec(QStringLiteral("ANALYZE"), {}); !analyzed)
            return analyzed.error();
    return seeded;
}

Status SweepSeeder::seedUsers(const Layout& layout, Seeded& seeded) const {
    const QString insert =
        series() +
        QStringLiteral("INSERT INTO users (email, name, status, time_zone, daily_email_quota, "
                       "monthly_lead_quota, created_at, updated_at) SELECT 'u' || i || "
                       "'@bench.test', 'User ' || i, 'active', 'UTC', CAST(:quota AS BIGINT), "
                       "1000000, CAST(:t AS BIGINT), CAST(:t2 AS BIGINT) FROM seq ORDER BY i");
    if (Status done = exec(insert, {{QStringLiteral(":n"), layout.users()},
                                    {QStringLiteral(":quota"), layout.dailyEmailQuota},
                                    {QStringLiteral(":t"), m_now - 90 * kDayMs},
                                    {QStringLiteral(":t2"), m_now - 90 * kDayMs}});
        !done)
        return done;
    Result<qint64> first = scalar(QStringLiteral("SELECT MIN(id) FROM users"));
    if (!first)
        return first.error();
    seeded.firstUserId = *first;
    // Leads and campaigns are addressed by user number: the ids must follow the numbers.
    Result<qint64> misplaced =
        scalar(QStringLiteral("SELECT COUNT(*) FROM users WHERE email <> 'u' || (id - %1) || "
                              "'@bench.test'")
                   .arg(*first));
    if (!misplaced)
        return misplaced.error();
    if (*misplaced != 0)
        return Error::runtime(QStringLiteral("user ids do not follow the insert order"));
    const QString senders = QStringLiteral(
        "INSERT INTO sender_accounts (user_id, from_name, from_address, smtp_host, smtp_port, "
        "tls_mode, daily_cap, postal_address, created_at, updated_at) SELECT id, 'Sender ' || "
        "id, 'sender' || id || '@agency' || (id % 13) || '.test', '127.0.0.1', CAST(:port AS "
        "BIGINT), 'none', 0, 'Agency Ltd, 1 Harbour Street, Bristol', created_at, created_at "
        "FROM users");
    if (Status done = exec(senders, {{QStringLiteral(":port"), layout.smtpPort}}); !done)
        return done;
    const QString sources = QStringLiteral(
        "INSERT INTO lead_sources (user_id, kind, monthly_quota, cost_per_call, enabled, "
        "created_at, updated_at) SELECT id, 'sample', 1000, 0.01, 1, created_at, created_at "
        "FROM users");
    return exec(sources, {});
}

Status SweepSeeder::seedCampaigns(const Layout& layout, Seeded& seeded) const {
    const qint64 users = layout.users();
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_now, QTimeZone::utc()).date();
    const QString day = today.toString(Qt::ISODate);
    const QString lastWeek = today.addDays(-7).toString(Qt::ISODate);
    const QString inAQuarter = today.addDays(90).toString(Qt::ISODate);
    // c = i % 10 decides the campaign's kind (see the class comment). Dates are literals made
    // here, not input.
    const QString insert =
        series() +
        QStringLiteral(
            "INSERT INTO campaigns (user_id, name, status, schedule_type, schedule_time, "
            "start_date, end_date, recurrence_days, next_run_at, last_run_at, daily_limit, "
            "keywords, follow_up_enabled, follow_up1_delay_days, follow_up2_delay_days, subject, "
            "body_initial, body_followup1, body_followup2, created_at, updated_at) "
            "SELECT CAST(:first AS BIGINT) + i / 10, 'c' || i, "
            "CASE i % 10 WHEN 4 THEN 'scheduled' WHEN 7 THEN 'paused' WHEN 8 THEN 'completed' "
            "WHEN 9 THEN 'draft' ELSE 'active' END, "
            "CASE i % 10 WHEN 4 THEN 'once' WHEN 5 THEN 'recurring' WHEN 6 THEN 'recurring' "
            "WHEN 8 THEN 'once' WHEN 9 THEN 'manual' ELSE 'daily' END, "
            "CASE i % 10 WHEN 3 THEN '14:00' ELSE '09:00' END, "
            "CASE i % 10 WHEN 4 THEN '%1' WHEN 5 THEN '%2' WHEN 6 THEN '%2' WHEN 8 THEN '%2' "
            "ELSE NULL END, "
            "CASE i % 10 WHEN 5 THEN '%3' WHEN 6 THEN '%3' ELSE NULL END, "
            "CASE i % 10 WHEN 5 THEN 7 WHEN 6 THEN 7 ELSE 0 END, "
            "CASE i % 10 WHEN 5 THEN CAST(:due AS BIGINT) WHEN 6 THEN CAST(:later AS BIGINT) "
            "ELSE NULL END, "
            "CASE i % 10 WHEN 5 THEN CAST(:ran1 AS BIGINT) WHEN 6 THEN CAST(:ran2 AS BIGINT) "
            "WHEN 8 THEN CAST(:ran3 AS BIGINT) ELSE NULL END, "
            "CAST(:limit AS BIGINT), '', CASE WHEN i % 10 < 4 THEN 1 ELSE 0 END, 3, 4, "
            "'Quick question, {{firstName|there}}', "
            "'Hi {{firstName|there}},\nwould {{company|your team}} like more replies?\n"
            "{{senderName}}', "
            "'Hi {{firstName|there}}, just following up on my last note.\n{{senderName}}', "
            "'Hi {{firstName|there}}, one last note from me.\n{{senderName}}', "
            "CAST(:t AS BIGINT), CAST(:t2 AS BIGINT) FROM seq ORDER BY i")
            .arg(day, lastWeek, inAQuarter);
    if (Status done = exec(insert, {{QStringLiteral(":n"), users * kCampaignsPerUser},
                                    {QStringLiteral(":first"), seeded.firstUserId},
                                    {QStringLiteral(":due"), m_now - 60 * 60 * 1000},
                                    {QStringLiteral(":later"), m_now + 6 * kDayMs},
                                    {QStringLiteral(":ran1"), m_now - 7 * kDayMs},
                                    {QStringLiteral(":ran2"), m_now - kDayMs},
                                    {QStringLiteral(":ran3"), m_now - 7 * kDayMs},
                                    {QStringLiteral(":limit"), layout.campaignDailyLimit},
                                    {QStringLiteral(":t"), m_now - 60 * kDayMs},
                                    {QStringLiteral(":t2"), m_now - 60 * kDayMs}});
        !done)
        return done;
    Result<qint64> first = scalar(QStringLiteral("SELECT MIN(id) FROM campaigns"));
    if (!first)
        return first.error();
    Result<qint64> misplaced =
        scalar(QStringLiteral("SELECT COUNT(*) FROM campaigns WHERE name <> 'c' || (id - %1)")
                   .arg(*first));
    if (!misplaced)
        return misplaced.error();
    if (*misplaced != 0)
        return Error::runtime(QStringLiteral("campaign ids do not follow the insert order"));
    seeded.campaigns = users * kCampaignsPerUser;
    seeded.firstCampaignId = *first;
    return Status::success();
}

Status SweepSeeder::seedLeads(const Layout& layout, Seeded& seeded) const {
    // s = j % 20: 0-11 new (60%), 12-14 contacted, 15-16 follow-up 1, 17 follow-up 2,
    // 18 replied, 19 converted. Contacted leads belong to one of the four follow-up campaigns.
    const QString insert =
        series() +
        QStringLiteral(
            "INSERT INTO leads (user_id, campaign_id, email, first_name, last_name, company, "
            "title, source, score, status, created_at, updated_at, contacted_at, followup1_at, "
            "followup2_at, replied_at, converted_at) "
            "SELECT CAST(:ubase AS BIGINT) + u, "
            "CASE WHEN s < 12 THEN NULL ELSE CAST(:cbase AS BIGINT) + u * 10 + j % 4 END, "
            "'l' || j || '.u' || u || '@lead' || (j % 97) || '.test', 'Lead', 'N' || j, "
            "'Company ' || (j % 50), "
            "CASE j % 4 WHEN 0 THEN 'CEO' WHEN 1 THEN 'Head of Sales' WHEN 2 THEN 'Engineer' "
            "ELSE 'Analyst' END, 'bench', (j * 37) % 101, "
            "CASE WHEN s < 12 THEN 'new' WHEN s < 15 THEN 'contacted' WHEN s < 17 THEN "
            "'followup1' WHEN s = 17 THEN 'followup2' WHEN s = 18 THEN 'replied' ELSE "
            "'converted' END, "
            "CAST(:now AS BIGINT) - (j % 60 + 11) * 86400000 - (j % 1440) * 60000, "
            "CAST(:now2 AS BIGINT) - (j % 60 + 11) * 86400000 - (j % 1440) * 60000, "
            "CASE WHEN s < 12 THEN NULL ELSE CAST(:now3 AS BIGINT) - (j % 10 + 1) * 86400000 "
            "END, "
            "CASE WHEN s BETWEEN 15 AND 17 THEN CAST(:now4 AS BIGINT) - (j % 6 + 1) * "
            "86400000 ELSE NULL END, "
            "CASE WHEN s = 17 THEN CAST(:now5 AS BIGINT) - 86400000 ELSE NULL END, "
            "CASE WHEN s >= 18 THEN CAST(:now6 AS BIGINT) - 2 * 86400000 ELSE NULL END, "
            "CASE WHEN s = 19 THEN CAST(:now7 AS BIGINT) - 86400000 ELSE NULL END "
            "FROM (SELECT CAST(:ufirst AS BIGINT) + i / CAST(:m AS BIGINT) AS u, "
            "i % CAST(:m2 AS BIGINT) AS j, (i % CAST(:m3 AS BIGINT)) % 20 AS s FROM seq) x");
    qint64 userIndex = 0;
    for (const Tier& tier : layout.tiers) {
        const qint64 rows = qint64(tier.users) * tier.leadsPerUser;
        if (rows > 0) {
            QList<std::pair<QString, qint64>> values{
                {QStringLiteral(":n"), rows},
                {QStringLiteral(":ubase"), seeded.firstUserId},
                {QStringLiteral(":cbase"), seeded.firstCampaignId},
                {QStringLiteral(":ufirst"), userIndex},
                {QStringLiteral(":m"), tier.leadsPerUser},
                {QStringLiteral(":m2"), tier.leadsPerUser},
                {QStringLiteral(":m3"), tier.leadsPerUser}};
            for (const char* now : {":now", ":now2", ":now3", ":now4", ":now5", ":now6", ":now7"})
                values.append({QString::fromLatin1(now), m_now});
            if (Status done = exec(insert, values); !done)
                return done;
        }
        userIndex += tier.users;
    }
    Result<qint64> count = scalar(QStringLiteral("SELECT COUNT(*) FROM leads"));
    if (!count)
        return count.error();
    seeded.leads = *count;
    return Status::success();
}

Status SweepSeeder::seedHistory(Seeded& seeded) const {
    // Every lead past `new` had its initial email sent when it was contacted.
    const QString sent = QStringLiteral(
        "INSERT INTO outbox (user_id, campaign_id, lead_id, sender_account_id, kind, to_address, "
        "subject, body_text, scheduled_for, status, attempts, message_id, sent_at, "
        "idempotency_key, created_at, updated_at) SELECT l.user_id, l.campaign_id, l.id, s.id, "
        "'initial', l.email, 'Quick question', 'Hi', l.contacted_at, 'sent', 1, "
        "'<m' || l.id || '@agency.test>', l.contacted_at, 'step:' || l.user_id || ':' || l.id "
        "|| ':initial', l.contacted_at, l.contacted_at FROM leads l JOIN sender_accounts s ON "
        "s.user_id = l.user_id WHERE l.status <> 'new'");
    if (Status done = exec(sent, {}); !done)
        return done;
    const QString suppressed = QStringLiteral(
        "INSERT INTO suppression (user_id, email, reason, created_at) SELECT user_id, email, "
        "'unsubscribed', created_at FROM leads WHERE status = 'new' AND id % 97 = 0");
    if (Status done = exec(suppressed, {}); !done)
        return done;
    Result<qint64> outbox = scalar(QStringLiteral("SELECT COUNT(*) FROM outbox"));
    if (!outbox)
        return outbox.error();
    seeded.outbox = *outbox;
    Result<qint64> suppressions = scalar(QStringLiteral("SELECT COUNT(*) FROM suppression"));
    if (!suppressions)
        return suppressions.error();
    seeded.suppressed = *suppressions;
    return Status::success();
}

} // namespace outreach::bench
