// The outbox path end to end, timed: claim, build the message, send, mark sent, for
// USERS x PER_USER queued emails, each user with their own sender account on one server.
//
//   outbox_bench --host H --port P [--users 400] [--per-user 50] [--db URL]
//                [--connections 8] [--in-flight 1024] [--settle-batch 256]
//                [--seed-only | --seeded]
//
// Without --db, a fresh SQLite file in a temporary folder (WAL, the product's default).
// A given database must be empty: the schema is created and the data seeded first (not timed).
// --seed-only stops after seeding; --seeded skips it (a copy of a seeded database), so that a
// profiler sees the timed section alone.
// The timed section is one OutboxDelivery::deliverDue over all users, exactly what
// `outreachctl outbox drain` and the send-campaign-emails job run. Prints one line:
//   msgs_per_s=<x> sent=<n> failed=<n> seconds=<t> cpu_s=<c> cpu_us_per_msg=<u>
// (cpu_s: this process's user+system CPU during the timed section), and checks in the
// database that every row is `sent`.
#include "BenchMail.h"
#include "core/Clock.h"
#include "outbox/OutboxDelivery.h"
#include "store/Database.h"
#include "store/Migrator.h"
#include "store/Sql.h"
#include "store/UserRepository.h"
#include "store/UserScope.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

using namespace outreach;

namespace {

double cpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

int fail(const QString& what) {
    std::fprintf(stderr, "outbox_bench: %s\n", qPrintable(what));
    return 1;
}

Result<QList<User>> seed(const Database& database, const Clock& clock, const QString& host,
                         int port, int userCount, int perUser) {
    QList<User> users;
    const UserRepository repo(database, clock);
    for (int u = 0; u < userCount; ++u) {
        User draft;
        draft.email = QStringLiteral("client%1@agency.test").arg(u);
        draft.name = QStringLiteral("Client %1").arg(u);
        Result<User> user = repo.add(draft);
        if (!user)
            return user.error();
        users << *user;
        Status seeded = bench::queueUserMail(database, clock, user->id, u, host, port, perUser);
        if (!seeded)
            return seeded.error();
    }
    return users;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("host"), QStringLiteral("SMTP host"), QStringLiteral("H"),
          QStringLiteral("127.0.0.1")},
         {QStringLiteral("port"), QStringLiteral("SMTP port"), QStringLiteral("P")},
         {QStringLiteral("users"), QStringLiteral("users"), QStringLiteral("N"),
          QStringLiteral("400")},
         {QStringLiteral("per-user"), QStringLiteral("emails per user"), QStringLiteral("N"),
          QStringLiteral("50")},
         {QStringLiteral("db"), QStringLiteral("database URL"), QStringLiteral("URL")},
         {QStringLiteral("connections"), QStringLiteral("connections per server"),
          QStringLiteral("N"), QStringLiteral("8")},
         {QStringLiteral("in-flight"), QStringLiteral("messages out at once"), QStringLiteral("N"),
          QStringLiteral("1024")},
         {QStringLiteral("settle-batch"), QStringLiteral("results per write"), QStringLiteral("N"),
          QStringLiteral("256")},
         {QStringLiteral("seed-only"), QStringLiteral("seed, then stop")},
         {QStringLiteral("seeded"), QStringLiteral("the database is seeded")}});
    parser.process(app);
    if (!parser.isSet(QStringLiteral("port")))
        return fail(QStringLiteral("--port is required"));

    QTemporaryDir dir;
    const QString url = parser.isSet(QStringLiteral("db"))
                            ? parser.value(QStringLiteral("db"))
                            : QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("bench.db"));
    Result<DatabaseUrl> parsed = DatabaseUrl::parse(QStringLiteral("db"), url);
    if (!parsed)
        return fail(parsed.error().message);
    Database database(*parsed);
    if (Result<int> migrated = Migrator(database).migrate(); !migrated)
        return fail(migrated.error().message);
    const SystemClock clock;
    const int userCount = parser.value(QStringLiteral("users")).toInt();
    const int perUser = parser.value(QStringLiteral("per-user")).toInt();
    QElapsedTimer setup;
    setup.start();
    Result<QList<User>> users =
        parser.isSet(QStringLiteral("seeded"))
            ? UserRepository(database, clock).list()
            : seed(database, clock, parser.value(QStringLiteral("host")),
                   parser.value(QStringLiteral("port")).toInt(), userCount, perUser);
    if (!users)
        return fail(users.error().message);
    std::fprintf(stderr, "# %d users x %d queued emails ready in %.1f s (%s)\n", userCount, perUser,
                 double(setup.elapsed()) / 1000, qPrintable(parsed->redacted()));
    if (parser.isSet(QStringLiteral("seed-only")))
        return 0;

    DeliveryPolicy policy;
    policy.perUserLimit = perUser;
    policy.connectionsPerServer = parser.value(QStringLiteral("connections")).toInt();
    policy.maxInFlight = parser.value(QStringLiteral("in-flight")).toInt();
    policy.settleBatch = parser.value(QStringLiteral("settle-batch")).toInt();
    policy.ehloName = QStringLiteral("bench.agency.test");

    const double cpu0 = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    Result<DeliveryReport> report = OutboxDelivery::deliverDue(database, clock, policy, *users);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpu0;
    if (!report)
        return fail(report.error().message);
    const UserDelivery total = report->totals();
    for (const QString& problem : total.problems)
        std::fprintf(stderr, "# problem: %s\n", qPrintable(problem));

    Sql check(
        *database.connection(),
        QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'sent' AND message_id <> ''"));
    Result<std::optional<QVariant>> sentRows = check.execScalar();
    const qint64 stored = sentRows && sentRows->has_value() ? (*sentRows)->toLongLong() : -1;
    const int failed = userCount * perUser - total.sent;
    std::printf("msgs_per_s=%.1f sent=%d failed=%d seconds=%.3f cpu_s=%.2f cpu_us_per_msg=%.1f "
                "rows_sent=%lld\n",
                total.sent / seconds, total.sent, failed, seconds, cpu,
                total.sent > 0 ? cpu * 1e6 / total.sent : 0.0, static_cast<long long>(stored));
    return failed == 0 && stored == total.sent ? 0 : 1;
}
