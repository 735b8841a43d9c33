#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

namespace outreach {
class Database;
}

namespace outreach::bench {

// The job sweep's data set, written with a handful of bulk INSERT ... SELECT statements over a
// generated series (SQLite: a recursive CTE; PostgreSQL: generate_series), never row by row:
// a million leads take seconds, not hours.
//
// Per user: one sender account, one enabled `sample` lead source, ten campaigns (three daily
// campaigns and one one-time campaign at 09:00 in the user's zone, one recurring campaign
// due now, one daily campaign at another hour, one recurring campaign not due, one paused,
// one completed, one draft), leads in the user's tier (60% new, the rest contacted at some
// step days ago, each with its sent initial email in the outbox), and about 1% of the new
// leads suppressed. Users are numbered in tier order, largest tiers first.
class SweepSeeder {
public:
    struct Tier {
        QString label;
        int users = 0;
        int leadsPerUser = 0;
    };
    struct Layout {
        QList<Tier> tiers; // users and leads per user, in user order
        int dailyEmailQuota = 12;
        int campaignDailyLimit = 2;
        int smtpPort = 25; // the sender accounts' server, on 127.0.0.1
        qint64 users() const;
        qint64 leads() const;
    };
    struct Seeded {
        qint64 firstUserId = 0;
        qint64 firstCampaignId = 0;
        qint64 campaigns = 0;
        qint64 leads = 0;
        qint64 outbox = 0;
        qint64 suppressed = 0;
    };

    // `users` users and `leads` leads: the named tiers (e.g. 100000x1,10000x10,1000x100, as
    // leads-per-user x users) first, the rest of the leads spread evenly over the other users.
    static Result<Layout> layout(qint64 users, qint64 leads, const QString& tiers);

    SweepSeeder(const Database& database, qint64 nowMs);
    Result<Seeded> seed(const Layout& layout) const;

private:
    Status exec(const QString& sql, const QList<std::pair<QString, qint64>>& values) const;
    Result<qint64> scalar(const QString& sql) const;
    QString series() const; // a CTE named seq(i) with i from 0 to :n - 1
    Status seedUsers(const Layout& layout, Seeded& seeded) const;
    Status seedCampaigns(const Layout& layout, Seeded& seeded) const;
    Status seedLeads(const Layout& layout, Seeded& seeded) const;
    Status seedHistory(Seeded& seeded) const;

    const Database& m_database;
    qint64 m_now;
};

} // namespace outreach::bench
