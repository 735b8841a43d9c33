#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace outreach::replies {

// What one check of one mailbox found and did.
struct MailboxReport {
    qint64 senderAccountId = 0;
    QString mailbox;
    quint32 uidValidity = 0;
    quint32 lastSeenUid = 0;
    bool rescanned = false; // read from the first UID: a new mailbox, or UIDVALIDITY changed
    bool more = false;      // more messages than one check takes: the next check goes on
    int scanned = 0;        // messages looked at
    int known = 0;          // already processed before (a re-scan), nothing done again
    int replies = 0;
    int autoReplies = 0;
    int bounces = 0;
    int delayed = 0;
    int unsubscribes = 0;
    int unmatched = 0;
    int leadsChanged = 0;
    QString error; // empty when the check succeeded

    QJsonObject toJson() const;
};

// One user's check over all their mailboxes. A mailbox that fails (wrong password, dead
// server, hostile data) fails alone: the others are still read, and status() reports it.
struct ReplyCheckReport {
    QList<MailboxReport> mailboxes;

    int processed() const; // messages acted on for the first time
    int replies() const;
    int failures() const;
    Status status() const; // an error naming each failed mailbox, else success
    QString summary() const;
    QJsonObject toJson() const;
};

} // namespace outreach::replies
