#include "outbox/DeliveryReport.h"

#include <QJsonArray>

namespace outreach {

QJsonObject UserDelivery::toJson() const {
    QJsonObject o{{QStringLiteral("claimed"), claimed},
                  {QStringLiteral("sent"), sent},
                  {QStringLiteral("retried"), retried},
                  {QStringLiteral("failed"), failed},
                  {QStringLiteral("bounced"), bounced},
                  {QStringLiteral("suppressed"), suppressed},
                  {QStringLiteral("unknown"), unknown},
                  {QStringLiteral("deferred"), deferred},
                  {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}};
    if (userId != 0)
        o.insert(QStringLiteral("userId"), userId);
    if (!skipped.isEmpty())
        o.insert(QStringLiteral("skipped"), skipped);
    return o;
}

void UserDelivery::add(const UserDelivery& other) {
    claimed += other.claimed;
    sent += other.sent;
    retried += other.retried;
    failed += other.failed;
    bounced += other.bounced;
    suppressed += other.suppressed;
    unknown += other.unknown;
    deferred += other.deferred;
    problems += other.problems;
}

UserDelivery& DeliveryReport::forUser(qint64 userId) {
    for (UserDelivery& u : users)
        if (u.userId == userId)
            return u;
    users.append(UserDelivery{.userId = userId});
    return users.last();
}

UserDelivery DeliveryReport::totals() const {
    UserDelivery total;
    for (const UserDelivery& u : users)
        total.add(u);
    return total;
}

QJsonObject DeliveryReport::toJson() const {
    QJsonArray perUser;
    for (const UserDelivery& u : users)
        perUser.append(u.toJson());
    return {{QStringLiteral("totals"), totals().toJson()}, {QStringLiteral("users"), perUser}};
}

QString DeliveryReport::summary(const UserDelivery& d) {
    return QStringLiteral("sent %1, retry %2, failed %3 (%4 bounced), unknown %5, suppressed %6, "
                          "deferred %7")
        .arg(d.sent)
        .arg(d.retried)
        .arg(d.failed)
        .arg(d.bounced)
        .arg(d.unknown)
        .arg(d.suppressed)
        .arg(d.deferred);
}

} // namespace outreach
