#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace outreach {

// What became of one message in a dispatch (reported as it settles).
struct MessageResult {
    qint64 userId = 0;
    qint64 outboxId = 0;
    QString status{}; // the row's new status: sent, retry, failed, unknown, cancelled, pending
    QString detail{}; // the server's reply or the reason
    QString messageId{};
};

// One user's share of a dispatch.
struct UserDelivery {
    qint64 userId = 0;
    int claimed = 0;
    int sent = 0;
    int retried = 0;    // back in the queue for a later attempt
    int failed = 0;     // includes bounced
    int bounced = 0;    // hard bounces: lead bounced, address suppressed
    int suppressed = 0; // cancelled: the address is on a suppression list
    int unknown = 0;    // the server may have accepted it; held for the admin
    int deferred = 0;   // left in the queue by a guard (daily cap) or a stop
    // Why nothing was claimed (outside the sending window, paused by the bounce guard).
    QString skipped{};
    // Account or configuration problems the admin must fix (no sender account, missing
    // secret, the server refused the login). A job records the user as failed when set.
    QStringList problems{};

    QJsonObject toJson() const;
    void add(const UserDelivery& other);
};

struct DeliveryReport {
    QList<UserDelivery> users;

    UserDelivery& forUser(qint64 userId);
    UserDelivery totals() const;
    QJsonObject toJson() const;
    // "sent 48, retry 1, failed 1 (1 bounced), unknown 0, suppressed 0, deferred 0"
    static QString summary(const UserDelivery& d);
};

} // namespace outreach

Q_DECLARE_METATYPE(outreach::MessageResult)
