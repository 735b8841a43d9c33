// The job sweep benchmark (issue 5, SPEC §10): every job run once over a generated agency, as
// `outreachctl jobs run NAME` runs it (the engine's per-user runner, pacing 0, a frozen
// manual clock), timed, with the SQL statements it ran, overall and per user tier.
//
//   job_sweep_bench [--db URL] [--users 10000] [--leads 1000000]
//                   [--tiers 100000x1,10000x10,1000x100] [--jobs a,b,...] [--label TEXT]
//                   [--smtp-port PORT] [--explain-only]
//
// Without --db, a fresh SQLite file in a temporary folder. A given database must be empty.
// The data (see SweepSeeder) is written first, not timed into the jobs' figures. Mail goes to
// an SMTP sink on 127.0.0.1:PORT (run-job-sweep-bench.sh starts postfix's smtp-sink), or
// without --smtp-port to the agency's dry-run folder (`mail.dry-run-dir`, one fsynced .eml
// file per message). The SMTP path's throughput is measured by outbox_bench. Each user has a
// daily email quota of 12, so the sweep sends at most 12 emails per user.
//
// Prints Markdown: the query plans of the per-user hot queries for a user of the largest tier
// (full table scans flagged), then one row per job: users, seconds, ms and statements per
// user, items (leads inserted, emails queued or sent, reports), and ms / statements per user
// for each lead tier. On PostgreSQL also the rows the job read by sequential scans of the big
// tables (pg_stat_user_tables), per user.
#include "JobSweep.h"
#include "QueryPlanCheck.h"
#include "SweepSeeder.h"

#include "core/Clock.h"
#include "jobs/StandardJobs.h"
#include "store/Database.h"
#include "store/EngineSettingsRepository.h"
#include "store/Migrator.h"
#include "store/Sql.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>

#include <cstdio>

using namespace outreach;
using namespace outreach::bench;

