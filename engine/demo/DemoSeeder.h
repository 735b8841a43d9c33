#pragma once

#include "core/Result.h"
#include "model/User.h"

#include <QList>
#include <QString>

namespace outreach {

class Clock;
class Database;

// Fills a new, migrated database with the demo workspace (issue 6, "First start"): three
// client accounts in three time zones, each with a file sender account (mail becomes .eml
// files in `mailFolder`), the `sample` lead source and a daily campaign due this hour in the
// user's zone; beside those a one-time, a recurring and a manual campaign, so every schedule
// type is there. Everything goes through the repositories, as an admin would set it up.
//
// The demo also has a past: a week ago each user's daily campaign ran once through the real
// services (sample leads, initial emails delivered to the folder) and a few leads answered,
// so the weekly report of the last complete week has figures, and "Run now" on any job today
// finds work (new leads, follow-ups due, mail to send).
//
// Blocking (lead generation and delivery run on local event loops): never on the GUI thread.
class DemoSeeder {
public:
    DemoSeeder(const Database& database, const Clock& clock, QString mailFolder);

    Result<QList<User>> seed() const;

private:
    struct Persona;
    Result<User> seedUser(const Persona& persona) const;
    Status seedHistory(const User& user, qint64 dailyCampaignId) const;

    const Database& m_database;
    const Clock& m_clock;
    QString m_mailFolder;
};

} // namespace outreach
