#pragma once

#include "core/Result.h"

#include <functional>

namespace outreach {

class Database;

// One transaction on this thread's connection that takes the write lock at its start
// (SQLite: BEGIN IMMEDIATE). A deferred SQLite transaction that reads first and writes later
// fails at once with "database is locked" when another engine wrote in between; taking the lock
// up front makes it wait (busy timeout) instead. Commit when `work` succeeds, else roll back.
class WriteTransaction {
public:
    static Status run(const Database& database, const std::function<Status()>& work);
};

} // namespace outreach
