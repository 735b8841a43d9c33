// Console responsiveness under load (issue 6), not a test: the real console window over a real
// engine on its thread, while the engine sends USERS x PER_USER queued emails (the
// send-campaign-emails job, run again until every message is sent) to an SMTP server and a
// second thread writes LOG_RECORDS log records through the engine's logging path (Logger ->
// spdlog -> the engine's database and live sinks). Meanwhile the window shows the Logs page
// (live tail following) and the Dashboard alternately, and a 5 ms timer on the GUI thread
// measures the gaps between its ticks.
//
//   gui_stall_bench --port P [--host 127.0.0.1] [--users 400] [--per-user 50]
//                   [--log-records 100000] [--log-rate 10000] [--switch-ms 500]
//
// Run with QT_QPA_PLATFORM=offscreen and OUTREACH_TEST_BACKEND=sqlite (a fresh SQLite database
// in a temporary folder); run-gui-stall-bench.sh does that and starts smtp-sink. Prints one
// line:
//   emails_sent=<n> log_records=<n> max_stall_ms=<x> p99_stall_ms=<x> wall_s=<t> ...
// and the stalls over 50 ms, with when they happened. Exit status 0 when every email was sent
// and every record written (the figure is judged by the reader, not by the exit status).
#include "BenchMail.h"
#include "ConsoleFixture.h"
#include "StallProbe.h"
#include "jobs/JobRegistry.h"
#include "jobs/StandardJobs.h"
#include "logging/Logger.h"
#include "model/RunRequest.h"
#include "pages/LogsPage.h"
#include "store/UserRepository.h"
#include "store/UserScope.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <cstdio>
#include <thread>

using namespace outreach;

