#include "BenchMail.h"

#include "store/Database.h"
#include "store/UserScope.h"

namespace outreach::bench {
namespace {

const QString kBody = QStringLiteral("Hello,\n\n") +
                      QStringLiteral("This is a short outreach message used for SMTP throughput "
                                     "tests.\n")
                          .repeated(15) +
                      QStringLiteral("\nBest regards,\nA sender\n");

} // namespace

Status queueUserMail(const Database& database, const Clock& clock, qint64 userId, int index,
                     const QString& host, int port, int perUser) {
    Result<UserScope> opened = UserScope::open(database, clock, userId);
    if (!opened)
        return opened.error();
    const UserScope& scope = *opened;
    return database.transaction([&](QSqlDatabase&) -> Status {
        SenderAccount account;
        account.fromName = QStringLiteral("Sender %1").arg(index);
        account.fromAddress = QStringLiteral("sender%1@agency%2.test").arg(index).arg(index % 13);
        account.smtpHost = host;
        account.smtpPort = port;
        account.tlsMode = QStringLiteral("none");
        account.dailyCap = 0;
        account.postalAddress = QStringLiteral("Agency Ltd, 1 Harbour Street, Bristol");
        Result<SenderAccount> sender = scope.senders().add(account);
        if (!sender)
            return sender.error();
        QList<Lead> leads;
        for (int i = 0; i < perUser; ++i) {
            Lead lead;
            lead.email = QStringLiteral("lead%1-%2@client%3.test").arg(index).arg(i).arg(i % 97);
            lead.firstName = QStringLiteral("Lead");
            leads << lead;
        }
        if (Result<LeadRepository::InsertOutcome> inserted =
                scope.leads().insertMany(leads, std::nullopt, QStringLiteral("bench"));
            !inserted)
            return inserted.error();
        Result<QList<Lead>> stored = scope.leads().list({}, perUser);
        if (!stored)
            return stored.error();
        for (const Lead& lead : *stored) {
            OutboxMessage m;
            m.kind = QStringLiteral("initial");
            m.leadId = lead.id;
            m.senderAccountId = sender->id;
            m.toAddress = lead.email;
            m.subject = QStringLiteral("Quick question %1").arg(lead.id);
            m.bodyText = kBody;
            if (Result<std::optional<OutboxMessage>> queued = scope.outbox().enqueue(m); !queued)
                return queued.error();
        }
        return Status::success();
    });
}

} // namespace outreach::bench
