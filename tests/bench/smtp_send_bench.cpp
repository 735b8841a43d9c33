// The SMTP client alone, in the shape of ../shared/peers/run-smtp-peers.sh's EXTRA_SENDER hook:
//   smtp_send_bench HOST PORT N CONNS
// sends N ~1 KB text messages (one distinct recipient each, like the peers' senders) through an
// SmtpPool of CONNS connections and prints
//   msgs_per_s=<x> sent=<n> failed=<n> seconds=<t>
// Messages are built with MimeBuilder inside the timed section, as the outbox builds them.
#include "mail/MimeBuilder.h"
#include "mail/SmtpPool.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <cstdio>

using namespace outreach::mail;
using outreach::Result;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: smtp_send_bench HOST PORT N [CONNS]\n");
        return 2;
    }
    SmtpSettings settings;
    settings.host = args[1];
    settings.port = quint16(args[2].toUInt());
    settings.security = SmtpSettings::Security::None;
    settings.ehloName = QStringLiteral("bench.agency.test");
    const int n = args[3].toInt();
    const int conns = args.size() > 4 ? std::max(1, args[4].toInt()) : 1;

    const QString body = QStringLiteral("Hello,\n\n") +
                         QStringLiteral("This is a short outreach message used for SMTP "
                                        "throughput tests.\n")
                             .repeated(15) +
                         QStringLiteral("\nBest regards,\nA sender\n");
    const EmailAddress from =
        *EmailAddress::parse(QStringLiteral("from"), QStringLiteral("Sender <sender@agency.test>"));

    SmtpPool pool(settings, conns);
    int sent = 0;
    int failed = 0;
    QString firstError;
    QObject::connect(&pool, &MailTransport::messageFinished, &pool,
                     [&](qint64, const SendOutcome& outcome) {
                         if (outcome.isSent()) {
                             ++sent;
                         } else {
                             ++failed;
                             if (firstError.isEmpty())
                                 firstError = outcome.describe();
                         }
                         if (sent + failed == n)
                             app.quit();
                     });

    QElapsedTimer timer;
    timer.start();
    // Keep a bounded window in flight, as the outbox does, instead of queueing all N up front.
    const int window = conns * 64;
    int next = 0;
    auto feed = [&] {
        while (next < n && next - (sent + failed) < window) {
            const int i = next++;
            Result<MimeMessage> message =
                MimeBuilder()
                    .setFrom(from)
                    .setTo(*EmailAddress::parse(
                        QStringLiteral("to"),
                        QStringLiteral("lead%1@client%2.test").arg(i).arg(i % 97)))
                    .setSubject(QStringLiteral("Quick question %1").arg(i))
                    .setTextBody(body)
                    .build();
            if (!message) {
                ++failed;
                continue;
            }
            pool.send(i, *message);
        }
    };
    QObject::connect(
        &pool, &MailTransport::messageFinished, &pool, [&] { feed(); }, Qt::QueuedConnection);
    feed();
    if (n > 0)
        app.exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    pool.close();
    if (!firstError.isEmpty())
        std::fprintf(stderr, "first error: %s\n", qPrintable(firstError));
    std::printf("msgs_per_s=%.1f sent=%d failed=%d seconds=%.3f\n", sent / seconds, sent, failed,
                seconds);
    return failed == 0 ? 0 : 1;
}
