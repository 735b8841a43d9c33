#pragma once

#include "JobWorld.h"
#include "model/Campaign.h"
#include "model/User.h"

#include <QList>
#include <QString>
#include <optional>

namespace outreach::test {

// One user of a random world in the property test (tst_jobs_properties), as it was set up.
struct WorldUser {
    User user;
    QString from; // the sender account's address
    std::optional<qint64> sourceId;
    int sourceQuota = 0;
    int imported = 0;
    QList<Campaign> campaigns;
};

// The invariants checked after each random world. Each check returns the first problem it
// finds, in words, or an empty string.
class WorldInvariants {
public:
    // Every message the SMTP server accepted (its files in outputDir, removed once read) came
    // from one of `users`' sender accounts, is that user's outbox row, went to that user's lead,
    // and arrived once; as many messages arrived as rows were sent.
    static QString checkMessages(JobWorld& world, const QString& outputDir,
                                 const QList<WorldUser>& users);
    // The user's outbox: every row ended (sent, failed, unknown, cancelled); no step twice per
    // lead; follow-ups only after the previous step was sent and never after the lead left;
    // the daily email quota and each campaign's daily limit held (user's zone); the source's
    // monthly calls and the monthly lead quota held; the weekly report counts the user's rows.
    static QString checkUser(JobWorld& world, const WorldUser& user);
};

} // namespace outreach::test