namespace {

int fail(const QString& what) {
    std::fprintf(stderr, "job_sweep_bench: %s\n", qPrintable(what));
    return 1;
}

void out(const QString& line) {
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

QString number(double value, int decimals) {
    return QLocale(QLocale::English).toString(value, 'f', decimals);
}

// Rows read by sequential scans of the big tables, from PostgreSQL's statistics.
Result<QHash<QString, qint64>> seqRowsRead(const Database& database) {
    // Backends publish their counters when idle, at most a second late.
    QThread::msleep(1500);
    Result<QSqlDatabase> db = database.connection();
    if (!db)
        return db.error();
    Sql query(*db, QStringLiteral("SELECT relname, seq_tup_read FROM pg_stat_user_tables WHERE "
                                  "relname IN ('leads', 'outbox', 'campaigns', 'api_calls', "
                                  "'suppression', 'job_run_users', 'log_records')"));
    if (Status done = query.exec(); !done)
        return done.error();
    QHash<QString, qint64> rows;
    while (query.next())
        rows.insert(query.value(0).toString(), query.value(1).toLongLong());
    return rows;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("db"), QStringLiteral("database URL (empty database)"),
          QStringLiteral("URL")},
         {QStringLiteral("users"), QStringLiteral("users"), QStringLiteral("N"),
          QStringLiteral("10000")},
         {QStringLiteral("leads"), QStringLiteral("leads in all"), QStringLiteral("N"),
          QStringLiteral("1000000")},
         {QStringLiteral("tiers"), QStringLiteral("LEADSxUSERS,... before the rest"),
          QStringLiteral("LIST"), QStringLiteral("100000x1,10000x10,1000x100")},
         {QStringLiteral("jobs"), QStringLiteral("jobs to run, in order"), QStringLiteral("LIST")},
         {QStringLiteral("label"), QStringLiteral("a title for the tables"),
          QStringLiteral("TEXT")},
         {QStringLiteral("active"),
          QStringLiteral("only the first N users active (all tiers first); the rest paused, "
                         "which every run records as skipped"),
          QStringLiteral("N")},
         {QStringLiteral("smtp-port"),
          QStringLiteral("send to an SMTP sink on 127.0.0.1:PORT instead of .eml files"),
          QStringLiteral("PORT")},
         {QStringLiteral("explain-only"), QStringLiteral("seed, print the plans, stop")}});
    parser.process(app);

    QTemporaryDir dir;
    const QString url = parser.isSet(QStringLiteral("db"))
                            ? parser.value(QStringLiteral("db"))
                            : QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("sweep.db"));
    Result<DatabaseUrl> parsed = DatabaseUrl::parse(QStringLiteral("db"), url);
    if (!parsed)
        return fail(parsed.error().message);
    Database database(*parsed);
    if (Result<int> migrated = Migrator(database).migrate(); !migrated)
        return fail(migrated.error().message);

    Result<SweepSeeder::Layout> layout = SweepSeeder::layout(
        parser.value(QStringLiteral("users")).toLongLong(),
        parser.value(QStringLiteral("leads")).toLongLong(), parser.value(QStringLiteral("tiers")));
    if (!layout)
        return fail(layout.error().message);
    const bool toSink = parser.isSet(QStringLiteral("smtp-port"));
    if (toSink)
        layout->smtpPort = parser.value(QStringLiteral("smtp-port")).toInt();
    // A Monday at 09:00 UTC: the daily campaigns' hour, a week after the last full report week.
    ManualClock clock(QDateTime(QDate(2026, 12, 7), QTime(9, 0), QTimeZone::utc()));
    const QString backend =
        database.isPostgres() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite");
    const QString label = parser.value(QStringLiteral("label"));

    QElapsedTimer seedTimer;
    seedTimer.start();
    Result<SweepSeeder::Seeded> seeded = SweepSeeder(database, clock.nowMs()).seed(*layout);
    if (!seeded)
        return fail(seeded.error().message);
    const double seedSeconds = double(seedTimer.elapsed()) / 1000;

    // Tiers as the tables show them: the layout's groups, the rest's two halves as one.
    QStringList tierLabels;
    QList<int> groupTier;
    for (const SweepSeeder::Tier& tier : layout->tiers) {
        if (tierLabels.isEmpty() || tierLabels.last() != tier.label)
            tierLabels << tier.label;
        groupTier << int(tierLabels.size() - 1);
    }
    QList<qint64> groupEnd; // exclusive user index
    qint64 end = 0;
    for (const SweepSeeder::Tier& tier : layout->tiers)
        groupEnd << (end += tier.users);
    const qint64 firstUser = seeded->firstUserId;
    auto tierOf = [&](qint64 userId) {
        const qint64 index = userId - firstUser;
        for (qsizetype g = 0; g < groupEnd.size(); ++g)
            if (index < groupEnd[g])
                return groupTier[g];
        return -1;
    };

    out(QStringLiteral("#### %1%2: %3 users, %4 campaigns, %5 leads, %6 outbox rows")
            .arg(backend, label.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(label),
                 number(double(layout->users()), 0), number(double(seeded->campaigns), 0),
                 number(double(seeded->leads), 0), number(double(seeded->outbox), 0)));
    out(QString());
    out(QStringLiteral("Seeded in %1 s (%2).").arg(number(seedSeconds, 1), parsed->redacted()));
    out(QString());

    // The plans for a user of the first (largest) tier and one of their follow-up campaigns.
    {
        Result<QSqlDatabase> db = database.connection();
        if (!db)
            return fail(db.error().message);
        Sql ids(*db, QStringLiteral("SELECT s.id, l.id FROM sender_accounts s JOIN lead_sources l "
                                    "ON l.user_id = s.user_id WHERE s.user_id = :uid"));
        ids.bindInt(QStringLiteral(":uid"), firstUser);
        if (Status done = ids.exec(); !done || !ids.next())
            return fail(QStringLiteral("no sender account for the first user"));
        QueryPlanCheck::Subject subject{firstUser, seeded->firstCampaignId,
                                        ids.value(0).toLongLong(), ids.value(1).toLongLong(),
                                        clock.nowMs()};
        Result<QList<QueryPlanCheck::Plan>> plans = QueryPlanCheck(database).explain(subject);
        if (!plans)
            return fail(plans.error().message);
        int scans = 0;
        out(QStringLiteral("<details><summary>Query plans (%1, user %2: %3)</summary>\n")
                .arg(backend)
                .arg(firstUser)
                .arg(tierLabels.value(0)));
        out(QStringLiteral("```"));
        for (const QueryPlanCheck::Plan& plan : *plans) {
            out(plan.name + (plan.fullScans.isEmpty()
                                 ? QString()
                                 : QStringLiteral("   <-- FULL SCAN: %1")
                                       .arg(plan.fullScans.join(QStringLiteral(", ")))));
            for (const QString& step : plan.steps)
                out(QStringLiteral("    ") + step);
            scans += int(plan.fullScans.size());
        }
        out(QStringLiteral("```\n</details>\n"));
        out(QStringLiteral("Hot queries with a full table scan: %1.").arg(scans));
        out(QString());
    }
    if (parser.isSet(QStringLiteral("explain-only")))
        return 0;

    if (parser.isSet(QStringLiteral("active"))) {
        Result<QSqlDatabase> db = database.connection();
        if (!db)
            return fail(db.error().message);
        Sql pause(*db, QStringLiteral("UPDATE users SET status = 'paused' WHERE id >= :from"));
        pause.bindInt(QStringLiteral(":from"),
                      firstUser + parser.value(QStringLiteral("active")).toLongLong());
        if (Status done = pause.exec(); !done)
            return fail(done.error().message);
        out(QStringLiteral("Active users: the first %1 (every tier's users first); the other %2 "
                           "are paused and recorded as skipped by every run.")
                .arg(parser.value(QStringLiteral("active")))
                .arg(layout->users() - parser.value(QStringLiteral("active")).toLongLong()));
        out(QString());
    }
    QTemporaryDir mailDir;
    if (!toSink)
        if (Status set = EngineSettingsRepository(database, clock)
                             .setValue(QStringLiteral("mail.dry-run-dir"), mailDir.path());
            !set)
            return fail(set.error().message);

    QStringList jobs{StandardJobs::kDailyLeadGeneration, StandardJobs::kDailyOutreach,
                     StandardJobs::kScheduledCampaigns,  StandardJobs::kFollowUpChecker,
                     StandardJobs::kSendCampaignEmails,  StandardJobs::kApiPerformanceReport,
                     StandardJobs::kReplyChecker};
    if (parser.isSet(QStringLiteral("jobs")))
        jobs = parser.value(QStringLiteral("jobs")).split(QLatin1Char(','), Qt::SkipEmptyParts);

    JobSweep sweep(database, clock, tierOf, int(tierLabels.size()));
    if (Status started = sweep.start(); !started)
        return fail(started.error().message);

    QString header =
        QStringLiteral("| job | users run | skipped | s | ms/user | SQL/user | items |");
    QString rule = QStringLiteral("|---|---:|---:|---:|---:|---:|---:|");
    for (const QString& tier : std::as_const(tierLabels)) {
        header += QStringLiteral(" %1: ms, SQL per user |").arg(tier);
        rule += QStringLiteral("---:|");
    }
    if (database.isPostgres()) {
        header += QStringLiteral(" seq-scan rows/user |");
        rule += QStringLiteral("---:|");
    }
    out(header);
    out(rule);
    double total = 0;
    int failedUsers = 0;
    QStringList failures;
    for (const QString& job : std::as_const(jobs)) {
        QHash<QString, qint64> before;
        if (database.isPostgres()) {
            Result<QHash<QString, qint64>> rows = seqRowsRead(database);
            if (!rows)
                return fail(rows.error().message);
            before = *rows;
        }
        Result<JobSweep::Measured> m = sweep.run(job);
        if (!m)
            return fail(QStringLiteral("%1: %2").arg(job, m.error().message));
        total += m->seconds;
        failedUsers += m->run.usersFailed;
        // Per user that ran: a skipped user costs its outcome row only.
        const int ran = m->run.usersDone + m->run.usersFailed;
        const int users = qMax(1, ran);
        QString row =
            QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |")
                .arg(job, number(ran, 0), number(m->run.usersSkipped, 0), number(m->seconds, 1),
                     number(m->seconds * 1000 / users, 2), number(double(m->statements) / users, 1),
                     number(double(m->run.items), 0));
        for (const JobSweep::TierCost& tier : std::as_const(m->tiers)) {
            const int n = qMax(1, tier.users);
            row += QStringLiteral(" %1, %2 |")
                       .arg(number(tier.ms / n, 2), number(double(tier.statements) / n, 1));
        }
        if (database.isPostgres()) {
            Result<QHash<QString, qint64>> after = seqRowsRead(database);
            if (!after)
                return fail(after.error().message);
            qint64 read = 0;
            for (auto it = after->cbegin(); it != after->cend(); ++it)
                read += it.value() - before.value(it.key());
            row += QStringLiteral(" %1 |").arg(number(double(read) / users, 1));
        }
        out(row);
        if (m->run.usersFailed > 0) {
            Result<QSqlDatabase> db = database.connection();
            if (!db)
                return fail(db.error().message);
            Sql why(*db, QStringLiteral("SELECT user_id, error FROM job_run_users WHERE run_id = "
                                        ":run AND status = 'failed' ORDER BY user_id"));
            why.bindInt(QStringLiteral(":run"), m->run.id);
            if (Status done = why.exec(); !done)
                return fail(done.error().message);
            while (why.next())
                failures << QStringLiteral("%1, user %2: %3")
                                .arg(job, why.value(0).toString(), why.value(1).toString());
        }
    }
    sweep.stop();
    Result<QSqlDatabase> db = database.connection();
    if (!db)
        return fail(db.error().message);
    Sql sentToday(*db, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'sent' AND "
                                      "sent_at >= :start"));
    sentToday.bindInt(QStringLiteral(":start"), clock.nowMs() - 60 * 60 * 1000);
    Result<std::optional<QVariant>> sent = sentToday.execScalar();
    if (!sent)
        return fail(sent.error().message);
    out(QString());
    out(QStringLiteral("All jobs: %1 s; %2 users failed; %3 emails sent (%4).")
            .arg(number(total, 1))
            .arg(failedUsers)
            .arg(number(double(sent->value_or(QVariant(0)).toLongLong()), 0))
            .arg(toSink ? QStringLiteral("to smtp-sink on 127.0.0.1:%1")
                              .arg(parser.value(QStringLiteral("smtp-port")))
                        : QStringLiteral("as .eml files, mail.dry-run-dir")));
    for (const QString& failure : std::as_const(failures))
        out(QStringLiteral("- failed: %1").arg(failure));
    out(QString());
    return failedUsers == 0 ? 0 : 1;
}
