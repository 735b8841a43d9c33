#include "admin/SenderTestSend.h"

#include "core/Clock.h"
#include "outbox/DeliveryPolicy.h"
#include "outbox/OutboxDelivery.h"
#include "store/AdminOwnershipRepository.h"
#include "store/AuditedChange.h"
#include "store/UserRepository.h"
#include "store/UserScope.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace outreach {

Result<SenderTestSend::Outcome> SenderTestSend::run(const Database& database, const Clock& clock,
                                                    qint64 senderId, const mail::EmailAddress& to,
                                                    const QString& reason) {
    Result<qint64> owner = AdminOwnershipRepository(database).ownerOfSender(senderId);
    if (!owner)
        return owner.error();
    Result<User> user = UserRepository(database, clock).find(*owner);
    if (!user)
        return user.error();
    Result<UserScope> scope = UserScope::open(database, clock, *owner);
    if (!scope)
        return scope.error();
    Result<SenderAccount> account = scope->senders().find(senderId);
    if (!account)
        return account.error();

    OutboxMessage draft;
    draft.kind = QStringLiteral("test");
    draft.senderAccountId = account->id;
    draft.toAddress = to.addrSpec();
    draft.subject = QStringLiteral("Test message from Outreach Console");
    draft.bodyText = QStringLiteral("This is a test message from Outreach Console, sent through "
                                    "sender account %1 (%2). If it reached you, the account "
                                    "works.\n")
                         .arg(account->id)
                         .arg(account->fromAddress);
    // Out of the regular sending jobs' way: this call sends it itself, right now.
    draft.scheduledFor = clock.nowMs() + 10 * 60 * 1000;
    qint64 messageRow = 0;
    AuditEntry entry{.action = QStringLiteral("sender.test"),
                     .targetType = QStringLiteral("sender"),
                     .targetId = QString::number(account->id),
                     .userId = *owner,
                     .reason = reason};
    Status queued = runAudited(database, clock, entry, [&](AuditEntry& audit) -> Status {
        Result<std::optional<OutboxMessage>> row = scope->outbox().enqueue(draft);
        if (!row)
            return row.error();
        messageRow = (*row)->id;
        audit.details =
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("to"), to.addrSpec()},
                                                        {QStringLiteral("message"), messageRow}})
                                  .toJson(QJsonDocument::Compact));
        return Status::success();
    });
    if (!queued)
        return queued.error();

    Result<DeliveryPolicy> policy = DeliveryPolicy::fromAgencySettings(database, clock, {});
    if (!policy)
        return policy.error();
    std::optional<MessageResult> outcome;
    Result<DeliveryReport> report = OutboxDelivery::deliverMessage(
        database, clock, *policy, *user, messageRow, [&](const MessageResult& r) { outcome = r; });
    if (!report)
        return report.error();
    if (outcome && outcome->status == QLatin1String("sent"))
        return Outcome{account->id,     messageRow,         to.addrSpec(),
                       outcome->status, outcome->messageId, outcome->detail};
    // A test is a question asked now: its answer must not turn into a send hours later.
    if (outcome && outcome->status == QLatin1String("retry"))
        (void)scope->outboxDelivery().markCancelled(
            messageRow, QStringLiteral("test send failed: %1").arg(outcome->detail));
    QString why = outcome ? outcome->detail : QString();
    const QStringList problems = report->totals().problems;
    if (why.isEmpty() && !problems.isEmpty())
        why = problems.first();
    if (why.isEmpty())
        why = QStringLiteral("the message was not sent");
    return Error::runtime(QStringLiteral("sender %1: test send to %2 failed: %3")
                              .arg(account->id)
                              .arg(to.addrSpec(), why));
}

} // namespace outreach