namespace {

int fail(const QString& what) {
    std::fprintf(stderr, "gui_stall_bench: %s\n", qPrintable(what));
    return 1;
}

// As outbox_bench seeds: per user one sender account on the server, PER_USER leads and one
// queued initial email to each, through the real repositories.
Status seed(test::ThreadedEngine& engine, const QString& host, int port, int userCount,
            int perUser) {
    const Database& database = engine.database();
    const Clock& clock = engine.clock();
    for (int u = 0; u < userCount; ++u) {
        const qint64 userId = engine.addUser(QStringLiteral("client%1@agency.test").arg(u),
                                             QStringLiteral("Client %1").arg(u));
        if (userId == 0)
            return Error::runtime(QStringLiteral("cannot add user %1").arg(u));
        Status seeded = bench::queueUserMail(database, clock, userId, u, host, port, perUser);
        if (!seeded)
            return seeded;
    }
    return Status::success();
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("host"), QStringLiteral("SMTP host"), QStringLiteral("H"),
          QStringLiteral("127.0.0.1")},
         {QStringLiteral("port"), QStringLiteral("SMTP port"), QStringLiteral("P")},
         {QStringLiteral("users"), QStringLiteral("users"), QStringLiteral("N"),
          QStringLiteral("400")},
         {QStringLiteral("per-user"), QStringLiteral("emails per user"), QStringLiteral("N"),
          QStringLiteral("50")},
         {QStringLiteral("log-records"), QStringLiteral("records the log writer writes"),
          QStringLiteral("N"), QStringLiteral("100000")},
         {QStringLiteral("log-rate"), QStringLiteral("records per second (0: flat out)"),
          QStringLiteral("N"), QStringLiteral("10000")},
         {QStringLiteral("switch-ms"), QStringLiteral("Logs / Dashboard switch interval"),
          QStringLiteral("MS"), QStringLiteral("500")},
         {QStringLiteral("max-runs"), QStringLiteral("give up after this many runs"),
          QStringLiteral("N"), QStringLiteral("20")}});
    parser.process(app);
    if (!parser.isSet(QStringLiteral("port")))
        return fail(QStringLiteral("--port is required"));
    const int userCount = parser.value(QStringLiteral("users")).toInt();
    const int perUser = parser.value(QStringLiteral("per-user")).toInt();
    const qint64 emailsWanted = qint64(userCount) * perUser;
    const int logRecords = parser.value(QStringLiteral("log-records")).toInt();
    const int logRate = parser.value(QStringLiteral("log-rate")).toInt();
    const int switchMs = parser.value(QStringLiteral("switch-ms")).toInt();
    const int maxRuns = parser.value(QStringLiteral("max-runs")).toInt();

    // The product's jobs (send-campaign-emails), as the console runs them.
    test::ConsoleFixture console(JobRegistry::standard());
    QElapsedTimer setup;
    setup.start();
    if (Status seeded = seed(console.engine(), parser.value(QStringLiteral("host")),
                             parser.value(QStringLiteral("port")).toInt(), userCount, perUser);
        !seeded)
        return fail(seeded.error().message);
    std::fprintf(stderr, "# %d users x %d queued emails seeded in %.1f s\n", userCount, perUser,
                 double(setup.elapsed()) / 1000);
    if (!console.open())
        return fail(QStringLiteral("the engine did not start"));
    Engine* engine = console.engine().engine();
    ui::MainWindow* window = console.window();
    // No pause between users: the run is as dense as the engine makes it.
    QMetaObject::invokeMethod(engine, "configureJob", Qt::QueuedConnection,
                              Q_ARG(QString, StandardJobs::kSendCampaignEmails), Q_ARG(qint64, 0),
                              Q_ARG(qint64, -1), Q_ARG(QString, QStringLiteral("gui stall bench")));
    window->showPage(QStringLiteral("logs"));
    window->logsPage()->setFollowing(true);

    bench::StallProbe probe;
    QElapsedTimer wall;
    qint64 emailsSent = 0;
    int runs = 0;
    quint64 requestId = 1000;
    bool sendingDone = false;
    std::atomic<int> written{0};
    std::atomic<bool> writerDone{false};
    std::atomic<bool> stopWriter{false};
    double sendSeconds = 0;
    double writeSeconds = 0;

    auto startRun = [&] {
        RunRequest request;
        request.requestId = ++requestId;
        request.job = StandardJobs::kSendCampaignEmails;
        request.reason = QStringLiteral("gui stall bench");
        ++runs;
        QMetaObject::invokeMethod(engine, "runJob", Qt::QueuedConnection,
                                  Q_ARG(outreach::RunRequest, request));
    };
    auto finishIfDone = [&] {
        // One more second measured: the last live batches reach the Logs page.
        if (sendingDone && writerDone.load())
            QTimer::singleShot(1000, &app, [&app] { app.exit(0); });
    };
    QObject::connect(engine, &Engine::runFinished, &app, [&](const JobRun& run) {
        if (run.job != StandardJobs::kSendCampaignEmails || sendingDone)
            return;
        emailsSent += run.items;
        std::fprintf(stderr, "# run %lld: %s, %lld sent (%lld in all), %.1f s\n",
                     static_cast<long long>(run.id), qPrintable(run.status),
                     static_cast<long long>(run.items), static_cast<long long>(emailsSent),
                     double(wall.elapsed()) / 1000);
        if (emailsSent >= emailsWanted || runs >= maxRuns) {
            sendingDone = true;
            sendSeconds = double(wall.elapsed()) / 1000;
            finishIfDone();
        } else {
            startRun();
        }
    });
    QObject::connect(engine, &Engine::runRefused, &app, [&](quint64, const Error& error) {
        std::fprintf(stderr, "# run refused: %s\n", qPrintable(error.message));
        sendingDone = true;
        finishIfDone();
    });

    // Logs and Dashboard alternately, as someone watching the run would.
    QTimer switcher;
    switcher.setInterval(switchMs);
    QObject::connect(&switcher, &QTimer::timeout, &app, [&] {
        const bool logs = window->currentPage() != QLatin1String("logs");
        window->showPage(logs ? QStringLiteral("logs") : QStringLiteral("dashboard"));
        if (logs && !window->logsPage()->isFollowing())
            window->logsPage()->setFollowing(true);
    });

    // The second source: a plain thread writing through the engine's Logger, paced.
    QTimer writerWatch;
    writerWatch.setInterval(50);
    QObject::connect(&writerWatch, &QTimer::timeout, &app, [&] {
        if (writerDone.load()) {
            writerWatch.stop();
            finishIfDone();
        }
    });
    std::thread writer;
    auto startWriter = [&] {
        writer = std::thread([&] {
            LogContext context;
            context.job = QStringLiteral("gui-stall-bench");
            const Logger log(context);
            QElapsedTimer clock;
            clock.start();
            for (int i = 0; i < logRecords && !stopWriter.load(); ++i) {
                if (logRate > 0 && i % 100 == 0) {
                    const qint64 dueMs = qint64(i) * 1000 / logRate;
                    const qint64 ahead = dueMs - clock.elapsed();
                    if (ahead > 0)
                        QThread::msleep(ulong(ahead));
                }
                log.info(QStringLiteral("bench record %1 of %2: the second log source")
                             .arg(i + 1)
                             .arg(logRecords));
                written.store(i + 1);
            }
            writeSeconds = double(clock.elapsed()) / 1000;
            writerDone.store(true);
        });
    };

    QTimer::singleShot(200, &app, [&] {
        std::fprintf(stderr, "# load %s", qPrintable(QString::fromLatin1([] {
                         QFile f(QStringLiteral("/proc/loadavg"));
                         return f.open(QIODevice::ReadOnly) ? f.readLine() : QByteArray("?\n");
                     }())));
        wall.start();
        probe.start();
        switcher.start();
        writerWatch.start();
        startWriter();
        startRun();
    });
    app.exec();
    const double wallSeconds = double(wall.elapsed()) / 1000;
    probe.stop();
    switcher.stop();
    stopWriter.store(true);
    if (writer.joinable())
        writer.join();

    const qint64 rowsSent = console.engine().scalar(
        QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'sent'"));
    const qint64 benchRows = console.engine().scalar(
        QStringLiteral("SELECT COUNT(*) FROM log_records WHERE job = 'gui-stall-bench'"));
    const qint64 allRows =
        console.engine().scalar(QStringLiteral("SELECT COUNT(*) FROM log_records"));
    for (const auto& [ms, at] : probe.stallsOver(50))
        std::fprintf(stderr, "# stall %.1f ms ending at %.2f s\n", ms, at / 1000);
    std::printf("emails_sent=%lld log_records=%d max_stall_ms=%.1f p99_stall_ms=%.1f wall_s=%.1f "
                "send_s=%.1f write_s=%.1f runs=%d ticks=%d stalls_over_50ms=%lld "
                "outbox_rows_sent=%lld log_rows_bench=%lld log_rows_all=%lld\n",
                static_cast<long long>(emailsSent), written.load(), probe.maxMs(),
                probe.percentileMs(99), wallSeconds, sendSeconds, writeSeconds, runs, probe.ticks(),
                static_cast<long long>(probe.stallsOver(50).size()),
                static_cast<long long>(rowsSent), static_cast<long long>(benchRows),
                static_cast<long long>(allRows));
    std::fflush(stdout);
    return emailsSent >= emailsWanted && written.load() == logRecords ? 0 : 1;
}
