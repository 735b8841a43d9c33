#include "cli/OutboxDrain.h"

#include "cli/CliContext.h"
#include "cli/CommandLine.h"
#include "outbox/DeliveryPolicy.h"
#include "outbox/OutboxDelivery.h"
#include "store/AdminOutboxRepository.h"
#include "store/UserRepository.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace outreach::cli {

Status runOutboxDrain(CliContext& context, CommandLine& line) {
    if (Status ok = line.expectOnly({QStringLiteral("user"), QStringLiteral("limit"),
                                     QStringLiteral("connections"), QStringLiteral("max-attempts"),
                                     QStringLiteral("dry-run-dir")},
                                    QStringLiteral("outbox drain"));
        !ok)
        return ok;
    Result<int> limit = line.intOption(QStringLiteral("limit"), 50, 1);
    if (!limit)
        return limit.error();
    Result<int> connections = line.intOption(QStringLiteral("connections"), 4, 1);
    if (!connections)
        return connections.error();
    Result<const Database*> db = context.database();
    if (!db)
        return db.error();
    Result<DeliveryPolicy> policy =
        DeliveryPolicy::fromAgencySettings(**db, context.clock(), DeliveryPolicy{});
    if (!policy)
        return policy.error();
    policy->perUserLimit = *limit;
    policy->connectionsPerServer = *connections;
    if (line.option(QStringLiteral("max-attempts"))) {
        Result<int> attempts = line.intOption(QStringLiteral("max-attempts"), 5, 1);
        if (!attempts)
            return attempts.error();
        policy->maxAttempts = *attempts;
    }
    if (std::optional<QString> dir = line.option(QStringLiteral("dry-run-dir"))) {
        if (!QDir::isAbsolutePath(*dir))
            return Error::badInput(
                QStringLiteral("dry-run-dir"),
                QStringLiteral("--dry-run-dir: '%1' is not an absolute path").arg(*dir));
        policy->dryRunDirectory = QDir::cleanPath(*dir);
    }

    const UserRepository usersRepo(**db, context.clock());
    QList<User> users;
    if (std::optional<QString> userText = line.option(QStringLiteral("user"))) {
        Result<qint64> id = CommandLine::parseId(QStringLiteral("user"), *userText);
        if (!id)
            return id.error();
        Result<User> user = usersRepo.find(*id);
        if (!user)
            return user.error();
        users << *user;
    } else {
        Result<QList<User>> active = usersRepo.listActive();
        if (!active)
            return active.error();
        users = *active;
    }

    Result<int> interrupted =
        AdminOutboxRepository(**db, context.clock()).markInterruptedSendsUnknown();
    if (!interrupted)
        return interrupted.error();

    UserDelivery total;
    int passes = 0;
    for (;;) {
        Result<DeliveryReport> pass =
            OutboxDelivery::deliverDue(**db, context.clock(), *policy, users);
        if (!pass)
            return pass.error();
        ++passes;
        const UserDelivery t = pass->totals();
        total.add(t);
        for (const QString& p : t.problems)
            if (!total.problems.contains(p))
                total.problems << p;
        // Done when nothing was due, or nothing due could move (caps, account problems).
        if (t.claimed == 0 || t.claimed == t.deferred)
            break;
    }
    total.problems.removeDuplicates();
    QJsonObject json = total.toJson();
    json.insert(QStringLiteral("passes"), passes);
    json.insert(QStringLiteral("interrupted"), *interrupted);
    QString text = QStringLiteral("drained in %1 pass(es): %2")
                       .arg(passes)
                       .arg(DeliveryReport::summary(total));
    if (*interrupted > 0)
        text += QStringLiteral("\n%1 interrupted send(s) marked unknown").arg(*interrupted);
    for (const QString& p : std::as_const(total.problems))
        text += QStringLiteral("\nproblem: ") + p;
    context.print(json, text);
    return Status::success();
}

} // namespace outreach::cli
