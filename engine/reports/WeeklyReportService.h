#pragma once

#include "core/Result.h"
#include "model/User.h"
#include "reports/IsoWeek.h"
#include "reports/WeeklyReport.h"

#include <QList>

namespace outreach {

class Clock;
class Database;
class UserScope;

// Computes, stores and reads back a user's weekly reports (SPEC §4 job 6; the figures and
// their definitions are documented on WeeklyReport). Every figure is a handful of index range
// queries over the user's own rows, so the cost does not grow with the history kept.
// Synchronous: a report is a few short queries, run on the caller's (engine) thread.
class WeeklyReportService {
public:
    WeeklyReportService(const Database& database, const Clock& clock);

    // The figures for `week` now; a week that has not started yet is a BadInput ("week").
    Result<WeeklyReport> compute(const UserScope& scope, const IsoWeek& week) const;
    // compute() and store it, replacing an earlier report of the same week.
    Result<WeeklyReport> generate(const UserScope& scope, const IsoWeek& week) const;
    // The stored report; NotFound ("week") when none was made for that week.
    Result<WeeklyReport> stored(const UserScope& scope, const IsoWeek& week) const;
    // What `report weekly` and the console show: the stored report (the Monday job's), else the
    // figures computed now without storing them; `stored` says which.
    Result<WeeklyReport> storedOrComputed(const UserScope& scope, const IsoWeek& week,
                                          bool* stored = nullptr) const;
    // Stored reports, newest week first.
    Result<QList<WeeklyReport>> list(const UserScope& scope, int limit = 520) const;

    // The week a Monday-morning run reports on: the last complete week in the user's zone.
    static Result<IsoWeek> lastCompleteWeek(const User& user, qint64 nowMs);

private:
    const Database& m_database;
    const Clock& m_clock;
};

} // namespace outreach
