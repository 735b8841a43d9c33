#include "cli/OutboxCommand.h"

#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "cli/OutboxDrain.h"
#include "cli/TextTable.h"
#include "core/TimeFormat.h"
#include "outbox/OutboxDecision.h"
#include "store/AdminOutboxRepository.h"
#include "store/UserScope.h"

#include <QJsonArray>

namespace outreach::cli {
namespace {

Status list(CliContext& context, CommandLine& line) {
    if (Status ok = line.expectOnly(
            {QStringLiteral("user"), QStringLiteral("status"), QStringLiteral("limit")},
            QStringLiteral("outbox list"));
        !ok)
        return ok;
    const QString status = line.option(QStringLiteral("status")).value_or(QString());
    if (!status.isEmpty() && !OutboxMessage::isValidStatus(status))
        return Error::badInput(
            QStringLiteral("status"),
            QStringLiteral("--status: '%1' is not pending, sending, sent, retry, "
                           "failed, unknown or cancelled")
                .arg(status));
    Result<int> limit = line.intOption(QStringLiteral("limit"), 1000, 1);
    if (!limit)
        return limit.error();
    Result<const Database*> db = context.database();
    if (!db)
        return db.error();
    Result<QList<OutboxMessage>> messages = [&]() -> Result<QList<OutboxMessage>> {
        if (std::optional<QString> userText = line.option(QStringLiteral("user"))) {
            Result<qint64> id = CommandLine::parseId(QStringLiteral("user"), *userText);
            if (!id)
                return id.error();
            Result<UserScope> scope = UserScope::open(**db, context.clock(), *id);
            if (!scope)
                return scope.error();
            return scope->outbox().list(status, *limit);
        }
        return AdminOutboxRepository(**db, context.clock()).list(status, *limit);
    }();
    if (!messages)
        return messages.error();
    QJsonArray json;
    TextTable table({QStringLiteral("ID"), QStringLiteral("USER"), QStringLiteral("KIND"),
                     QStringLiteral("TO"), QStringLiteral("STATUS"), QStringLiteral("ATTEMPTS"),
                     QStringLiteral("SCHEDULED"), QStringLiteral("LAST ERROR")});
    for (const OutboxMessage& m : *messages) {
        json.append(m.toJson());
        table.addRow({QString::number(m.id), QString::number(m.userId), m.kind, m.toAddress,
                      m.status, QString::number(m.attempts), TimeFormat::isoUtc(m.scheduledFor),
                      m.lastError.left(60)});
    }
    context.print(json, table.render());
    return Status::success();
}

// resend / mark-sent: the admin's decision on a message whose fate is unknown.
Status decide(CliContext& context, CommandLine& line, const QString& verb) {
    Result<qint64> id = line.takeId(QStringLiteral("message"));
    if (!id)
        return id.error();
    const QString reason = line.option(QStringLiteral("reason")).value_or(QString());
    if (Status ok = line.expectOnly({QStringLiteral("reason")}, QStringLiteral("outbox ") + verb);
        !ok)
        return ok;
    Result<const Database*> db = context.database();
    if (!db)
        return db.error();
    const OutboxDecision::Kind kind = verb == QLatin1String("resend")
                                          ? OutboxDecision::Kind::Resend
                                          : OutboxDecision::Kind::MarkSent;
    // The same audited path as the console's Outbox page.
    Result<OutboxMessage> decided = OutboxDecision(**db, context.clock()).apply(kind, *id, reason);
    if (!decided)
        return decided.error();
    const OutboxMessage& changed = *decided;
    context.print(changed.toJson(), QStringLiteral("message %1 to %2 is now %3")
                                        .arg(changed.id)
                                        .arg(changed.toAddress, changed.status));
    return Status::success();
}

} // namespace

QString OutboxCommand::usage() const {
    return QStringLiteral("outbox list [--user ID] [--status S] [--limit K]\n"
                          "outbox resend ID [--reason R] | mark-sent ID [--reason R]\n"
                          "outbox drain [--user ID] [--limit N] [--connections N] "
                          "[--max-attempts N] [--dry-run-dir DIR]\n");
}

Status OutboxCommand::run(CliContext& context, CommandLine& line) {
    Result<QString> sub = line.takePositional(QStringLiteral("outbox sub-command"));
    if (!sub)
        return sub.error();
    if (*sub == QLatin1String("list"))
        return list(context, line);
    if (*sub == QLatin1String("resend") || *sub == QLatin1String("mark-sent"))
        return decide(context, line, *sub);
    if (*sub == QLatin1String("drain"))
        return runOutboxDrain(context, line);
    return Error::badInput(QStringLiteral("outbox sub-command"),
                           QStringLiteral("unknown command 'outbox %1'; expected list, resend, "
                                          "mark-sent or drain")
                               .arg(*sub));
}

} // namespace outreach::cli
