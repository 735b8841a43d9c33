#include "cli/SenderTest.h"

#include "admin/SenderTestSend.h"
#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "mail/EmailAddress.h"

#include <QJsonObject>

namespace outreach::cli {

Status runSenderTest(CliContext& context, CommandLine& line) {
    Result<qint64> senderId = line.takeId(QStringLiteral("sender"));
    if (!senderId)
        return senderId.error();
    Result<QString> toText = line.requiredOption(QStringLiteral("to"));
    if (!toText)
        return toText.error();
    const QString reason = line.option(QStringLiteral("reason")).value_or(QString());
    if (Status ok = line.expectOnly({QStringLiteral("to"), QStringLiteral("reason")},
                                    QStringLiteral("senders test"));
        !ok)
        return ok;
    Result<mail::EmailAddress> to = mail::EmailAddress::parse(QStringLiteral("to"), *toText);
    if (!to)
        return to.error();
    Result<const Database*> db = context.database();
    if (!db)
        return db.error();
    Result<SenderTestSend::Outcome> sent =
        SenderTestSend::run(**db, context.clock(), *senderId, *to, reason);
    if (!sent)
        return sent.error();
    context.print(QJsonObject{{QStringLiteral("sender"), sent->senderId},
                              {QStringLiteral("message"), sent->messageRow},
                              {QStringLiteral("to"), sent->to},
                              {QStringLiteral("status"), sent->status},
                              {QStringLiteral("messageId"), sent->messageId},
                              {QStringLiteral("reply"), sent->reply}},
                  QStringLiteral("sent: Message-ID %1 (%2)").arg(sent->messageId, sent->reply));
    return Status::success();
}

} // namespace outreach::cli
