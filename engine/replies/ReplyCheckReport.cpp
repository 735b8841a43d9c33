#include "replies/ReplyCheckReport.h"

#include <QJsonArray>
#include <QStringList>

namespace outreach::replies {

QJsonObject MailboxReport::toJson() const {
    QJsonObject o{{QStringLiteral("senderId"), senderAccountId},
                  {QStringLiteral("mailbox"), mailbox},
                  {QStringLiteral("uidValidity"), qint64(uidValidity)},
                  {QStringLiteral("lastSeenUid"), qint64(lastSeenUid)},
                  {QStringLiteral("rescanned"), rescanned},
                  {QStringLiteral("more"), more},
                  {QStringLiteral("scanned"), scanned},
                  {QStringLiteral("known"), known},
                  {QStringLiteral("replies"), replies},
                  {QStringLiteral("autoReplies"), autoReplies},
                  {QStringLiteral("bounces"), bounces},
                  {QStringLiteral("delayed"), delayed},
                  {QStringLiteral("unsubscribes"), unsubscribes},
                  {QStringLiteral("unmatched"), unmatched},
                  {QStringLiteral("leadsChanged"), leadsChanged}};
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}

int ReplyCheckReport::processed() const {
    int n = 0;
    for (const MailboxReport& m : mailboxes)
        n += m.replies + m.autoReplies + m.bounces + m.delayed + m.unsubscribes + m.unmatched;
    return n;
}

int ReplyCheckReport::replies() const {
    int n = 0;
    for (const MailboxReport& m : mailboxes)
        n += m.replies;
    return n;
}

int ReplyCheckReport::failures() const {
    int n = 0;
    for (const MailboxReport& m : mailboxes)
        n += m.error.isEmpty() ? 0 : 1;
    return n;
}

Status ReplyCheckReport::status() const {
    QStringList errors;
    for (const MailboxReport& m : mailboxes)
        if (!m.error.isEmpty())
            errors
                << QStringLiteral("mailbox of sender %1: %2").arg(m.senderAccountId).arg(m.error);
    if (errors.isEmpty())
        return Status::success();
    return Error::runtime(errors.join(QStringLiteral("; ")));
}

QString ReplyCheckReport::summary() const {
    int replies = 0, autoReplies = 0, bounces = 0, unsubscribes = 0, other = 0, known = 0;
    for (const MailboxReport& m : mailboxes) {
        replies += m.replies;
        autoReplies += m.autoReplies;
        bounces += m.bounces;
        unsubscribes += m.unsubscribes;
        other += m.delayed + m.unmatched;
        known += m.known;
    }
    return QStringLiteral("%1 mailbox(es): %2 replies, %3 auto-replies, %4 bounces, %5 "
                          "unsubscribes, %6 other, %7 seen before, %8 failed")
        .arg(mailboxes.size())
        .arg(replies)
        .arg(autoReplies)
        .arg(bounces)
        .arg(unsubscribes)
        .arg(other)
        .arg(known)
        .arg(failures());
}

QJsonObject ReplyCheckReport::toJson() const {
    QJsonArray list;
    for (const MailboxReport& m : mailboxes)
        list.append(m.toJson());
    return {{QStringLiteral("mailboxes"), list},
            {QStringLiteral("processed"), processed()},
            {QStringLiteral("replies"), replies()},
            {QStringLiteral("failures"), failures()}};
}

} // namespace outreach::replies
